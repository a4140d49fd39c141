import type futuresCatalog from '../catalogs/futures.catalog.js';
import type { ApiErrorCatalog, CatalogKey } from '../catalogs/define.js';
import type { GeneralKey } from '../catalogs/index.js';
import type orderCatalog from '../catalogs/order.catalog.js';
import type { ApiErrorActionId } from '../types.js';

/**
 * A text that changes with a number: one string per plural category of the locale (`Intl.PluralRules`),
 * chosen by the `{count}` value; `other` is required.
 *
 * @example { one: '{count} more error', other: '{count} more errors' }
 */
export type PluralText = { readonly other: string } & { readonly [C in 'zero' | 'one' | 'two' | 'few' | 'many']?: string };

/** A plain text or a plural one; `{name}` placeholders are filled in. */
export type Text = string | PluralText;

/** The two texts of one error: a short headline, and what happened plus what to do. */
export interface ApiErrorText {
  title: Text;
  message: Text;
}

/** Strings of the kit's own UI (toaster, toast, boundary). `{name}` placeholders are filled in. */
export interface ApiErrorUiText {
  /** Accessible name of the toaster landmark region. */
  regionLabel: Text;
  /** Label of a toast's close button. */
  dismiss: Text;
  /** Badge with the code; `{code}`. */
  codeBadge: Text;
  /** Summary of the details disclosure. */
  details: Text;
  /** Label of the server text inside the details. */
  serverMessage: Text;
  /** Label of the time inside the details. */
  time: Text;
  /** Button that copies the details. */
  copyDetails: Text;
  /** Confirmation after copying. */
  copied: Text;
  /** Count shown when the same error repeats; `{count}`. */
  repeatCount: Text;
  /** The error boundary's reset button. */
  tryAgain: Text;
  /** Accessible names of the severity icons. */
  severityInfo: Text;
  severityWarning: Text;
  severityError: Text;
  severityCritical: Text;
  /** Title of the toast that stands for failures beyond the queue's limit; `{count}` (plural). */
  overflowTitle: Text;
  /** Its message. */
  overflowMessage: Text;
}

/** The kit's own texts in one locale: UI strings, action labels and the `general` entries. */
export interface CommonTexts {
  readonly ui: { readonly [N in keyof ApiErrorUiText]: Text };
  readonly actions: { readonly [A in ApiErrorActionId]: string };
  readonly general: { readonly [K in GeneralKey]: ApiErrorText };
}

/** A catalog's texts in one locale: a title and a message for every key. A missing key fails the typecheck. */
export type CatalogTexts<C extends ApiErrorCatalog> = {
  readonly [Id in C['id']]: { readonly [K in CatalogKey<C>]: ApiErrorText };
};

/** Everything the kit says in one locale: its common texts and the texts of every catalog it ships. */
export type LocaleMessages = CommonTexts & CatalogTexts<typeof futuresCatalog> & CatalogTexts<typeof orderCatalog>;

type Overrides<Key extends string> = { readonly [K in Key]?: Partial<ApiErrorText> } & {
  readonly [code: `${number}`]: Partial<ApiErrorText> | undefined;
};

/**
 * Overrides for one locale: any subset of a {@link LocaleMessages} pack, field by field. In a catalog a
 * code can be worded by number (`futures: { '8817': { title: '…' } }`), scoped to that catalog. A missing
 * or empty field falls back.
 *
 * @example
 * const zhOverrides: LocaleOverrides = { futures: { balance_insufficient: { message: '可用保证金不足，请先划转。' } } };
 */
export interface LocaleOverrides {
  readonly ui?: { readonly [N in keyof ApiErrorUiText]?: Text };
  readonly actions?: { readonly [A in ApiErrorActionId]?: string };
  readonly general?: Overrides<GeneralKey>;
  readonly futures?: Overrides<CatalogKey<typeof futuresCatalog>>;
  readonly order?: Overrides<CatalogKey<typeof orderCatalog>>;
  /** Texts of other catalogs, by catalog id. */
  readonly [catalog: string]: unknown;
}

/**
 * Locale packs and overrides by locale tag (`'zh-CN'`, `'en'`). Pass several layers as an array; a later
 * layer wins, field by field.
 *
 * @example
 * const messages: ApiErrorMessages = [{ 'zh-CN': zhCN }, { 'zh-CN': { futures: { balance_insufficient: { message: '…' } } } }];
 */
export type ApiErrorMessages =
  Readonly<Record<string, LocaleOverrides | LocaleMessages>> | readonly Readonly<Record<string, LocaleOverrides | LocaleMessages>>[];

/** Values for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

/**
 * An app's own translate function (i18next's `t`, FormatJS...). Called with the kit's stable i18n keys
 * (`mexc.futures.balance_insufficient.title`, `mexc.action.transfer_funds`, `mexc.ui.dismiss`); return
 * `undefined`, an empty string or the key itself to fall back to the kit's packs.
 */
export type TranslateFunction = (key: string, params: MessageParams) => string | null | undefined;
