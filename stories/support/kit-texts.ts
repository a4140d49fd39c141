// What the kit shows in the toolbar's locale, for play functions: they find elements by role plus the
// text the kit resolves in the story's current locale, never by English literals.
import { resolveApiError, type ApiErrorActionId, type ApiErrorUiText, type LocaleMessages, type MessageParams } from 'mexc-error-kit';
// The lookup the provider builds (UI strings with plural forms): internal, reached by path like the tests do.
import { createMessageLookup } from '../../src/core/text/lookup';
import { pseudoLocalize } from '../../src/core/text/pseudo';
import { PSEUDO_LOCALE } from '../../src/core/text/registry';

// Every shipped locale's full pack (`src/locales/<tag>/index.ts`), found when Vite builds: a new locale
// folder is a new pack here, with nothing to register.
const modules = import.meta.glob<LocaleMessages>('../../src/locales/*/index.ts', { eager: true, import: 'default' });

const shipped: Record<string, LocaleMessages> = Object.fromEntries(
  Object.entries(modules).map(([path, pack]) => [/\/locales\/([^/]+)\/index\.ts$/.exec(path)![1]!, pack]),
);
/** The kit's own packs by locale tag (`en`, `zh-CN`...), and the pseudo-locale made from English as the kit makes it. */
export const localePacks: Readonly<Record<string, LocaleMessages>> = { ...shipped, [PSEUDO_LOCALE]: pseudoLocalize(shipped.en!) };

/** The shipped pack that serves `locale`: the same tag, else the same language (`zh-TW` → `zh-CN`), else English. */
export function packFor(locale: string): LocaleMessages {
  const language = locale.split('-')[0]!.toLowerCase();
  const tag =
    Object.keys(localePacks).find((each) => each.toLowerCase() === locale.toLowerCase()) ??
    Object.keys(localePacks).find((each) => each.split('-')[0]!.toLowerCase() === language);
  return localePacks[tag ?? 'en']!;
}

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
  /** A UI string (`dismiss`, `details`, `tryAgain`, `overflowTitle`...), with `{name}` values (and plural forms) filled in. */
  ui(name: keyof ApiErrorUiText, params?: MessageParams): string;
}

/** The kit's texts in the toolbar's locale of a story context: `kitTexts(context.globals)`. */
export function kitTexts(globals: Record<string, unknown> | undefined): KitTexts {
  const locale = storyLocale(globals);
  // Every pack, English included: English texts of the `order` catalog are loaded on demand, not built in.
  const options = { locale, messages: localePacks };
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
