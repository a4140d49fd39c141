// Tolerant reading of `code` / `msg` / `message` out of text that is almost JSON: what a Python dict
// repr (`{'code': 2005, 'msg': '余额不足'}`), a Java map (`{success=false, code=2005, message=余额不足}`),
// Node's util.inspect (`{ success: false, code: 2005, message: '余额不足' }`) or a hand-written body with
// single quotes, unquoted keys and trailing commas looks like. Bounded: only the head of the text is read.

import { toCode } from './safe-access.js';

/** What {@link readLooseFields} found. */
export interface LooseFields {
  /** The first non-zero `code` / `errorCode`, else a zero one. */
  code?: number;
  /** `message`, `msg` or `errorMsg`. Raw, not yet cleaned. */
  message?: string;
  /** A text `data` (MEXC puts the reason there for some codes). Raw, not yet cleaned. */
  data?: string;
}

const MAX_SCANNED_LENGTH = 20_000;
const MAX_VALUE_LENGTH = 2_000;

// A field of a map: after `{` or `,`, a key (bare or quoted) and `:` or `=`.
const FIELD = /[{,]\s*(["']?)(code|errorCode|msg|message|errorMsg|data)\1\s*[:=]\s*/g;
const CODE_VALUE = /^(["']?)(-?\d{1,16})\1(?![\d.])/;

const ESCAPES: Record<string, string> = { n: ' ', r: ' ', t: ' ', b: ' ', f: ' ', v: ' ', '0': ' ' };

/**
 * The quoted value that opens at `start` (a quote), unescaped, and the index just past it. A value
 * longer than the limit is kept cut; one that the text ends inside is `undefined`.
 */
function quotedValue(text: string, start: number): { value: string | undefined; end: number } {
  const quote = text[start];
  const end = Math.min(text.length, start + 1 + MAX_VALUE_LENGTH);
  let value = '';
  let i = start + 1;
  while (i < end) {
    const char = text[i]!;
    if (char === quote) return { value, end: i + 1 };
    if (char !== '\\') {
      value += char;
      i++;
      continue;
    }
    const next = text[i + 1] ?? '';
    const digits = next === 'u' ? 4 : next === 'x' ? 2 : 0;
    const hex = text.slice(i + 2, i + 2 + digits);
    if (digits > 0 && hex.length === digits && /^[0-9a-fA-F]+$/.test(hex)) {
      value += String.fromCharCode(Number.parseInt(hex, 16));
      i += 2 + digits;
    } else {
      value += ESCAPES[next] ?? next;
      i += 2;
    }
  }
  return { value: end < text.length ? value : undefined, end };
}

/** An unquoted value (Java map, bare words): up to the next `,`, `}` or line end. */
function bareValue(text: string, start: number): string {
  const end = Math.min(text.length, start + MAX_VALUE_LENGTH);
  let i = start;
  while (i < end && !',}\n\r'.includes(text[i]!)) i++;
  return text.slice(start, i).trim();
}

/**
 * Reads `code` / `errorCode` and `message` / `msg` / `errorMsg` (or a text `data`) from map-like text
 * inside `{…}`, whatever the quoting. Returns `undefined` when the text has no such code. Each character
 * of the first 20 000 is read a bounded number of times; never throws.
 */
export function readLooseFields(raw: string): LooseFields | undefined {
  const brace = raw.indexOf('{');
  if (brace < 0 || brace >= MAX_SCANNED_LENGTH) return undefined;
  const text = raw.slice(brace, MAX_SCANNED_LENGTH);
  let code: number | undefined;
  let message: string | undefined;
  let data: string | undefined;
  FIELD.lastIndex = 0;
  for (let match = FIELD.exec(text); match; match = FIELD.exec(text)) {
    const key = match[2]!;
    const at = FIELD.lastIndex;
    if (key === 'code' || key === 'errorCode') {
      const value = toCode(CODE_VALUE.exec(text.slice(at, at + 20))?.[2]);
      if (value !== undefined && (code === undefined || code === 0)) code = value;
    } else if (text[at] === '"' || text[at] === "'") {
      // Skip the whole quoted value, so that a "code: 1" inside a message is never read as a field.
      const { value, end } = quotedValue(text, at);
      if (value === undefined) break;
      if (key === 'data') data ??= value || undefined;
      else message ??= value || undefined;
      FIELD.lastIndex = end;
    } else if (key !== 'data' && message === undefined) {
      message = bareValue(text, at) || undefined; // a bare `data` is an object or a list, not a text
    }
  }
  if (code === undefined) return undefined;
  const fields: LooseFields = { code };
  if (message !== undefined) fields.message = message;
  if (data !== undefined) fields.data = data;
  return fields;
}
