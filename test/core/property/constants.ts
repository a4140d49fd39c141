// Shared constants of the property-based tests: run counts, time limits, the error sources and the
// codes of the catalog. No tests here.
import { apiErrorCatalog } from '../../../src/core/index';

/** Runs of the main properties. */
export const RUNS = 10_000;
/** Runs of the properties whose inputs are long or expensive to build. */
export const SMALL_RUNS = 2_000;
export const MB = 1 << 20;
/** Per test: a property runs thousands of cases (and shrinks on failure), far beyond the 5 s default. */
export const PROPERTY_TIMEOUT = 60_000;

export const SOURCES: ReadonlySet<unknown> = new Set(['api', 'http', 'network', 'timeout', 'aborted', 'websocket', 'unknown']);
export const KNOWN_CODES: ReadonlySet<number> = new Set(apiErrorCatalog.map((entry) => entry.code));
