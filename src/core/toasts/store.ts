import { TEXT_LIMITS, capText } from '../text/cap-text';
import { getApiErrorDefinition } from '../catalogs/definition';
import { createMessageLookup } from '../text/lookup';
import { normalizeApiError } from '../errors/normalize';
import { resolveNormalizedApiError, type ResolvedApiError } from '../text/resolve';
import { createToastTimers } from './timers';
import {
  DEFAULT_TOASTER_ID,
  type ApiErrorToastState,
  type PauseReason,
  type ShowApiErrorOptions,
  type ToastDurations,
  type ToasterSnapshot,
  type ToastResolver,
} from './types';
import type { ApiError } from '../types';

/** Options of {@link createToastStore}. */
export interface ToastStoreOptions {
  /** Toasts shown at once per toaster; the rest wait in order. Default 3. */
  maxVisible?: number;
  /** Auto-dismiss delays by severity. Default: info 5 s, warning 8 s, error and critical stay. */
  durations?: Partial<ToastDurations>;
  /** Keep toasts that offer actions until dismissed (a trader may need time to act). Default `true`. */
  keepToastsWithActions?: boolean;
}

/** A framework-free queue of error toasts. Subscribe from any UI; `useSyncExternalStore` fits it. */
export interface ToastStore {
  /** Shows a failure (anything `normalizeApiError` accepts). Returns the toast id, or `null` for a cancelled request. */
  show(error: unknown, options?: ShowApiErrorOptions): string | null;
  /** Closes one toast, or every toast when no id is given. Clears its timers. */
  dismiss(id?: string): void;
  /** The toasts of one toaster; the same object until something changes. */
  getSnapshot(toasterId?: string): ToasterSnapshot;
  subscribe(listener: () => void): () => void;
  /** Registers a toaster's limit of visible toasts; returns the unregister function. */
  registerToaster(toasterId: string, options?: { maxVisible?: number }): () => void;
  /** Stops the auto-dismiss clocks of a toaster (hover, focus, hidden tab...). */
  pause(toasterId: string, reason: PauseReason): void;
  resume(toasterId: string, reason: PauseReason): void;
  /** Installs how failures become texts (the provider's locale) and re-resolves every live toast. */
  setResolver(resolver: ToastResolver | null): void;
  /** Changes defaults such as durations or max visible for toasts shown from now on. */
  configure(options: ToastStoreOptions): void;
}

const DEFAULT_DURATIONS: ToastDurations = { info: 5000, warning: 8000, error: null, critical: null };
const englishLookup = createMessageLookup();
const englishResolver: ToastResolver = (error, options) => resolveNormalizedApiError(error, englishLookup, options.values);

interface Entry {
  state: ApiErrorToastState;
  options: ShowApiErrorOptions;
  dedupeKey: string | null;
}

function dedupeKeyOf(error: ApiError): string {
  return [getApiErrorDefinition(error).key, error.code, error.source, error.httpStatus].join('|');
}

function customTexts(options: ShowApiErrorOptions): ApiErrorToastState['custom'] {
  const custom: ApiErrorToastState['custom'] = {};
  if (typeof options.title === 'string' && options.title.trim()) custom.title = capText(options.title, TEXT_LIMITS.title);
  if (typeof options.message === 'string' && options.message.trim()) custom.message = capText(options.message, TEXT_LIMITS.message);
  return custom;
}

function sameTexts(a: ResolvedApiError, b: ResolvedApiError): boolean {
  return (
    a.title === b.title &&
    a.message === b.message &&
    a.locale === b.locale &&
    a.actions.length === b.actions.length &&
    a.actions.every((action, index) => action.label === b.actions[index]?.label)
  );
}

function sameSettings(a: ToastStoreOptions, b: ToastStoreOptions): boolean {
  const durations = (o: ToastStoreOptions) => JSON.stringify(o.durations ?? null);
  return a.maxVisible === b.maxVisible && a.keepToastsWithActions === b.keepToastsWithActions && durations(a) === durations(b);
}

let nextId = 0;

/** Creates an independent toast store (the kit's default one is `apiErrorToastStore`). */
export function createToastStore(initial: ToastStoreOptions = {}): ToastStore {
  let settings = { ...initial };
  let resolver: ToastResolver = englishResolver;
  let entries: Entry[] = [];
  const listeners = new Set<() => void>();
  const toasterLimits = new Map<string, (number | undefined)[]>();
  const snapshots = new Map<string, ToasterSnapshot>();
  const timers = createToastTimers((id) => dismiss(id));
  // Which toast each failure object went to, for `once`.
  const shownInputs = new WeakMap<object, string>();

  function maxVisibleOf(toasterId: string): number {
    // The newest toaster's own limit wins; without one, the store's current default applies.
    const registered = toasterLimits.get(toasterId);
    const limit = registered?.[registered.length - 1] ?? settings.maxVisible ?? 3;
    return Math.max(1, Math.floor(limit));
  }

  function durationOf(state: Omit<ApiErrorToastState, 'duration'>, options: ShowApiErrorOptions): number | null {
    if (options.duration !== undefined) return options.duration === null || !(options.duration > 0) ? null : options.duration;
    if ((settings.keepToastsWithActions ?? true) && state.resolved.actions.length > 0) return null;
    const durations = { ...DEFAULT_DURATIONS, ...settings.durations };
    return durations[state.resolved.severity];
  }

  function resolve(error: ApiError, options: ShowApiErrorOptions) {
    let resolved;
    try {
      resolved = resolver(error, options);
    } catch {
      resolved = englishResolver(error, options);
    }
    return { ...resolved, ...customTexts(options) };
  }

  function emit() {
    snapshots.clear();
    const visibleIds = new Set<string>();
    for (const toasterId of new Set(entries.map((entry) => entry.state.toasterId))) {
      for (const toast of getSnapshot(toasterId).visible) visibleIds.add(toast.id);
    }
    for (const entry of entries) {
      // A toast pushed back into the queue (a smaller maxVisible) must not expire unseen.
      if (visibleIds.has(entry.state.id)) timers.run(entry.state.id, entry.state.toasterId, entry.state.duration);
      else timers.clear(entry.state.id);
    }
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // one broken subscriber must not stop the others from seeing the change
      }
    }
  }

  function getSnapshot(toasterId: string = DEFAULT_TOASTER_ID): ToasterSnapshot {
    const cached = snapshots.get(toasterId);
    if (cached) return cached;
    const mine = entries.filter((entry) => entry.state.toasterId === toasterId).map((entry) => entry.state);
    const limit = maxVisibleOf(toasterId);
    const snapshot = { visible: mine.slice(0, limit), queued: mine.slice(limit) };
    snapshots.set(toasterId, snapshot);
    return snapshot;
  }

  function show(input: unknown, options: ShowApiErrorOptions = {}): string | null {
    try {
      return showOrThrow(input, options);
    } catch {
      // Hostile options (a getter that throws, say): still show the failure, with defaults.
      return showOrThrow(input, {});
    }
  }

  function showOrThrow(input: unknown, options: ShowApiErrorOptions): string | null {
    if (input === null || input === undefined) return null;
    const sameFailure = options.once && typeof input === 'object' ? shownInputs.get(input) : undefined;
    if (sameFailure !== undefined && entries.some((entry) => entry.state.id === sameFailure)) return sameFailure;
    const id = showNew(input, options);
    if (id !== null && typeof input === 'object') shownInputs.set(input, id);
    return id;
  }

  function showNew(input: unknown, options: ShowApiErrorOptions): string | null {
    const error = normalizeApiError(input, options.context);
    if (error.source === 'aborted') return null;
    const toasterId = options.toasterId ?? DEFAULT_TOASTER_ID;
    const now = Date.now();
    const dedupeKey = options.dedupe === false ? null : dedupeKeyOf(error);
    // An explicit id addresses exactly that toast; only id-less shows merge by failure kind.
    const existing =
      options.id !== undefined
        ? entries.find((entry) => entry.state.id === options.id)
        : dedupeKey === null
          ? undefined
          : entries.find((entry) => entry.dedupeKey === dedupeKey && entry.state.toasterId === toasterId);
    const resolved = resolve(error, options);
    const custom = customTexts(options);
    if (existing) {
      const count = existing.state.count + (options.id === undefined ? 1 : 0);
      const base = { ...existing.state, toasterId, error, resolved, custom, values: options.values, updatedAt: now, count };
      const state = { ...base, duration: durationOf(base, options) };
      existing.state = state;
      existing.options = options;
      existing.dedupeKey = dedupeKey;
      timers.restart(state.id);
      emit();
      return state.id;
    }
    const id = options.id ?? `mek-${++nextId}`;
    const base = { id, toasterId, error, resolved, custom, values: options.values, count: 1, createdAt: now, updatedAt: now };
    entries = [...entries, { state: { ...base, duration: durationOf(base, options) }, options, dedupeKey }];
    emit();
    return id;
  }

  function dismiss(id?: string) {
    const before = entries.length;
    entries = id === undefined ? [] : entries.filter((entry) => entry.state.id !== id);
    if (id === undefined) timers.clearAll();
    else timers.clear(id);
    if (entries.length !== before) emit();
  }

  function setResolver(next: ToastResolver | null) {
    resolver = next ?? englishResolver;
    let changed = false;
    entries = entries.map((entry) => {
      const resolved = resolve(entry.state.error, entry.options);
      if (sameTexts(resolved, entry.state.resolved)) return entry;
      changed = true;
      return { ...entry, state: { ...entry.state, resolved } };
    });
    // Providers re-install an equal resolver on every render with inline props: that is not a change.
    if (changed) emit();
  }

  return {
    show,
    dismiss,
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    registerToaster(toasterId, options = {}) {
      const limits = toasterLimits.get(toasterId) ?? [];
      limits.push(options.maxVisible);
      toasterLimits.set(toasterId, limits);
      emit();
      return () => {
        limits.splice(limits.lastIndexOf(options.maxVisible), 1);
        if (limits.length === 0) toasterLimits.delete(toasterId);
        emit();
      };
    },
    pause: (toasterId, reason) => timers.pause(toasterId, reason),
    resume: (toasterId, reason) => timers.resume(toasterId, reason),
    setResolver,
    configure(options) {
      const next = { ...settings, ...options };
      if (sameSettings(next, settings)) return;
      settings = next;
      emit();
    },
  };
}

/** The store behind `showApiError`, `dismissApiError` and every `<ApiErrorToaster>` without a `store` prop. */
export const apiErrorToastStore: ToastStore = createToastStore();

/**
 * Shows a failure as a toast from anywhere: an event handler, a QueryCache callback, a WebSocket
 * listener. Returns the toast id (pass it as `options.id` to update in place), or `null` for a
 * cancelled request, which never toasts.
 *
 * @example
 * try { await placeOrder(); } catch (error) { showApiError(error); }
 */
export function showApiError(error: unknown, options?: ShowApiErrorOptions): string | null {
  return apiErrorToastStore.show(error, options);
}

/** Closes the toast with this id, or every toast when called without one. */
export function dismissApiError(id?: string): void {
  apiErrorToastStore.dismiss(id);
}
