import type { PluralText, Text } from './messages.js';

const rules = new Map<string, Intl.PluralRules | null>();

function pluralRules(locale: string): Intl.PluralRules | null {
  let rule = rules.get(locale);
  if (rule === undefined) {
    try {
      rule = new Intl.PluralRules(locale);
    } catch {
      rule = null; // an unknown tag: English-like one/other
    }
    rules.set(locale, rule);
  }
  return rule;
}

/** Whether a value is a plural text (an object with an `other` string). */
export function isPluralText(value: unknown): value is PluralText {
  return typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string';
}

/**
 * The string of a text for a count: the plural form `Intl.PluralRules` picks for `count` in `locale`
 * (`one`, `few`, `many`...), or `other` when that form is missing or there is no count.
 *
 * @example pluralForm({ one: '{count} error', other: '{count} errors' }, 'en', 1) // '{count} error'
 */
export function pluralForm(text: Text, locale: string, count: unknown): string {
  if (typeof text === 'string') return text;
  const n = typeof count === 'number' ? count : typeof count === 'string' ? Number(count) : Number.NaN;
  if (!Number.isFinite(n)) return text.other;
  const category = (pluralRules(locale)?.select(n) ?? (n === 1 ? 'one' : 'other')) as keyof PluralText;
  const form = text[category];
  return typeof form === 'string' ? form : text.other;
}
