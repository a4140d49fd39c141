import {
  listApiErrorCatalogs,
  resolveApiError,
  type ApiError,
  type ApiErrorActionId,
  type ApiErrorCatalogEntry,
  type ApiErrorCategory,
  type ApiErrorMessages,
  type ApiErrorSeverity,
  type RetryRule,
} from 'mexc-error-kit';
// The slugs of the `general` entries: a type of the kit's internals, so that a new one needs its labels here.
import type { GeneralKey } from '../../src/core/catalogs/index';
// MEXC's own descriptions of its futures codes are not in the kit's runtime: the seed's copy in the tests' fixtures.
import officialEnglish from '../../test/fixtures/mexc-contract-error-codes.json';
import officialChinese from '../../test/fixtures/mexc-contract-error-codes.zh-CN.json';
import { localePacks } from '../support/kit-texts';

/** Packs handed to the resolver, exactly as an app would pass them: every shipped locale, English included. */
const MESSAGES: ApiErrorMessages = localePacks;

/** MEXC's descriptions by code, in each language MEXC publishes its table in. */
const OFFICIAL: readonly { locale: string; byCode: ReadonlyMap<number, string> }[] = [
  { locale: 'en', byCode: new Map(officialEnglish.map((row) => [row.code, row.description])) },
  { locale: 'zh-CN', byCode: new Map(officialChinese.map((row) => [row.code, row.description])) },
];

/**
 * A failure that lands on each `general` entry, so its texts come through `resolveApiError` like a real one.
 * Typed over every general key: an entry added to the kit must get an input here.
 */
const GENERAL_INPUTS: Readonly<Record<GeneralKey, ApiError>> = {
  unknown_code: { catalog: 'futures', code: 99999, source: 'api' },
  network_error: { catalog: 'futures', code: null, source: 'network' },
  timeout: { catalog: 'futures', code: null, source: 'timeout' },
  aborted: { catalog: 'futures', code: null, source: 'aborted' },
  http_error: { catalog: 'futures', code: null, source: 'http', httpStatus: 404 },
  http_forbidden: { catalog: 'futures', code: null, source: 'http', httpStatus: 403 },
  http_rate_limited: { catalog: 'futures', code: null, source: 'http', httpStatus: 429 },
  http_server_error: { catalog: 'futures', code: null, source: 'http', httpStatus: 502 },
  websocket_error: { catalog: 'futures', code: null, source: 'websocket' },
  unknown_error: { catalog: 'futures', code: null, source: 'unknown' },
};

/** Server texts that pick a code's variant entry (a 500 that announces maintenance), by code. */
const VARIANT_TEXTS: Readonly<Record<number, string>> = { 500: 'System maintenance' };

/** The page's sections: one per catalog the kit ships. */
export type CatalogSection = 'futures' | 'order' | 'general';
export const SECTIONS: readonly CatalogSection[] = ['futures', 'order', 'general'];

/**
 * `official`: in MEXC's futures table; `wild`: a futures code real servers send, not in the table;
 * `variant`: a code whose entry depends on the server's text; `reason`: an order-record reason;
 * `fallback`: a failure without a known code.
 */
export type RowKind = 'official' | 'wild' | 'variant' | 'reason' | 'fallback';

export interface LocalizedTexts {
  /** The locale asked for (column). */
  requested: string;
  /** The locale the title actually came from: the `lang` of the texts. */
  locale: string;
  /** Writing direction of that locale: the `dir` of the texts. */
  dir: 'ltr' | 'rtl';
  title: string;
  message: string;
  actionLabels: readonly string[];
}

/** One of MEXC's own descriptions of a code, and its language. */
export interface OfficialText {
  locale: string;
  text: string;
}

export interface CatalogRow {
  /** Unique on the page: `<catalog>:<key>:<code>`. */
  id: string;
  section: CatalogSection;
  catalog: string;
  key: string;
  /** The stable i18n key prefix of the entry's texts, `mexc.<catalog>.<key>` (each row checks the kit's own against it). */
  i18nKey: string;
  code: number | null;
  kind: RowKind;
  /** MEXC's official descriptions (official futures codes only, else empty). */
  official: readonly OfficialText[];
  /** For a `general` entry, its key (the failures it covers are described by the page's labels); else `null`. */
  generalKey: GeneralKey | null;
  /** For a variant, the server text it needs (the pattern's source); else `null`. */
  variantPattern: string | null;
  category: ApiErrorCategory;
  severity: ApiErrorSeverity;
  retry: RetryRule;
  actions: readonly ApiErrorActionId[];
  texts: LocalizedTexts[];
  /** Lower-cased, language-independent text the search box matches against (texts of every locale included). */
  haystack: string;
}

/** Texts of `input` in `locale` through the real resolver; also checks that the input lands on `entry`. */
function resolveTexts(input: ApiError, entry: ApiErrorCatalogEntry, locale: string): LocalizedTexts {
  const resolved = resolveApiError(input, { locale, messages: MESSAGES });
  // `resolved.catalog` is the failure's code space; the i18n key names the catalog whose entry it landed on.
  if (resolved.key !== entry.key || resolved.i18nKey !== `mexc.${entry.catalog}.${entry.key}`) {
    throw new Error(`catalog row ${entry.catalog}.${entry.key}: its input resolves to ${resolved.i18nKey}`);
  }
  return {
    requested: locale,
    locale: resolved.locale,
    dir: resolved.dir,
    title: resolved.title,
    message: resolved.message,
    actionLabels: resolved.actions.map((action) => action.label),
  };
}

interface RowSource {
  entry: ApiErrorCatalogEntry;
  section: CatalogSection;
  kind: RowKind;
  input: ApiError;
  variantPattern?: string;
}

function toRow({ entry, section, kind, input, variantPattern = '' }: RowSource, locales: readonly string[]): CatalogRow {
  const { catalog, key, category, severity, retry, actions } = entry;
  const code = section === 'general' ? null : entry.code;
  const texts = locales.map((locale) => resolveTexts(input, entry, locale));
  const i18nKey = `mexc.${catalog}.${key}`;
  const official =
    kind === 'official'
      ? OFFICIAL.flatMap(({ locale, byCode }) => (byCode.has(entry.code) ? [{ locale, text: byCode.get(entry.code)! }] : []))
      : [];
  const haystack = [
    code ?? '',
    catalog,
    key,
    i18nKey,
    kind,
    category,
    severity,
    retry,
    variantPattern,
    ...official.map((doc) => doc.text),
    ...actions,
    ...texts.flatMap((text) => [text.title, text.message, ...text.actionLabels]),
  ]
    .join('\n')
    .toLowerCase();
  return {
    id: `${catalog}:${key}:${code ?? ''}`,
    section,
    catalog,
    key,
    i18nKey,
    code,
    kind,
    official,
    generalKey: section === 'general' ? (key as GeneralKey) : null,
    variantPattern: variantPattern || null,
    category,
    severity,
    retry,
    actions,
    texts,
    haystack,
  };
}

/** What each row is made from: every entry of every catalog the kit lists, with an input that lands on it. */
function rowSources(): RowSource[] {
  const catalogs = new Map(listApiErrorCatalogs().map((catalog) => [catalog.id, catalog]));
  const futures = catalogs.get('futures')!;
  const official = OFFICIAL[0]!.byCode;
  return [
    ...futures.entries.map((entry) => ({
      entry,
      section: 'futures' as const,
      kind: official.has(entry.code) ? ('official' as const) : ('wild' as const),
      input: { catalog: 'futures', code: entry.code, source: 'api' as const },
    })),
    ...futures.variants.map(({ serverMessage, ...entry }) => ({
      entry,
      section: 'futures' as const,
      kind: 'variant' as const,
      input: { catalog: 'futures', code: entry.code, source: 'api' as const, serverMessage: VARIANT_TEXTS[entry.code] ?? '' },
      variantPattern: serverMessage.source,
    })),
    ...catalogs.get('order')!.entries.map((entry) => ({
      entry,
      section: 'order' as const,
      kind: 'reason' as const,
      input: { catalog: 'order', code: entry.code, source: 'api' as const },
    })),
    ...catalogs.get('general')!.entries.map((entry) => ({
      entry,
      section: 'general' as const,
      kind: 'fallback' as const,
      input: GENERAL_INPUTS[entry.key as GeneralKey],
    })),
  ];
}

/** Every catalog entry (futures: official codes, codes seen in the wild, variants; order reasons; general), texts in `locales`. */
export function buildRows(locales: readonly string[]): CatalogRow[] {
  return rowSources().map((source) => toRow(source, locales));
}

/** How many rows of each kind. */
export function countByKind(rows: readonly CatalogRow[]): Record<RowKind, number> {
  const counts: Record<RowKind, number> = { official: 0, wild: 0, variant: 0, reason: 0, fallback: 0 };
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}
