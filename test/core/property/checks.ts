// Validity checks of the property-based tests: what a valid ApiError and a valid resolution look
// like, and the expect helpers that run normalizeApiError and resolveApiError on generated values.
// No tests here.
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  getApiErrorDefinition,
  normalizeApiError,
  resolveApiError,
  type ApiError,
  type NormalizeContext,
  type ResolveApiErrorOptions,
} from '../../../src/core/index';
import { SOURCES } from './constants';
import { materialize } from './hostile';

const SEVERITIES: ReadonlySet<unknown> = new Set(['info', 'warning', 'error', 'critical']);
const RETRY_RULES: ReadonlySet<unknown> = new Set(['never', 'backoff', 'after_clock_sync', 'check_state_first']);
const API_ERROR_KEYS: ReadonlySet<PropertyKey> = new Set([
  'catalog',
  'code',
  'source',
  'httpStatus',
  'serverMessage',
  'retryAfterMs',
  'orderId',
  'orderIdUnsafe',
]);

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** In `u` mode a surrogate range only matches a surrogate that is not part of a pair. */
export const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const PLACEHOLDER = /\{\w+\}/;
const I18N_KEY = /^mexc\.[a-z][\w-]*\./;
/** What `ApiError.catalog` may be: a catalog id, never markup or a prototype key. */
const CATALOG_ID = /^[a-z][a-z0-9_-]{0,31}$/;
export const HTML_TAG = /<\/?[a-z!][^<>]*>/i;

// ---------------------------------------------------------------------------------------------------
// Validity checks: each returns the list of problems, so a failure says what is wrong.
// ---------------------------------------------------------------------------------------------------

function show(value: unknown): string {
  try {
    return fc.stringify(value).slice(0, 200);
  } catch {
    return '<unprintable>';
  }
}

function apiErrorProblems(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return [`not an object: ${show(error)}`];
  const problems: string[] = [];
  if (Object.getPrototypeOf(error) !== Object.prototype) problems.push('not a plain object');
  for (const key of Reflect.ownKeys(error)) {
    if (!API_ERROR_KEYS.has(key)) problems.push(`unexpected own key ${String(key)}`);
  }
  const { catalog, code, source, httpStatus, serverMessage, retryAfterMs, orderId, orderIdUnsafe } = error as Record<string, unknown>;
  if (typeof catalog !== 'string' || !CATALOG_ID.test(catalog)) problems.push(`catalog is ${show(catalog)}`);
  if (code !== null && !Number.isSafeInteger(code)) problems.push(`code is ${show(code)}`);
  if (!SOURCES.has(source)) problems.push(`source is ${show(source)}`);
  if (httpStatus !== undefined && !(Number.isInteger(httpStatus) && (httpStatus as number) >= 100 && (httpStatus as number) <= 599)) {
    problems.push(`httpStatus is ${show(httpStatus)}`);
  }
  if (serverMessage !== undefined) {
    if (typeof serverMessage !== 'string') problems.push(`serverMessage is ${show(serverMessage)}`);
    else {
      if (serverMessage === '') problems.push('serverMessage is empty');
      if (serverMessage !== serverMessage.trim()) problems.push(`serverMessage is not trimmed: ${show(serverMessage)}`);
      // The cut is on UTF-16 units, '…' included, and never splits a pair (so at most 500 code points too).
      if (serverMessage.length > 500) problems.push(`serverMessage has ${serverMessage.length} UTF-16 units`);
      if (CONTROL_CHARACTERS.test(serverMessage)) problems.push(`serverMessage has a control character: ${show(serverMessage)}`);
      if (BIDI_CONTROLS.test(serverMessage)) problems.push(`serverMessage has a bidi control: ${show(serverMessage)}`);
      if (/[^\S ]| {2}/.test(serverMessage)) problems.push(`serverMessage whitespace is not collapsed: ${show(serverMessage)}`);
    }
  }
  if (retryAfterMs !== undefined && !(typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0)) {
    problems.push(`retryAfterMs is ${show(retryAfterMs)}`);
  }
  if (orderId !== undefined && !(typeof orderId === 'string' && orderId !== '')) problems.push(`orderId is ${show(orderId)}`);
  if (orderIdUnsafe !== undefined && orderIdUnsafe !== true) problems.push(`orderIdUnsafe is ${show(orderIdUnsafe)}`);
  if (orderIdUnsafe !== undefined && orderId !== undefined) problems.push('orderIdUnsafe comes with an orderId');
  try {
    JSON.stringify(error);
  } catch (cause) {
    problems.push(`not JSON-serializable: ${String(cause)}`);
  }
  return problems;
}

/**
 * What a resolution is checked for:
 * - `shape`: types, enums, i18n keys of the entry and its actions, the ApiError part, JSON;
 * - `blank`: title, message and action labels are never empty or blank;
 * - `ownKey`: no text is the raw i18n key of its own field (`mexc.<catalog>.<key>.title`, `mexc.action.<id>`);
 * - `clean`: no leftover `{placeholder}` and nothing shaped like an i18n key. Only checked when every
 *   app string is clean: an app string may legitimately contain `{name}` (interpolate keeps unknown
 *   placeholders visible on purpose).
 */
type Check = 'shape' | 'blank' | 'ownKey' | 'clean';
export const ALL_CHECKS: readonly Check[] = ['shape', 'blank', 'ownKey', 'clean'];

export function resolvedProblems(resolved: unknown, checks: readonly Check[] = ALL_CHECKS): string[] {
  if (typeof resolved !== 'object' || resolved === null) return [`not an object: ${show(resolved)}`];
  const problems: string[] = [];
  const shape = checks.includes('shape');
  const r = resolved as Record<string, unknown>;
  if (shape) {
    if (r.code !== null && !Number.isSafeInteger(r.code)) problems.push(`code is ${show(r.code)}`);
    if (typeof r.key !== 'string' || r.key === '') problems.push(`key is ${show(r.key)}`);
    // the entry's catalog: the error's own, or `general` for a code its catalog does not know
    const i18nKeys = [`mexc.${String(r.catalog)}.${String(r.key)}`, `mexc.general.${String(r.key)}`];
    if (!i18nKeys.includes(String(r.i18nKey))) problems.push(`i18nKey is ${show(r.i18nKey)}`);
    if (typeof r.category !== 'string' || r.category === '') problems.push(`category is ${show(r.category)}`);
    if (!SEVERITIES.has(r.severity)) problems.push(`severity is ${show(r.severity)}`);
    if (!RETRY_RULES.has(r.retry)) problems.push(`retry is ${show(r.retry)}`);
    if (typeof r.retryable !== 'boolean') problems.push(`retryable is ${show(r.retryable)}`);
    if (!SOURCES.has(r.source)) problems.push(`source is ${show(r.source)}`);
    if (typeof r.locale !== 'string' || r.locale === '') problems.push(`locale is ${show(r.locale)}`);
    if (!Array.isArray(r.actions)) problems.push(`actions is ${show(r.actions)}`);
    for (const problem of apiErrorProblems(pickApiError(r))) problems.push(`(ApiError part) ${problem}`);
    try {
      JSON.stringify(resolved);
    } catch (cause) {
      problems.push(`not JSON-serializable: ${String(cause)}`);
    }
  }
  // Every text of the resolution with the i18n key it is looked up with.
  const texts: [what: string, text: unknown, key: string][] = [
    ['title', r.title, `${String(r.i18nKey)}.title`],
    ['message', r.message, `${String(r.i18nKey)}.message`],
  ];
  for (const action of Array.isArray(r.actions) ? (r.actions as unknown[]) : []) {
    const { id, label, i18nKey } = (typeof action === 'object' && action !== null ? action : {}) as Record<string, unknown>;
    if (shape) {
      if (typeof id !== 'string' || id === '') problems.push(`action id is ${show(id)}`);
      if (typeof i18nKey !== 'string' || !i18nKey.startsWith('mexc.action.') || i18nKey !== `mexc.action.${String(id)}`) {
        problems.push(`action i18nKey is ${show(i18nKey)}`);
      }
    }
    texts.push([`label of action ${String(id)}`, label, `mexc.action.${String(id)}`]);
  }
  for (const [what, text, key] of texts) {
    if (typeof text !== 'string') {
      if (shape) problems.push(`${what} is not a string: ${show(text)}`);
      continue;
    }
    if (checks.includes('blank') && text.trim() === '') problems.push(`${what} is blank: ${show(text)}`);
    if (checks.includes('ownKey') && text === key) problems.push(`${what} is its own i18n key: ${text}`);
    if (checks.includes('clean') && PLACEHOLDER.test(text)) problems.push(`${what} has a leftover placeholder: ${show(text)}`);
    if (checks.includes('clean') && I18N_KEY.test(text)) problems.push(`${what} looks like an i18n key: ${show(text)}`);
  }
  return problems;
}

/** The ApiError fields of a resolved error. */
function pickApiError(resolved: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = { catalog: resolved.catalog, code: resolved.code, source: resolved.source };
  for (const key of ['httpStatus', 'serverMessage', 'retryAfterMs', 'orderId', 'orderIdUnsafe']) {
    if (resolved[key] !== undefined) picked[key] = resolved[key];
  }
  return picked;
}

/** The value as JSON sees it (`-0` becomes `0`, `undefined` fields disappear). */
export function viaJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export function checkApiError(input: unknown, context?: unknown): ApiError {
  const result = normalizeApiError(input, context as NormalizeContext | undefined);
  expect(apiErrorProblems(result)).toEqual([]);
  return result;
}

/** For generated values: builds the hostile parts first (see {@link Lazy}). */
export function expectValidApiError(generated: unknown, generatedContext?: unknown): ApiError {
  return checkApiError(materialize(generated), materialize(generatedContext));
}

export function expectValidResolution(generated: unknown, generatedOptions?: unknown, checks: readonly Check[] = ALL_CHECKS): void {
  const input = materialize(generated);
  const options = materialize(generatedOptions);
  const resolved = resolveApiError(input, options as ResolveApiErrorOptions | undefined);
  expect(resolvedProblems(resolved, checks)).toEqual([]);
}

/** Both functions, no options: valid, and the resolution agrees with the normalization. */
/** For built values (call `materialize` first on generated ones). */
export function expectBothValid(input: unknown): void {
  const normalized = checkApiError(input);
  const resolved = resolveApiError(input);
  expect(resolvedProblems(resolved)).toEqual([]);
  expect(pickApiError(resolved as unknown as Record<string, unknown>)).toEqual({ ...normalized });
  const definition = getApiErrorDefinition(normalized);
  expect(resolved.key).toBe(definition.key);
  expect(resolved.i18nKey).toBe(`mexc.${definition.catalog}.${definition.key}`);
}
