// What the kit shows in the toolbar's locale, for play functions: they find elements by role plus the
// text the kit resolves in the story's current locale, never by English literals.
import { createMessageLookup, resolveApiError, type ApiErrorActionId, type ApiErrorUiText, type MessageParams } from 'mexc-error-kit';
import zhCN from 'mexc-error-kit/locales/zh-CN';

/** The packs every story's provider gets (see .storybook/preview.tsx). */
export const storyMessages = { 'zh-CN': zhCN };

/** The toolbar's locale from a story context's `globals` (`'en'` when unset). */
export function storyLocale(globals: Record<string, unknown> | undefined): string {
  const locale = globals?.locale;
  return typeof locale === 'string' && locale !== '' ? locale : 'en';
}

/** The kit's texts in one locale, as the provider of a story shows them. */
export interface KitTexts {
  locale: string;
  /** Title of a failure (anything `resolveApiError` accepts). */
  title(failure: unknown): string;
  /** Message of a failure. */
  message(failure: unknown): string;
  /** Labels of a failure's action buttons, in the order the kit shows them (the first is primary). */
  actions(failure: unknown): string[];
  /** Label of an action button. */
  action(id: ApiErrorActionId): string;
  /** A UI string (`dismiss`, `details`, `tryAgain`...), with `{name}` values filled in. */
  ui(name: keyof ApiErrorUiText, params?: MessageParams): string;
}

/** The kit's texts in the toolbar's locale of a story context: `kitTexts(context.globals)`. */
export function kitTexts(globals: Record<string, unknown> | undefined): KitTexts {
  const locale = storyLocale(globals);
  const options = { locale, messages: storyMessages };
  const lookup = createMessageLookup(options);
  return {
    locale,
    title: (failure) => resolveApiError(failure, options).title,
    message: (failure) => resolveApiError(failure, options).message,
    actions: (failure) => resolveApiError(failure, options).actions.map((action) => action.label),
    action: (id) => lookup.action(id),
    ui: (name, params) => lookup.ui(name, params),
  };
}

/**
 * Matches a text or accessible name regardless of whitespace: the name of a toast counting ×N joins the
 * title and the badge with or without a space, depending on how the browser computes it.
 */
export function ignoringSpaces(expected: string): (actual: string) => boolean {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  return (actual) => squeeze(actual) === squeeze(expected);
}
