// The plain rules behind the toast store: a toaster's settings, a toast's duration, what makes two
// failures one toast, normalizing a toast's failure, and the app's own texts for a toast.
import { TEXT_LIMITS, capText } from '../text/cap-text.js';
import { getApiErrorDefinition } from '../catalogs/index.js';
import { normalizeApiError, type NormalizeContext } from '../errors/normalize.js';
import type { ApiError } from '../types.js';
import type { ApiErrorToastState, ShowApiErrorOptions, ToastDurations, ToastOptions } from './types.js';

/** A toaster's options with every default filled in. */
export interface Settings {
  maxVisible: number;
  maxQueued: number;
  durations: ToastDurations;
  keepToastsWithActions: boolean;
}

/** A failure `show` took whose server text is not cleaned yet (see the store's `normalizePending`). */
export interface PendingFailure {
  input: unknown;
  context: NormalizeContext | undefined;
}

/** One toast and what the store needs to know of it. */
export interface Entry {
  state: ApiErrorToastState;
  dedupeKey: string | null;
  hasActions: boolean;
  /** The duration asked for in `show`, if any. */
  ownDuration: number | null | undefined;
  /** The newest failure of this toast while it is not normalized yet; `state.error` holds its shape, without text, until then. */
  pending?: PendingFailure | undefined;
}

export const DEFAULT_SETTINGS: Settings = {
  maxVisible: 3,
  maxQueued: 100,
  durations: { info: 5000, warning: 8000, error: null, critical: null },
  keepToastsWithActions: true,
};

const whole = (value: unknown, fallback: number, min: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(min, Math.floor(value)) : fallback;

/** The newest registration's options, checked, over the defaults. */
export function settingsOf(registrations: readonly ToastOptions[]): Settings {
  const latest = registrations[registrations.length - 1] ?? {};
  return {
    maxVisible: whole(latest.maxVisible, DEFAULT_SETTINGS.maxVisible, 1),
    maxQueued: whole(latest.maxQueued, DEFAULT_SETTINGS.maxQueued, 1),
    durations: { ...DEFAULT_SETTINGS.durations, ...latest.durations },
    keepToastsWithActions: latest.keepToastsWithActions ?? DEFAULT_SETTINGS.keepToastsWithActions,
  };
}

/** How long a toast stays: what `show` asked, else none when it offers actions (by default), else by severity. */
export function durationOf(entry: Pick<Entry, 'ownDuration' | 'hasActions' | 'state'>, settings: Settings): number | null {
  const own = entry.ownDuration;
  if (own !== undefined) return own === null || !(own > 0) ? null : own;
  if (settings.keepToastsWithActions && entry.hasActions) return null;
  return settings.durations[entry.state.severity] ?? null;
}

/** A failure's shape without its server text: `normalizeShape` leaves that text raw, never to be kept. */
export function withoutText({ serverMessage: _raw, ...shape }: ApiError): ApiError {
  return shape;
}

/**
 * Normalizes the toast's pending failure. `show` reads only a failure's shape (enough for its id, a
 * cancellation, the dedupe key); cleaning its server text, the costly part, waits until a snapshot is
 * built: a burst is normalized once, after its last `show`, and a failure repeated before then only once.
 */
export function normalizePending(entry: Entry, settings: Settings): void {
  const { input, context } = entry.pending!;
  entry.pending = undefined;
  const error = normalizeApiError(input, context);
  if (entry.state.kind === 'overflow') {
    entry.state = { ...entry.state, error };
    return;
  }
  const definition = getApiErrorDefinition(error);
  entry.hasActions = definition.actions.length > 0;
  const state = { ...entry.state, error, severity: definition.severity };
  entry.state = { ...state, duration: durationOf({ ...entry, state }, settings) };
}

/** Failures that merge into one toast (×N): same code space, entry, code, source and HTTP status. */
export function dedupeKeyOf(error: ApiError, entryKey: string): string {
  return `${error.catalog}|${entryKey}|${error.code}|${error.source}|${error.httpStatus ?? ''}`;
}

/** The app's own title, message and values for one toast, capped. */
export function ownTexts(options: ShowApiErrorOptions): Pick<ApiErrorToastState, 'title' | 'message' | 'values'> {
  const texts: Pick<ApiErrorToastState, 'title' | 'message' | 'values'> = {};
  if (typeof options.title === 'string' && options.title.trim()) texts.title = capText(options.title, TEXT_LIMITS.title);
  if (typeof options.message === 'string' && options.message.trim()) texts.message = capText(options.message, TEXT_LIMITS.message);
  if (typeof options.values === 'object' && options.values !== null) texts.values = options.values;
  return texts;
}
