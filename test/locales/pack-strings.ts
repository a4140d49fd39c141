// Shared by the locale tests (not a test file itself): the shipped packs and their strings by path.
import { listApiErrorCatalogs, listApiErrorLocales, type LocaleMessages, type PluralText, type Text } from '../../src/core/index';
import { isPluralText } from '../../src/core/text/plural';

// Every shipped locale's full pack (its index.ts), found the way the kit finds them: by folder.
const indexes = import.meta.glob<{ default: LocaleMessages }>('../../src/locales/*/index.ts', { eager: true });

/** Each shipped locale's full pack, by tag. */
export const PACKS: ReadonlyMap<string, LocaleMessages> = new Map(
  Object.entries(indexes).map(([path, module]) => [/\/locales\/([^/]+)\/index\.ts$/.exec(path)![1]!, module.default]),
);

/** The shipped locales, as the kit lists them. */
export const LOCALES = listApiErrorLocales();

/** The pack of a shipped locale. */
export function packOf(tag: string): LocaleMessages {
  const pack = PACKS.get(tag);
  if (!pack) throw new Error(`no pack for ${tag}`);
  return pack;
}

/** Every entry a pack must word: the `general` ones and each catalog's, with the catalog they belong to. */
export const ENTRIES = listApiErrorCatalogs().flatMap((catalog) => catalog.entries);

/** The title and message of an entry in a pack (`undefined` when the pack lacks it). */
export function errorText(pack: LocaleMessages, catalog: string, key: string): { title: Text; message: Text } | undefined {
  const section = (pack as unknown as Record<string, Record<string, { title: Text; message: Text }> | undefined>)[catalog];
  return section?.[key];
}

/** Every text of a pack by its path (`futures.balance_insufficient.title`, `actions.deposit`, `ui.overflowTitle`). */
export function texts(pack: LocaleMessages): Map<string, Text> {
  const out = new Map<string, Text>();
  const walk = (node: unknown, path: readonly string[]) => {
    if (typeof node === 'string' || isPluralText(node)) out.set(path.join('.'), node);
    else if (typeof node === 'object' && node !== null) for (const [name, value] of Object.entries(node)) walk(value, [...path, name]);
  };
  walk(pack, []);
  return out;
}

/** The strings of a text: itself, or each plural form. */
export function forms(text: Text): string[] {
  return typeof text === 'string' ? [text] : Object.values(text as PluralText).filter((form): form is string => typeof form === 'string');
}

/** Every string of a pack by its path; a plural form's path ends with its category (`ui.overflowTitle.one`). */
export function flatten(pack: LocaleMessages): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of texts(pack)) {
    if (typeof text === 'string') out.set(path, text);
    else for (const [category, form] of Object.entries(text)) out.set(`${path}.${category}`, form as string);
  }
  return out;
}
