// Option arbitraries of the property-based tests: locales, message packs, `t`, values and context
// for resolveApiError, hostile or clean. No tests here.
import fc from 'fast-check';
import en from '../../../src/locales/en/index';
import { ENTRIES } from './constants';
import { boom, hostileObject, lazy, plantTraps, trapLabel, trapsArb } from './hostile';
import { anyString, anyValue } from './inputs-generic';
import { retryAfterLike, statusLike } from './inputs-mexc';

// ---------------------------------------------------------------------------------------------------
// Options of resolveApiError
// ---------------------------------------------------------------------------------------------------

const CATALOG_IDS = [...new Set(ENTRIES.map((entry) => entry.catalog))];
const ERROR_KEYS = [...new Set(ENTRIES.map((entry) => entry.key))];
const ACTION_IDS = [...new Set(ENTRIES.flatMap((entry) => [...entry.actions]))];
const UI_NAMES = Object.keys(en.ui);
const I18N_KEYS = [
  ...ENTRIES.flatMap(({ catalog, key }) => [`mexc.${catalog}.${key}.title`, `mexc.${catalog}.${key}.message`, `mexc.${catalog}.${key}`]),
  ...ACTION_IDS.map((id) => `mexc.action.${id}`),
  ...UI_NAMES.map((name) => `mexc.ui.${name}`),
];

const localeArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'en',
    'EN',
    'en-US',
    'en_us',
    'zh-CN',
    'zh_cn',
    'zh',
    'zh-Hant-TW',
    'ja',
    'fr',
    'x',
    '',
    ' ',
    '-',
    '__proto__',
    'constructor',
    'toString',
    '1234',
    'en--',
    '-en',
    'en-x-private-1234',
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

/** App strings that cannot leave a placeholder or look like an i18n key. */
const cleanText: fc.Arbitrary<string> = fc
  .oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('保证金不足', 'Zu wenig Margin', 'Код ошибки'))
  .map((text) => text.replace(/[{}]/g, '').replace(/mexc\./gi, 'mexc-'));

/** Values that are not strings, so a lookup skips them; none holds a string anywhere inside. */
const nonText: fc.Arbitrary<unknown> = fc.constantFrom(undefined, null, 0, 42, true, {}, [], Number.NaN);

/** App strings of any kind, including blank ones, placeholders and raw i18n keys. */
const anyText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: cleanText },
  fc.constantFrom(
    '',
    ' ',
    '\n\t',
    '\u00a0',
    '{x}',
    '{code}',
    '{status}',
    '{count}',
    '{}',
    '{ x }',
    'Code {code}',
    '{__proto__}',
    '{constructor}',
  ),
  fc.constantFrom(...I18N_KEYS),
  anyString,
  anyValue,
);

/** A text, or a plural text (one form per plural category, chosen by `{count}`), maybe without its `other`. */
function withPlurals(text: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: text }, fc.record({ one: text, few: text, other: text }, { requiredKeys: [] }));
}

/** The names an entry of a catalog's section can have: its keys, codes (by number) and anything else. */
function entryNameArb(catalog: string): fc.Arbitrary<string> {
  const entries = ENTRIES.filter((entry) => entry.catalog === catalog);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...entries.map((entry) => entry.key)) },
    fc.constantFrom(...entries.map((entry) => String(entry.code)), '8817', '-1', '0'),
    fc.string({ maxLength: 8 }),
  );
}

function packArb(text: fc.Arbitrary<unknown>, other: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const entry = fc.oneof(
    { weight: 4, arbitrary: fc.record({ title: withPlurals(text), message: withPlurals(text) }, { requiredKeys: [] }) },
    text,
    other,
  );
  const section = (catalog: string) =>
    fc.oneof({ weight: 4, arbitrary: fc.dictionary(entryNameArb(catalog), entry, { maxKeys: 4 }) }, other);
  return fc
    .tuple(
      fc.record(Object.fromEntries(CATALOG_IDS.map((catalog) => [catalog, section(catalog)])), { requiredKeys: [] }),
      // the flat shape of packs before catalogs: ignored, harmlessly
      fc.dictionary(fc.constantFrom(...ERROR_KEYS), entry, { maxKeys: 2 }),
      fc.option(fc.dictionary(fc.constantFrom(...ACTION_IDS), text, { maxKeys: 3 })),
      fc.option(fc.oneof(fc.dictionary(fc.constantFrom(...UI_NAMES), withPlurals(text), { maxKeys: 3 }), other)),
    )
    .map(([catalogs, flat, actions, ui]) => {
      const pack: Record<string, unknown> = { ...flat, ...catalogs };
      if (actions !== null) pack.actions = actions;
      if (ui !== null) pack.ui = ui;
      return pack;
    });
}

function messagesArb(text: fc.Arbitrary<unknown>, other: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const layer = fc.dictionary(localeArb, packArb(text, other), { maxKeys: 3 });
  return fc.oneof({ weight: 3, arbitrary: layer }, fc.array(layer, { maxLength: 3 }), other);
}

function translateArb(text: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(undefined),
    fc.func<[string, unknown], unknown>(text),
    fc.constant((key: string) => key),
    fc.constant((key: string) => (key.endsWith('.title') ? undefined : key)),
    fc.constant(boom),
    fc.constant(() => {
      throw undefined;
    }),
    fc.constantFrom(null, 42, 'not a function', {}),
  );
}

const valuesArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(
    fc.constantFrom('x', 'code', 'status', 'count', 'name', '__proto__', 'constructor'),
    fc.oneof(fc.constantFrom('', ' ', 'v', '{x}'), fc.integer(), fc.string(), anyValue, fc.constant({ toString: boom })),
    { maxKeys: 4 },
  ),
  anyValue,
);

export const contextArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record({ httpStatus: statusLike, retryAfter: retryAfterLike }, { requiredKeys: [] }),
  anyValue,
);

const PLACEHOLDER_TEMPLATES = ['{x}', '{name}', '{x}{name}', ' {x} ', '{code}', '{status}'] as const;

/** Templates made only of placeholders, with values for them (some blank): interpolation edge cases. */
const placeholderOptions: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    locale: fc.constantFrom('en', 'zh-CN'),
    t: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(...PLACEHOLDER_TEMPLATES).map((template) => () => template),
    ),
    messages: fc
      .tuple(
        fc.constantFrom('en', 'zh-CN'),
        fc.constantFrom(...ENTRIES),
        fc.constantFrom(...PLACEHOLDER_TEMPLATES),
        fc.constantFrom(...ACTION_IDS),
      )
      .map(([locale, { catalog, key }, template, action]) => ({
        [locale]: { [catalog]: { [key]: { title: template, message: template } }, actions: { [action]: template } },
      })),
    values: fc.dictionary(fc.constantFrom('x', 'name', 'code', 'status'), fc.constantFrom('', ' ', '\n', 'v', 0), { maxKeys: 3 }),
  },
  { requiredKeys: ['values'] },
);

/**
 * Packs whose strings are the i18n keys themselves, as some extraction tools write them for strings
 * nobody translated yet (`"title": "mexc.futures.balance_insufficient.title"`).
 */
const keyEchoOptions: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom('en', 'zh-CN'),
    fc.uniqueArray(fc.constantFrom(...ENTRIES), { minLength: 1, maxLength: 4 }),
    fc.uniqueArray(fc.constantFrom(...ACTION_IDS), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([locale, entries, actions, asLayers]) => {
    const pack: Record<string, Record<string, unknown>> = {};
    for (const { catalog, key } of entries) {
      pack[catalog] = { ...pack[catalog], [key]: { title: `mexc.${catalog}.${key}.title`, message: `mexc.${catalog}.${key}.message` } };
    }
    pack.actions = Object.fromEntries(actions.map((id) => [id, `mexc.action.${id}`]));
    return { locale, messages: asLayers ? [{ [locale]: pack }] : { [locale]: pack } };
  });

/** Options as an app could get them wrong: random locales, packs, `t`, values, context, traps, Proxies. */
export const hostileOptions: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: placeholderOptions },
  { weight: 2, arbitrary: keyEchoOptions },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        locale: fc.oneof({ weight: 3, arbitrary: localeArb }, anyValue),
        messages: messagesArb(anyText, fc.oneof(anyValue, hostileObject)),
        t: translateArb(anyText),
        values: valuesArb,
        context: contextArb,
      },
      { requiredKeys: [] },
    ),
  },
  fc
    .tuple(
      fc.record({ locale: localeArb, messages: messagesArb(anyText, anyValue), t: translateArb(anyText) }, { requiredKeys: [] }),
      trapsArb,
    )
    .map(([options, traps]) =>
      lazy(
        () => trapLabel(options, traps),
        () => plantTraps(options, traps),
      ),
    ),
  hostileObject,
  anyValue,
);

/** Options whose app strings are all clean: the texts must stay free of placeholders and keys. */
export const cleanOptions: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    locale: localeArb,
    messages: messagesArb(fc.oneof({ weight: 4, arbitrary: cleanText }, nonText), nonText),
    t: translateArb(fc.oneof({ weight: 4, arbitrary: cleanText }, nonText)),
    values: valuesArb,
    context: contextArb,
  },
  { requiredKeys: [] },
);
