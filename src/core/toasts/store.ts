import { getApiErrorDefinition } from '../catalogs/index.js';
import { normalizeApiError, normalizeShape } from '../errors/normalize.js';
import type { ApiError } from '../types.js';
import { DEFAULT_SETTINGS, dedupeKeyOf, durationOf, normalizePending, ownTexts, settingsOf, withoutText } from './rules.js';
import type { Entry, PendingFailure, Settings } from './rules.js';
import { createToastTimers } from './timers.js';
import {
  DEFAULT_TOASTER_ID,
  type ApiErrorToastState,
  type PauseReason,
  type ShowApiErrorOptions,
  type ToasterSnapshot,
  type ToastOptions,
} from './types.js';

/**
 * A framework-free queue of failures to show as toasts, one queue per toaster. It holds errors, never
 * texts. Show, update, dedupe and dismiss take constant time; listeners hear once per burst (a
 * microtask); only visible toasts hold timers; the queue is bounded. Subscribe from any UI;
 * `useSyncExternalStore` fits it.
 */
export interface ToastStore {
  /** Shows a failure (anything `normalizeApiError` accepts). Returns the toast id, or `null` for a cancelled request or no failure. */
  show(error: unknown, options?: ShowApiErrorOptions): string | null;
  /** Closes one toast, or every toast when no id is given. */
  dismiss(id?: string): void;
  /** The toasts of one toaster; the same object until something of that toaster changes. */
  getSnapshot(toasterId?: string): ToasterSnapshot;
  /** Calls `listener` after each burst of changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Applies a toaster's options (the newest registration wins); returns the unregister function. */
  registerToaster(toasterId: string, options?: ToastOptions): () => void;
  /** Stops the auto-dismiss clocks of a toaster (hover, focus, hidden tab...). */
  pause(toasterId: string, reason: PauseReason): void;
  /** Lets them run again once no reason is left. */
  resume(toasterId: string, reason: PauseReason): void;
}

interface Toaster {
  id: string;
  /** Its toasts in arrival order: the first `maxVisible` are visible. */
  entries: Map<string, Entry>;
  registrations: ToastOptions[];
  settings: Settings;
  overflow: Entry | undefined;
  /** What the overflow toast stands for, applied to its state when a snapshot is built. */
  overflowCount: number;
  overflowAt: number;
  snapshot: ToasterSnapshot | undefined;
  /** Ids that held a clock after the last flush. */
  timed: Set<string>;
}

const EMPTY: ToasterSnapshot = { visible: [], queued: [] };

const schedule: (task: () => void) => void =
  typeof queueMicrotask === 'function' ? queueMicrotask : (task) => void Promise.resolve().then(task);

let nextId = 0;

/** Creates an independent toast store (the kit's default one backs `showApiError`). */
export function createToastStore(): ToastStore {
  const byId = new Map<string, Entry>();
  const toasters = new Map<string, Toaster>();
  const dedupeIndex = new Map<string, string>();
  const listeners = new Set<() => void>();
  const dirty = new Set<Toaster>();
  const timers = createToastTimers((id) => dismiss(id));
  // Which toast each failure object went to, for `once`.
  const shownInputs = new WeakMap<object, string>();
  let flushScheduled = false;

  function toasterOf(id: string): Toaster {
    let toaster = toasters.get(id);
    if (!toaster) {
      toaster = {
        id,
        entries: new Map(),
        registrations: [],
        settings: DEFAULT_SETTINGS,
        overflow: undefined,
        overflowCount: 0,
        overflowAt: 0,
        snapshot: undefined,
        timed: new Set(),
      };
      toasters.set(id, toaster);
    }
    return toaster;
  }

  function changed(toaster: Toaster) {
    toaster.snapshot = undefined;
    dirty.add(toaster);
    if (flushScheduled) return;
    flushScheduled = true;
    schedule(flush);
  }

  // Once per burst: clocks for what became visible, none for what is gone, then one notification.
  function flush() {
    flushScheduled = false;
    for (const toaster of dirty) {
      const visible = new Set<string>();
      for (const toast of getSnapshot(toaster.id).visible) {
        visible.add(toast.id);
        timers.run(toast.id, toaster.id, toast.duration);
      }
      for (const id of toaster.timed) if (!visible.has(id)) timers.clear(id);
      toaster.timed = visible;
      if (toaster.entries.size === 0 && toaster.registrations.length === 0) toasters.delete(toaster.id);
    }
    dirty.clear();
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // one broken subscriber must not stop the others from seeing the change
      }
    }
  }

  function getSnapshot(toasterId: string = DEFAULT_TOASTER_ID): ToasterSnapshot {
    const toaster = toasters.get(toasterId);
    if (!toaster) return EMPTY;
    if (toaster.snapshot) return toaster.snapshot;
    const overflow = toaster.overflow;
    if (overflow && overflow.state.count !== toaster.overflowCount) {
      overflow.state = { ...overflow.state, count: toaster.overflowCount, updatedAt: toaster.overflowAt };
    }
    // The overflow toast takes the last visible place at once: a storm is announced while it happens,
    // not after the trader has dismissed the hundred toasts waiting before it.
    const slots = toaster.settings.maxVisible - (overflow ? 1 : 0);
    const visible: ApiErrorToastState[] = [];
    const queued: ApiErrorToastState[] = [];
    for (const entry of toaster.entries.values()) {
      if (entry.pending) normalizePending(entry, toaster.settings);
      if (entry !== overflow) (visible.length < slots ? visible : queued).push(entry.state);
    }
    if (overflow) visible.push(overflow.state);
    toaster.snapshot = { visible, queued };
    return toaster.snapshot;
  }

  function update(entry: Entry, next: Partial<ApiErrorToastState>) {
    entry.state = { ...entry.state, ...next };
    changed(toasterOf(entry.state.toasterId));
  }

  function add(toaster: Toaster, entry: Entry) {
    byId.set(entry.state.id, entry);
    toaster.entries.set(entry.state.id, entry);
    if (entry.dedupeKey !== null) dedupeIndex.set(entry.dedupeKey, entry.state.id);
    changed(toaster);
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
    const isObject = typeof input === 'object';
    const sameFailure = options.once && isObject ? shownInputs.get(input) : undefined;
    if (sameFailure !== undefined && byId.has(sameFailure)) return sameFailure;
    const id = showNew(input, options);
    // Only failures on a toast of their own are remembered: a storm counted on the overflow toast
    // leaves nothing behind (a second report of one of them is counted again, on that summary).
    if (id !== null && isObject && byId.get(id)?.state.kind === 'failure') shownInputs.set(input, id);
    return id;
  }

  function showNew(input: unknown, options: ShowApiErrorOptions): string | null {
    const addressed = options.id === undefined ? undefined : byId.get(options.id);
    if (addressed) return replace(addressed, normalizeApiError(input, options.context), options);
    const toasterId = typeof options.toasterId === 'string' ? options.toasterId : DEFAULT_TOASTER_ID;
    const toaster = toasterOf(toasterId);
    const shape = normalizeShape(input, options.context);
    if (shape.source === 'aborted') return null;
    const dedupe = options.dedupe !== false && options.id === undefined;
    const dedupeKey = dedupe ? `${toasterId}\u0000${dedupeKeyOf(shape, getApiErrorDefinition(shape).key)}` : null;
    const live = dedupeKey === null ? undefined : byId.get(dedupeIndex.get(dedupeKey) ?? '');
    const pending: PendingFailure = { input, context: options.context };
    if (live) return repeat(live, pending, options);
    // A full queue keeps nothing of a new failure but a count.
    if (isFull(toaster)) return countOverflow(toaster, shape, pending);
    const now = Date.now();
    const id = options.id ?? `mek-${++nextId}`;
    // Its severity, actions and so its duration come from the normalized failure (normalizePending), which
    // every snapshot has: nothing reads these placeholders.
    const state: ApiErrorToastState = {
      id,
      toasterId,
      kind: 'failure',
      error: withoutText(shape),
      severity: 'error',
      ...ownTexts(options),
      count: 1,
      createdAt: now,
      updatedAt: now,
      duration: null,
    };
    add(toaster, { state, dedupeKey, hasActions: false, ownDuration: options.duration, pending });
    return id;
  }

  // An explicit id updates exactly that toast: new failure and texts, no ×N, a fresh clock.
  function replace(addressed: Entry, error: ApiError, options: ShowApiErrorOptions): string {
    const definition = getApiErrorDefinition(error);
    const texts = ownTexts(options);
    addressed.ownDuration = options.duration;
    addressed.hasActions = definition.actions.length > 0;
    addressed.pending = undefined;
    timers.clear(addressed.state.id);
    const next = {
      ...addressed.state,
      error,
      severity: definition.severity,
      title: texts.title,
      message: texts.message,
      values: texts.values,
    };
    update(addressed, {
      ...next,
      updatedAt: Date.now(),
      duration: durationOf({ ...addressed, state: next }, toasterOf(next.toasterId).settings),
    });
    return addressed.state.id;
  }

  // The failure arrived again while its toast is live: ×N, its newest report shown, and its clock starts over.
  function repeat(live: Entry, pending: PendingFailure, options: ShowApiErrorOptions): string {
    timers.clear(live.state.id);
    live.pending = pending;
    update(live, { ...ownTexts(options), count: live.state.count + 1, updatedAt: Date.now() });
    return live.state.id;
  }

  // Visible slots taken and the queue full (its last place kept for the overflow toast).
  function isFull(toaster: Toaster): boolean {
    const { maxVisible, maxQueued } = toaster.settings;
    const queued = Math.max(0, toaster.entries.size - maxVisible);
    return toaster.entries.size >= maxVisible && queued >= maxQueued - (toaster.overflow ? 0 : 1);
  }

  // The toaster's overflow toast counts the failure; made on first need from that failure. The count
  // is written into the toast's state once per burst (see getSnapshot), not once per failure.
  function countOverflow(toaster: Toaster, shape: ApiError, pending: PendingFailure): string {
    const existing = toaster.overflow;
    if (existing && byId.has(existing.state.id)) {
      toaster.overflowCount++;
      toaster.overflowAt = Date.now();
      changed(toaster);
      return existing.state.id;
    }
    const now = Date.now();
    const state: ApiErrorToastState = {
      id: `mek-${++nextId}`,
      toasterId: toaster.id,
      kind: 'overflow',
      error: withoutText(shape),
      severity: 'error',
      count: 1,
      createdAt: now,
      updatedAt: now,
      duration: null,
    };
    toaster.overflow = { state, dedupeKey: null, hasActions: false, ownDuration: null, pending };
    toaster.overflowCount = 1;
    toaster.overflowAt = now;
    add(toaster, toaster.overflow);
    return state.id;
  }

  function remove(entry: Entry) {
    const toaster = toasterOf(entry.state.toasterId);
    byId.delete(entry.state.id);
    toaster.entries.delete(entry.state.id);
    if (entry.dedupeKey !== null && dedupeIndex.get(entry.dedupeKey) === entry.state.id) dedupeIndex.delete(entry.dedupeKey);
    if (toaster.overflow === entry) toaster.overflow = undefined;
    timers.clear(entry.state.id);
    changed(toaster);
  }

  function dismiss(id?: string) {
    if (id !== undefined) {
      const entry = byId.get(id);
      if (entry) remove(entry);
      return;
    }
    for (const entry of [...byId.values()]) remove(entry);
  }

  function registerToaster(toasterId: string, options: ToastOptions = {}) {
    const toaster = toasterOf(toasterId);
    const registration = { ...options };
    const apply = () => {
      toaster.settings = settingsOf(toaster.registrations);
      for (const entry of toaster.entries.values()) {
        const duration = durationOf(entry, toaster.settings);
        if (duration !== entry.state.duration) entry.state = { ...entry.state, duration };
      }
      changed(toaster);
    };
    toaster.registrations.push(registration);
    apply();
    return () => {
      const at = toaster.registrations.indexOf(registration);
      if (at >= 0) toaster.registrations.splice(at, 1);
      apply();
    };
  }

  return {
    show,
    dismiss,
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    registerToaster,
    pause: (toasterId, reason) => timers.pause(toasterId, reason),
    resume: (toasterId, reason) => timers.resume(toasterId, reason),
  };
}
