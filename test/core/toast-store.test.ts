// The toast store: queues per toaster, dedupe (×N), updates by id, and the auto-dismiss clocks. It holds
// errors, never texts. Bursts, snapshots, the bounded queue and toaster options: toast-store-bursts.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createToastStore, type ToastStore } from '../../src/core/index';

const body = (code: number) => ({ success: false, code, message: 'x' });
const visibleCodes = (store: ToastStore, toasterId?: string) => store.getSnapshot(toasterId).visible.map((t) => t.error.code);
/** Lets the store's microtask run: clocks of visible toasts start, listeners hear the burst. */
const settle = () => Promise.resolve();

describe('toast store: queues', () => {
  it('shows at most three toasts; the rest wait in order and move up when one closes', () => {
    const store = createToastStore();
    const ids = [2005, 600, 2011, 1001, 6005].map((code) => store.show(body(code))!);
    expect(visibleCodes(store)).toEqual([2005, 600, 2011]);
    expect(store.getSnapshot().queued.map((t) => t.error.code)).toEqual([1001, 6005]);
    store.dismiss(ids[1]);
    expect(visibleCodes(store)).toEqual([2005, 2011, 1001]);
    expect(store.getSnapshot().queued).toHaveLength(1);
  });

  it('keeps separate queues per toaster', () => {
    const store = createToastStore();
    store.registerToaster('orders', { maxVisible: 1 });
    store.show(body(2005), { toasterId: 'orders' });
    store.show(body(2011), { toasterId: 'orders' });
    store.show(body(2005));
    expect(visibleCodes(store, 'orders')).toEqual([2005]);
    expect(store.getSnapshot('orders').queued).toHaveLength(1);
    expect(visibleCodes(store)).toEqual([2005]);
  });

  it('holds the normalized error and what was asked of the toast, never resolved texts', () => {
    const store = createToastStore();
    const id = store.show(body(600), { title: 'T'.repeat(5000), message: 'Price must be a number', values: { field: 'price' } });
    const [toast] = store.getSnapshot().visible;
    expect(toast).toMatchObject({
      id,
      toasterId: 'default',
      kind: 'failure',
      error: { catalog: 'futures', code: 600, source: 'api', serverMessage: 'x' },
      severity: 'warning',
      message: 'Price must be a number',
      values: { field: 'price' },
      count: 1,
    });
    expect(toast!.title).toHaveLength(200);
    expect(toast).not.toHaveProperty('resolved');
    expect(toast).not.toHaveProperty('custom');
  });

  it('never toasts a cancelled request or nothing', () => {
    const store = createToastStore();
    expect(store.show(new DOMException('aborted', 'AbortError'))).toBeNull();
    expect(store.show(null)).toBeNull();
    expect(store.show(undefined)).toBeNull();
    expect(store.getSnapshot().visible).toEqual([]);
  });

  it('still shows the failure when its options are hostile', () => {
    const store = createToastStore();
    const options = Object.defineProperty({}, 'toasterId', {
      get() {
        throw new Error('hostile');
      },
    });
    expect(store.show(body(2005), options)).not.toBeNull();
    expect(visibleCodes(store)).toEqual([2005]);
  });
});

describe('toast store: the same failure again', () => {
  it('counts a repeated failure on its live toast instead of stacking', () => {
    const store = createToastStore();
    const first = store.show(body(510));
    for (let i = 0; i < 9; i++) expect(store.show(body(510))).toBe(first);
    expect(store.getSnapshot().visible).toHaveLength(1);
    expect(store.getSnapshot().visible[0]!.count).toBe(10);
    expect(store.show(body(510), { dedupe: false })).not.toBe(first);
  });

  it('never merges the same number from two code spaces, or two toasters', () => {
    const store = createToastStore();
    const futures = store.show(body(20));
    const order = store.show({ channel: 'push.personal.order', data: { orderId: '1', state: 4, errorCode: 20 } });
    const elsewhere = store.show(body(20), { toasterId: 'orders' });
    expect(new Set([futures, order, elsewhere]).size).toBe(3);
    expect(store.getSnapshot().visible.map((t) => t.error.catalog)).toEqual(['futures', 'order']);
  });

  it('counts one failure object once when asked to (two callers reporting the same failure)', () => {
    const store = createToastStore();
    const failure = new Error('boom');
    const id = store.show(failure, { once: true });
    expect(store.show(failure, { once: true })).toBe(id);
    expect(store.getSnapshot().visible[0]!.count).toBe(1);
    expect(store.show(failure)).toBe(id);
    expect(store.getSnapshot().visible[0]!.count).toBe(2);
  });

  it('updates a toast in place by id: new failure and texts, no ×N', () => {
    const store = createToastStore();
    const id = store.show(body(500), { id: 'order-1', message: 'Placing…' });
    expect(id).toBe('order-1');
    store.show(body(2005), { id: 'order-1' });
    expect(store.getSnapshot().visible).toHaveLength(1);
    const [toast] = store.getSnapshot().visible;
    expect(toast).toMatchObject({ id: 'order-1', count: 1, severity: 'error', error: { code: 2005 } });
    expect(toast!.message).toBeUndefined();
  });
});

describe('toast store: clocks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps errors, criticals and toasts with actions; closes the others after their severity’s duration', async () => {
    const store = createToastStore();
    store.show(body(2005));
    store.show(body(401));
    store.show(body(0));
    expect(store.getSnapshot().visible.map((t) => t.duration)).toEqual([null, null, 5000]);
    await settle();
    vi.advanceTimersByTime(5000);
    expect(visibleCodes(store)).toEqual([2005, 401]);
    vi.advanceTimersByTime(60_000);
    expect(visibleCodes(store)).toEqual([2005, 401]);
  });

  it('honours an explicit duration and the toaster’s registered durations', async () => {
    const store = createToastStore();
    store.registerToaster('default', { keepToastsWithActions: false, durations: { warning: 2000 } });
    store.show(body(510));
    store.show(body(2005), { duration: 1000 });
    await settle();
    vi.advanceTimersByTime(1000);
    expect(visibleCodes(store)).toEqual([510]);
    vi.advanceTimersByTime(1000);
    expect(visibleCodes(store)).toEqual([]);
  });

  it('starts a queued toast’s clock only when it becomes visible', async () => {
    const store = createToastStore();
    store.registerToaster('default', { maxVisible: 1 });
    const first = store.show(body(2005))!;
    store.show(body(0));
    await settle();
    vi.advanceTimersByTime(10_000);
    expect(store.getSnapshot().queued).toHaveLength(1);
    store.dismiss(first);
    await settle();
    vi.advanceTimersByTime(4999);
    expect(visibleCodes(store)).toEqual([0]);
    vi.advanceTimersByTime(1);
    expect(visibleCodes(store)).toEqual([]);
  });

  it('starts the clock over when the failure arrives again', async () => {
    const store = createToastStore();
    store.show(body(0));
    await settle();
    vi.advanceTimersByTime(4000);
    store.show(body(0));
    await settle();
    vi.advanceTimersByTime(4000);
    expect(store.getSnapshot().visible[0]).toMatchObject({ count: 2 });
    vi.advanceTimersByTime(1000);
    expect(visibleCodes(store)).toEqual([]);
  });

  it('pauses the clocks while any reason holds and resumes with the time that was left', async () => {
    const store = createToastStore();
    store.show(body(0));
    await settle();
    vi.advanceTimersByTime(3000);
    store.pause('default', 'hover');
    store.pause('default', 'hidden');
    vi.advanceTimersByTime(60_000);
    store.resume('default', 'hover');
    vi.advanceTimersByTime(60_000);
    expect(visibleCodes(store)).toEqual([0]);
    store.resume('default', 'hidden');
    vi.advanceTimersByTime(1999);
    expect(visibleCodes(store)).toEqual([0]);
    vi.advanceTimersByTime(1);
    expect(visibleCodes(store)).toEqual([]);
  });

  it('holds clocks for visible toasts only, and clears every one on dismiss', async () => {
    const store = createToastStore();
    for (let i = 0; i < 20; i++) store.show(body(0), { dedupe: false });
    await settle();
    expect(vi.getTimerCount()).toBe(3);
    store.dismiss();
    await settle();
    expect(vi.getTimerCount()).toBe(0);
    expect(store.getSnapshot()).toEqual({ visible: [], queued: [] });
  });
});
