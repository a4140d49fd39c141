import type { MessageParams } from './messages.js';

const MAX_CACHED_FORMATS = 64;
const numberFormats = new Map<string, Intl.NumberFormat | null>();

/** A number as `locale` writes it (`1234.5` → `1.234,5` in German, `١٬٢٣٤٫٥` in Arabic); `String` for an unknown tag. */
function formatNumber(value: number, locale: string | undefined): string {
  if (locale === undefined || !Number.isFinite(value)) return String(value);
  let format = numberFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    } catch {
      format = null;
    }
    if (numberFormats.size >= MAX_CACHED_FORMATS) numberFormats.clear(); // arbitrary tags must not grow it forever
    numberFormats.set(locale, format);
  }
  return format ? format.format(value) : String(value);
}

/**
 * Fills `{name}` placeholders from `params`; numbers are written the way `locale` writes them (digits,
 * grouping, decimal sign), strings as they are (the kit passes codes and HTTP statuses as strings, so
 * `2005` never becomes `2,005`). A placeholder without a value stays as written, so a missing value is
 * visible in review instead of silently producing "Code ".
 *
 * @example interpolate('Code {code}', { code: '2005' }) // 'Code 2005'
 * @example interpolate('{count} more', { count: 1200 }, 'de') // '1.200 more'
 */
export function interpolate(template: string, params: MessageParams, locale?: string): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value, locale) : String(value);
  });
}

/** The placeholder names a template uses, sorted; for checking parity between locales. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[1]!))].sort();
}
