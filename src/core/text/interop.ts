// The kit's texts in the shapes i18next and react-intl read, under the same keys the kit asks an app's `t` for
// (`ResolvedApiError.i18nKey` + `.title` / `.message`, `mexc.action.<id>`, `mexc.ui.<name>`). An app that keeps
// all its strings in one i18n library loads the kit's packs into it, and translators see them in one place.
import { isObject } from '../errors/safe-access.js';
import type { ApiErrorMessages, LocaleMessages, LocaleOverrides } from './messages.js';
import { isPluralText } from './plural.js';

type Pack = LocaleMessages | LocaleOverrides;
type Visit = (key: string, text: string | Readonly<Record<string, string>>) => void;

/** The pack's section names as they appear in i18n keys (`actions` → `mexc.action.*`). */
const SECTION_KEY: Readonly<Record<string, string>> = { actions: 'action' };

/** Calls `visit` with the i18n key and text of every string (or plural text) of a pack. */
function eachText(pack: unknown, visit: Visit): void {
  if (!isObject(pack)) return;
  for (const [section, entries] of Object.entries(pack)) {
    if (!isObject(entries)) continue;
    for (const [name, value] of Object.entries(entries)) {
      const key = `mexc.${SECTION_KEY[section] ?? section}.${name}`;
      if (typeof value === 'string' || isPluralText(value)) visit(key, value as string | Record<string, string>);
      else if (isObject(value)) {
        for (const field of ['title', 'message'] as const) {
          const text = value[field];
          if (typeof text === 'string' || isPluralText(text)) visit(`${key}.${field}`, text as string | Record<string, string>);
        }
      }
    }
  }
}

/** Sets `value` at a dotted key inside nested objects (i18next's default `keySeparator`). */
function setPath(target: Record<string, unknown>, key: string, value: string): void {
  const segments = key.split('.');
  let node = target;
  for (const segment of segments.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
  node[segments.at(-1)!] = value;
}

const toI18nextPlaceholders = (text: string) => text.replace(/\{(\w+)\}/g, '{{$1}}');

/**
 * The kit's packs as i18next resources, in the `mexcErrors` namespace, nested by the kit's i18n keys (i18next's
 * default `.` key separator), `{name}` written `{{name}}` and plural texts as `_one` / `_other`… keys.
 * Pass the result of {@link loadApiErrorTexts}, a locale pack, or several.
 *
 * @example
 * i18next.init({ resources: toI18nextResources({ de, 'zh-CN': zhCN }) });
 * i18next.t('mexc.futures.balance_insufficient.title', { ns: 'mexcErrors', lng: 'de' });
 * // and `<ApiErrorProvider t={(key, values) => i18next.t(key, { ns: 'mexcErrors', ...values })}>`
 */
export function toI18nextResources(packs: ApiErrorMessages): Record<string, { mexcErrors: Record<string, unknown> }> {
  const resources: Record<string, { mexcErrors: Record<string, unknown> }> = {};
  for (const layer of Array.isArray(packs) ? packs : [packs]) {
    if (!isObject(layer)) continue;
    for (const [tag, pack] of Object.entries(layer as Record<string, Pack>)) {
      const namespace = (resources[tag] ??= { mexcErrors: {} }).mexcErrors;
      eachText(pack, (key, text) => {
        if (typeof text === 'string') setPath(namespace, key, toI18nextPlaceholders(text));
        else for (const [category, form] of Object.entries(text)) setPath(namespace, `${key}_${category}`, toI18nextPlaceholders(form));
      });
    }
  }
  return resources;
}

/**
 * A kit text as ICU MessageFormat: apostrophes (and `#` inside a plural branch) quoted as literals, and `{count}`
 * formatted as a number the way the kit writes it (`#` inside a plural branch; react-intl prints a bare `{count}`
 * unformatted).
 */
const icuText = (text: string, inPlural: boolean) => {
  const quoted = text.replace(/'/g, "''");
  return inPlural ? quoted.replace(/#/g, "'#'").replace(/\{count\}/g, '#') : quoted.replace(/\{count\}/g, '{count, number}');
};

/**
 * One locale pack as flat ICU messages for react-intl (`<IntlProvider messages>`), keyed by the kit's i18n keys;
 * a plural text becomes `{count, plural, one {…} other {…}}`.
 *
 * @example
 * <IntlProvider locale="de" messages={{ ...appMessages, ...toReactIntlMessages(de) }}>
 */
export function toReactIntlMessages(pack: Pack): Record<string, string> {
  const messages: Record<string, string> = {};
  eachText(pack, (key, text) => {
    messages[key] =
      typeof text === 'string'
        ? icuText(text, false)
        : `{count, plural, ${Object.entries(text)
            .map(([category, form]) => `${category} {${icuText(form, true)}}`)
            .join(' ')}}`;
  });
  return messages;
}
