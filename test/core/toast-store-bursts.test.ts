// The toast store under a storm: listeners hear once per burst, snapshots stay the same object until their
// toaster changes, and the waiting queue is bounded, the failures beyond it counted on one overflow toast.
// Speed is measured by the benchmark script (test/bench), never here.
import { describe, expect, it, vi } from 'vitest';
import { createToastStore, type ApiErrorToastState, type ShowApiErrorOptions, type ToastStore } from '../../src/core/index';

const body = (code: number) => ({ success: false, code, message: 'x' });
/** The arguments of one `show`. */
type Shown = [failure: ReturnType<typeof body>, options?: ShowApiErrorOptions];
/** Lets the store's microtask run: listeners hear the burst. */
const settle = () => Promise.resolve();

function toastsOf(store: ToastStore, toasterId?: string): ApiErrorToastState[] {
  const { visible, queued } = store.getSnapshot(toasterId);
  return [...visible, ...queued];
}

/** The toaster's overflow toast, if it has one. */
const overflowOf = (store: ToastStore, toasterId?: string) => toastsOf(store, toasterId).find((toast) => toast.kind === 'overflow');

/** The failures one toaster stands for: each failure toast's ×N plus the overflow toast's count. */
function failuresShown(store: ToastStore, toasterId?: string): number {
  return toastsOf(store, toasterId).reduce((sum, toast) => sum + toast.count, 0);
}

describe('toast store: normalizing', () => {
  it('gives the cleaned failure to any snapshot, even one read in the same tick as show', () => {
    const store = createToastStore();
    const id = store.show({ success: false, code: 2005, message: '<b>Balance</b> low apiKey=mx0aaaaaaaaaaaaaaaa' });
    expect(store.getSnapshot().visible).toEqual([
      expect.objectContaining({
        id,
        severity: 'error',
        error: expect.objectContaining({ serverMessage: 'Balance low apiKey=[redacted]' }),
      }),
    ]);
  });

  it('shows the newest report of a failure repeated within one burst', async () => {
    const store = createToastStore();
    const first = store.show({ success: false, code: 2005, message: 'first' });
    const second = store.show({ success: false, code: 2005, message: 'second' });
    expect(second).toBe(first);
    await settle();
    expect(store.getSnapshot().visible).toEqual([
      expect.objectContaining({ count: 2, error: expect.objectContaining({ serverMessage: 'second' }) }),
    ]);
  });

  it('keeps the shape of a failure counted on the overflow toast, never its raw text', () => {
    const store = createToastStore();
    store.registerToaster('default', { maxVisible: 1, maxQueued: 1 });
    store.show(body(2005));
    store.show({ success: false, code: 600, message: '<i>raw</i> secret=abc123def' });
    const overflow = overflowOf(store)!;
    expect(overflow.error).toMatchObject({ code: 600, serverMessage: 'raw secret=[redacted]' });
  });
});

describe('toast store: listeners', () => {
  it('hear once per burst, after it, however many changes it had', async () => {
    const store = createToastStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const first = store.show(body(2005))!;
    for (let i = 0; i < 50; i++) store.show(body(510));
    store.show(body(600), { toasterId: 'orders' });
    store.dismiss(first);
    expect(listener).not.toHaveBeenCalled();
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    store.show(body(2011));
    await settle();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.show(body(1001));
    await settle();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('still hear the burst when another listener throws', async () => {
    const store = createToastStore();
    const listener = vi.fn();
    store.subscribe(() => {
      throw new Error('broken subscriber');
    });
    store.subscribe(listener);
    expect(() => store.show(body(2005))).not.toThrow();
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('toast store: snapshots', () => {
  it('are the same object until something of that toaster changes', () => {
    const store = createToastStore();
    const empty = store.getSnapshot();
    expect(store.getSnapshot()).toBe(empty);
    const id = store.show(body(2005))!;
    const one = store.getSnapshot();
    expect(one).not.toBe(empty);
    expect(store.getSnapshot()).toBe(one);
    store.show(body(600), { toasterId: 'orders' });
    expect(store.getSnapshot()).toBe(one);
    store.show(body(2005));
    const counted = store.getSnapshot();
    expect(counted).not.toBe(one);
    expect(counted.visible[0]!.count).toBe(2);
    store.dismiss(id);
    expect(store.getSnapshot()).not.toBe(counted);
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });
});

describe('toast store: bounded queue', () => {
  it.each([
    ['distinct codes', (i: number): Shown => [body(100_000 + i)]],
    ['dedupe: false', (): Shown => [body(2005), { dedupe: false }]],
  ])('10,000 failures in one tick (%s): 100 wait at most, one overflow toast counts the rest', async (_how, failure) => {
    const store = createToastStore();
    const listener = vi.fn();
    store.subscribe(listener);
    for (let i = 0; i < 10_000; i++) store.show(...failure(i));
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);

    const { visible, queued } = store.getSnapshot();
    expect(visible).toHaveLength(3);
    expect(visible[2]!.kind).toBe('overflow');
    expect(queued.length).toBeLessThanOrEqual(100);
    const overflow = [...visible, ...queued].filter((toast) => toast.kind === 'overflow');
    expect(overflow).toHaveLength(1);
    const shown = [...visible, ...queued].filter((toast) => toast.kind === 'failure');
    // nothing silently lost
    expect(overflow[0]!.count).toBe(10_000 - shown.length);
    expect(failuresShown(store)).toBe(10_000);
    expect(overflow[0]).toMatchObject({ severity: 'error', error: { code: failure(shown.length)[0].code } });
  });

  it('shows the overflow toast at once, in the last visible place, and counts later failures on it', () => {
    const store = createToastStore();
    store.registerToaster('default', { maxVisible: 2, maxQueued: 2 });
    for (let code = 1; code <= 6; code++) store.show(body(100_000 + code));
    const { visible, queued } = store.getSnapshot();
    expect(visible.map((toast) => [toast.kind, toast.error.code])).toEqual([
      ['failure', 100_001],
      ['overflow', 100_004],
    ]);
    expect(queued.map((toast) => [toast.kind, toast.error.code])).toEqual([
      ['failure', 100_002],
      ['failure', 100_003],
    ]);
    const overflow = visible[1]!;
    expect(overflow.count).toBe(3);
    expect(store.show(body(100_007))).toBe(overflow.id);
    expect(overflowOf(store)!.count).toBe(4);
    expect(failuresShown(store)).toBe(7);
  });

  it('starts a new count once the overflow toast is dismissed', () => {
    const store = createToastStore();
    store.registerToaster('default', { maxVisible: 2, maxQueued: 2 });
    for (let code = 1; code <= 6; code++) store.show(body(100_000 + code));
    store.dismiss(overflowOf(store)!.id);
    expect(overflowOf(store)).toBeUndefined();
    expect(store.getSnapshot().visible.map((toast) => toast.error.code)).toEqual([100_001, 100_002]);
    expect(failuresShown(store)).toBe(3);
    store.show(body(100_007));
    expect(overflowOf(store)).toMatchObject({ count: 1, error: { code: 100_007 } });
  });

  it('queues failures again once there is room', () => {
    const store = createToastStore();
    store.registerToaster('default', { maxVisible: 2, maxQueued: 2 });
    const [first] = [1, 2, 3, 4, 5].map((code) => store.show(body(100_000 + code)));
    store.dismiss(first!);
    store.show(body(100_006));
    const failures = toastsOf(store).filter((toast) => toast.kind === 'failure');
    expect(failures.map((toast) => toast.error.code).sort()).toEqual([100_002, 100_003, 100_006]);
    expect(overflowOf(store)!.count).toBe(2);
  });

  it('keeps one overflow toast per toaster', () => {
    const store = createToastStore();
    for (const toasterId of ['default', 'orders']) store.registerToaster(toasterId, { maxVisible: 1, maxQueued: 1 });
    for (let code = 1; code <= 5; code++) {
      store.show(body(100_000 + code));
      store.show(body(100_000 + code), { toasterId: 'orders' });
    }
    for (const toasterId of ['default', 'orders']) {
      const kinds = toastsOf(store, toasterId).map((toast) => toast.kind);
      expect(
        kinds.filter((kind) => kind === 'overflow'),
        toasterId,
      ).toHaveLength(1);
      expect(store.getSnapshot(toasterId).queued.length, toasterId).toBeLessThanOrEqual(1);
      expect(failuresShown(store, toasterId), toasterId).toBe(5);
    }
  });
});

describe('toast store: registerToaster', () => {
  it('applies the newest registration; unregistering restores the one before, then the defaults', () => {
    const store = createToastStore();
    for (let code = 1; code <= 5; code++) store.show(body(100_000 + code));
    const outer = store.registerToaster('default', { maxVisible: 2 });
    const inner = store.registerToaster('default', { maxVisible: 1 });
    expect(store.getSnapshot().visible).toHaveLength(1);
    inner();
    expect(store.getSnapshot().visible).toHaveLength(2);
    outer();
    expect(store.getSnapshot().visible).toHaveLength(3);
  });

  it('re-times live toasts when durations change, and undoes it on unregister', () => {
    const store = createToastStore();
    store.show(body(0));
    store.show(body(510));
    const durations = () => store.getSnapshot().visible.map((toast) => toast.duration);
    expect(durations()).toEqual([5000, null]);
    const unregister = store.registerToaster('default', { durations: { info: 2000 }, keepToastsWithActions: false });
    expect(durations()).toEqual([2000, 8000]);
    unregister();
    expect(durations()).toEqual([5000, null]);
  });

  it('affects only its own toaster', () => {
    const store = createToastStore();
    store.registerToaster('orders', { maxVisible: 1 });
    for (let code = 1; code <= 3; code++) {
      store.show(body(100_000 + code));
      store.show(body(100_000 + code), { toasterId: 'orders' });
    }
    expect(store.getSnapshot().visible).toHaveLength(3);
    expect(store.getSnapshot('orders').visible).toHaveLength(1);
  });
});
