import type { ApiError } from '../types.js';
import type { ApiErrorCatalog, ApiErrorCatalogEntry } from './define.js';
import type generalCatalog from './general.catalog.js';

// Every `*.catalog.ts` beside this file is a catalog: adding a code space is adding its file (and its
// texts per locale). Vite turns the glob into static imports when it builds.
const modules = import.meta.glob<{ default: ApiErrorCatalog }>('./*.catalog.ts', { eager: true });

/** The slugs of the `general` entries (failures without a known code). */
export type GeneralKey = (typeof generalCatalog)['entries'][number]['key'];

interface Index {
  catalogs: Map<string, ApiErrorCatalog>;
  byCode: Map<string, Map<number, ApiErrorCatalogEntry>>;
  general: Map<string, ApiErrorCatalogEntry>;
}
let index: Index | undefined;

// Built on first use, so that importing the kit creates nothing a consumer may not need.
function getIndex(): Index {
  if (index) return index;
  const catalogs = new Map(Object.values(modules).map(({ default: catalog }) => [catalog.id, catalog]));
  const byCode = new Map(
    [...catalogs.values()].map((catalog) => [catalog.id, new Map(catalog.entries.map((entry) => [entry.code, entry]))]),
  );
  const general = new Map(catalogs.get('general')!.entries.map((entry) => [entry.key, entry]));
  index = { catalogs, byCode, general };
  return index;
}

/** Every catalog the kit ships (`futures`, `order`, and `general` for failures without a known code). */
export function listApiErrorCatalogs(): ApiErrorCatalog[] {
  return [...getIndex().catalogs.values()];
}

/** The `general` entry with this key. */
export function generalEntry(key: GeneralKey): ApiErrorCatalogEntry {
  return getIndex().general.get(key)!;
}

/** The entry of a code in a catalog, or `undefined` when the catalog does not know it. */
export function findCatalogEntry(catalog: string, code: number, serverMessage?: string): ApiErrorCatalogEntry | undefined {
  const { catalogs, byCode } = getIndex();
  if (serverMessage !== undefined) {
    const variant = catalogs.get(catalog)?.variants.find((each) => each.code === code && each.serverMessage.test(serverMessage));
    if (variant) return variant;
  }
  return byCode.get(catalog)?.get(code);
}

function forHttpStatus(status: number | undefined): ApiErrorCatalogEntry {
  if (status === undefined) return generalEntry('unknown_error');
  if (status === 429) return generalEntry('http_rate_limited');
  if (status === 403) return generalEntry('http_forbidden');
  if (status >= 500) return generalEntry('http_server_error');
  return generalEntry('http_error');
}

const BY_SOURCE: Partial<Record<ApiError['source'], GeneralKey>> = {
  network: 'network_error',
  timeout: 'timeout',
  aborted: 'aborted',
  websocket: 'websocket_error',
};

/**
 * What the kit knows about a failure, independent of language: its code's entry in its catalog, or the
 * `general` entry for its source (network, timeout, HTML page...), or `unknown_code` for a code its
 * catalog does not know.
 *
 * @example getApiErrorDefinition(normalizeApiError({ code: 2005 })).actions[0] // 'transfer_funds'
 */
export function getApiErrorDefinition(error: ApiError): ApiErrorCatalogEntry {
  if (error.code !== null) return findCatalogEntry(error.catalog, error.code, error.serverMessage) ?? generalEntry('unknown_code');
  if (error.source === 'http') return forHttpStatus(error.httpStatus);
  return generalEntry(BY_SOURCE[error.source] ?? 'unknown_error');
}
