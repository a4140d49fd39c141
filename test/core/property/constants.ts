// Shared constants of the property-based tests: run counts, time limits, the error sources and the
// codes of the catalogs. No tests here.
import { listApiErrorCatalogs } from '../../../src/core/index';

/** Runs of the main properties. */
export const RUNS = 10_000;
/** Runs of the properties whose inputs are long or expensive to build. */
export const SMALL_RUNS = 2_000;
export const MB = 1 << 20;
/** Per test: a property runs thousands of cases (and shrinks on failure), far beyond the 5 s default. */
export const PROPERTY_TIMEOUT = 600_000;

export const SOURCES: ReadonlySet<unknown> = new Set(['api', 'http', 'network', 'timeout', 'aborted', 'websocket', 'unknown']);
/** Every entry of every catalog (the `general` ones have code -1). */
export const ENTRIES = listApiErrorCatalogs().flatMap((catalog) => catalog.entries);
/** The codes of the futures catalog: what a MEXC body's `code` can be known as. */
export const FUTURES_CODES: ReadonlySet<number> = new Set(
  ENTRIES.filter((entry) => entry.catalog === 'futures').map((entry) => entry.code),
);
/** Every code some catalog knows (futures and order-record reasons), for generating inputs. */
export const KNOWN_CODES: ReadonlySet<number> = new Set(ENTRIES.filter((entry) => entry.code >= 0).map((entry) => entry.code));
/** The reasons of the order catalog (the `errorCode` of an order record). */
export const ORDER_CODES: readonly number[] = ENTRIES.filter((entry) => entry.catalog === 'order').map((entry) => entry.code);
