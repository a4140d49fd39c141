import type { PauseReason } from './types.js';

interface Timer {
  toasterId: string;
  remaining: number;
  startedAt: number;
  handle: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Auto-dismiss clocks of visible toasts, paused per toaster while any pause reason holds
 * (hover, focus, hidden document). A paused clock keeps its remaining time.
 */
export function createToastTimers(onExpire: (id: string) => void) {
  const timers = new Map<string, Timer>();
  const pauses = new Map<string, Set<PauseReason>>();

  const isPaused = (toasterId: string) => (pauses.get(toasterId)?.size ?? 0) > 0;

  function start(id: string, timer: Timer) {
    timer.startedAt = Date.now();
    timer.handle = setTimeout(() => {
      timers.delete(id);
      onExpire(id);
    }, timer.remaining);
  }

  function stop(timer: Timer) {
    if (timer.handle === undefined) return;
    clearTimeout(timer.handle);
    timer.handle = undefined;
    timer.remaining = Math.max(0, timer.remaining - (Date.now() - timer.startedAt));
  }

  function clear(id: string) {
    const timer = timers.get(id);
    if (timer?.handle !== undefined) clearTimeout(timer.handle);
    timers.delete(id);
  }

  return {
    /** Makes sure a visible toast's clock runs (or not, for `null`); an existing clock keeps going. */
    run(id: string, toasterId: string, duration: number | null) {
      if (duration === null || !Number.isFinite(duration)) {
        clear(id);
        return;
      }
      if (timers.has(id)) return;
      const timer: Timer = { toasterId, remaining: duration, startedAt: 0, handle: undefined };
      timers.set(id, timer);
      if (!isPaused(toasterId)) start(id, timer);
    },
    /** Forgets a clock so the next `run` starts it afresh (the failure arrived again). */
    restart: clear,
    clear,
    clearAll() {
      for (const id of [...timers.keys()]) clear(id);
    },
    pause(toasterId: string, reason: PauseReason) {
      const reasons = pauses.get(toasterId) ?? new Set<PauseReason>();
      reasons.add(reason);
      pauses.set(toasterId, reasons);
      for (const timer of timers.values()) if (timer.toasterId === toasterId) stop(timer);
    },
    resume(toasterId: string, reason: PauseReason) {
      const reasons = pauses.get(toasterId);
      reasons?.delete(reason);
      if (isPaused(toasterId)) return;
      for (const [id, timer] of timers) if (timer.toasterId === toasterId && timer.handle === undefined) start(id, timer);
    },
  };
}
