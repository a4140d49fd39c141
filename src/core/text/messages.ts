import type { ApiErrorKey } from '../catalogs/catalog';
import type { ApiErrorActionId } from '../types';

/** The two texts of one error: a short headline and what happened plus what to do. */
export interface ApiErrorText {
  title: string;
  message: string;
}

/** Strings of the kit's own UI (toaster, toast, boundary). `{name}` placeholders are filled in. */
export interface ApiErrorUiText {
  /** Accessible name of the toaster landmark region. */
  regionLabel: string;
  /** Label of a toast's close button. */
  dismiss: string;
  /** Badge with the MEXC code; `{code}`. */
  codeBadge: string;
  /** Summary of the details disclosure. */
  details: string;
  /** Label of the server text inside the details. */
  serverMessage: string;
  /** Label of the time inside the details. */
  time: string;
  /** Button that copies the details. */
  copyDetails: string;
  /** Confirmation after copying. */
  copied: string;
  /** Count shown when the same error repeats; `{count}`. */
  repeatCount: string;
  /** The error boundary's reset button. */
  tryAgain: string;
  /** Accessible names of the severity icons. */
  severityInfo: string;
  severityWarning: string;
  severityError: string;
  severityCritical: string;
}

/**
 * A complete locale pack: a title and message for every error key, a label for every action and the
 * UI strings. Typed so that a pack missing any key fails the typecheck.
 */
export type LocaleMessages = { readonly [K in ApiErrorKey]: ApiErrorText } & {
  readonly actions: { readonly [A in ApiErrorActionId]: string };
  readonly ui: ApiErrorUiText;
};

/**
 * Overrides for one locale: any subset of a {@link LocaleMessages} pack, field by field. Codes outside
 * the catalog can be given by number (`'8817': { title: '…' }`). A missing or empty field falls back.
 *
 * @example
 * const zhOverrides: LocaleOverrides = { balance_insufficient: { message: '可用保证金不足，请先划转。' } };
 */
export type LocaleOverrides = { readonly [K in ApiErrorKey]?: Partial<ApiErrorText> } & {
  readonly [code: `${number}`]: Partial<ApiErrorText> | undefined;
} & {
  readonly actions?: { readonly [A in ApiErrorActionId]?: string };
  readonly ui?: Partial<ApiErrorUiText>;
};

/**
 * Locale packs and overrides by locale tag (`'zh-CN'`, `'en'`). Pass several layers as an array; a later
 * layer wins, field by field.
 *
 * @example
 * const messages: ApiErrorMessages = [{ 'zh-CN': zhCN }, { 'zh-CN': { balance_insufficient: { message: '…' } } }];
 */
export type ApiErrorMessages =
  Readonly<Record<string, LocaleOverrides | LocaleMessages>> | readonly Readonly<Record<string, LocaleOverrides | LocaleMessages>>[];

/** Values for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

/**
 * An app's own translate function (i18next's `t`, FormatJS...). Called with the kit's stable i18n keys
 * (`mexc.error.balance_insufficient.title`, `mexc.action.transfer_funds`, `mexc.ui.dismiss`); return
 * `undefined`, an empty string or the key itself to fall back to the kit's packs.
 */
export type TranslateFunction = (key: string, params: MessageParams) => string | null | undefined;
