import type { ApiErrorActionId, ApiErrorCategory, ApiErrorSeverity, RetryRule } from '../types.js';

/** One row of a catalog table: code, key, category, severity, retry rule, actions. */
export type CatalogRow = readonly [
  code: number,
  key: string,
  category: ApiErrorCategory,
  severity: ApiErrorSeverity,
  retry: RetryRule,
  actions: readonly ApiErrorActionId[],
];

/** Everything the kit knows about one code of a catalog, independent of language. */
export interface ApiErrorCatalogEntry<Key extends string = string> {
  /** The catalog's id (`'futures'`, `'order'`, `'general'`). */
  catalog: string;
  /** The code in the catalog's code space; `-1` for the `general` entries, which have none. */
  code: number;
  /** Stable slug; the i18n keys are built from it: `mexc.<catalog>.<key>.title` and `.message`. */
  key: Key;
  /** What the failure is about. */
  category: ApiErrorCategory;
  /** How bad it is for the trader; decides the live region and how long a toast stays. */
  severity: ApiErrorSeverity;
  /** When sending the same request again may succeed. */
  retry: RetryRule;
  /** Suggested next steps, most useful first. */
  actions: readonly ApiErrorActionId[];
}

/** A code whose meaning depends on the server's text (a 500 that announces maintenance). */
export interface CatalogVariant {
  code: number;
  serverMessage: RegExp;
  row: CatalogRow;
}

/** A catalog: a code space as data. Its texts live in each locale's `<id>.ts`. */
export interface ApiErrorCatalog<Id extends string = string, Key extends string = string> {
  /** The code space (`'futures'`): `ApiError.catalog`, and the `<catalog>` of the i18n keys. */
  readonly id: Id;
  /** Every code, in the catalog's own order. */
  readonly entries: readonly ApiErrorCatalogEntry<Key>[];
  /** Codes whose entry depends on the server text, checked before `entries`. */
  readonly variants: readonly (ApiErrorCatalogEntry<Key> & { serverMessage: RegExp })[];
}

/** The keys of a catalog: the slugs each locale must word. */
export type CatalogKey<C> = C extends ApiErrorCatalog<string, infer Key> ? Key : never;

type RowKey<Rows extends readonly CatalogRow[]> = Rows[number][1];

function toEntry<Key extends string>(
  catalog: string,
  [code, key, category, severity, retry, actions]: CatalogRow,
): ApiErrorCatalogEntry<Key> {
  return { catalog, code, key: key as Key, category, severity, retry, actions };
}

/** Builds a catalog value from its table. */
export function defineCatalog<const Id extends string, const Rows extends readonly CatalogRow[]>(
  id: Id,
  rows: Rows,
  variants: readonly CatalogVariant[] = [],
): ApiErrorCatalog<Id, RowKey<Rows>> {
  return {
    id,
    entries: rows.map((row) => toEntry<RowKey<Rows>>(id, row)),
    variants: variants.map(({ serverMessage, row }) => ({ ...toEntry<RowKey<Rows>>(id, row), serverMessage })),
  };
}
