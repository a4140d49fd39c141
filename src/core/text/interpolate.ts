import type { MessageParams } from './messages.js';

/**
 * Fills `{name}` placeholders from `params`. A placeholder without a value stays as written, so a
 * missing value is visible in review instead of silently producing "Code ".
 *
 * @example interpolate('Code {code}', { code: 2005 }) // 'Code 2005'
 */
export function interpolate(template: string, params: MessageParams): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined ? placeholder : String(value);
  });
}

/** The placeholder names a template uses, sorted; for checking parity between locales. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[1]!))].sort();
}
