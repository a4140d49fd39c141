import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMessageLookup, createToastStore, resolveNormalizedApiError, type ToastStore } from '../../src/core/index';
import { zhCN } from '../../src/locales/zh-CN';

const body = (code: number) => ({ success: false, code, message: 'x' });
const visibleCodes = (store: ToastStore, toasterId?: string) => store.getSnapshot(toasterId).visible.map((t) => t.error.code);

describe('toast store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows at most maxVisible toasts; the rest wait in order and move up when one closes', () => {
    const store = createToastStore();
    const ids = [2005, 600, 2011, 1001, 6005].map((code) => store.show(body(code))!);
    expect(visibleCodes(store)).toEqual([2005, 600, 2011]);
    expect(store.getSnapshot().queued.map((t) => t.error.code)).toEqual([1001, 6005]);
    store.dismiss(ids[1]);
    expect(visibleCodes(store)).toEqual([2005, 2011, 1001]);
    expect(store.getSnapshot().queued).toHaveLength(1);
  });

  it('counts a repeated failure on its live toast instead of stacking', () => {
    const store = createToastStore();
    const first = store.show(body(510));
    for (let i = 0; i < 9; i++) expect(store.show(body(510))).toBe(first);
    expect(store.getSnapshot().visible).toHaveLength(1);
    expect(store.getSnapshot().visible[0]!.count).toBe(10);
    expect(store.show(body(510), { dedupe: false })).not.toBe(first);
  });

  it('updates a toast in place by id', () => {
    const store = createToastStore();
    const id = store.show(body(500), { id: 'order-1' });
    expect(id).toBe('order-1');
    store.show(body(2005), { id: 'order-1' });
    const [toast] = store.getSnapshot().visible;
    expect(store.getSnapshot().visible).toHaveLength(1);
    expect(toast).toMatchObject({ id: 'order-1', count: 1, resolved: { key: 'balance_insufficient' } });
  });

  it('never toasts a cancelled request', () => {
    const store = createToastStore();
    expect(store.show(new DOMException('aborted', 'AbortError'))).toBeNull();
    expect(store.getSnapshot().visible).toEqual([]);
  });

  it('keeps errors, criticals and toasts with actions; closes the others after their severity’s duration', () => {
    const store = createToastStore();
    store.show(body(2005));
    store.show(body(401));
    store.show(body(0));
    expect(store.getSnapshot().visible.map((t) => t.duration)).toEqual([null, null, 5000]);
    vi.advanceTimersByTime(5000);
    expect(visibleCodes(store)).toEqual([2005, 401]);
    vi.advanceTimersByTime(60_000);
    expect(visibleCodes(store)).toEqual([2005, 401]);
  });

  it('honours an explicit duration and configured severity durations', () => {
    const store = createToastStore({ keepToastsWithActions: false, durations: { warning: 2000 } });
    store.show(body(510));
    store.show(body(2005), { duration: 1000 });
    vi.advanceTimersByTime(1000);
    expect(visibleCodes(store)).toEqual([510]);
    vi.advanceTimersByTime(1000);
    expect(visibleCodes(store)).toEqual([]);
  });

  it('starts a queued toast’s clock only when it becomes visible', () => {
    const store = createToastStore({ maxVisible: 1 });
    const first = store.show(body(2005))!;
    store.show(body(0));
    vi.advanceTimersByTime(10_000);
    expect(store.getSnapshot().queued).toHaveLength(1);
    store.dismiss(first);
    vi.advanceTimersByTime(4999);
    expect(visibleCodes(store)).toEqual([0]);
    vi.advanceTimersByTime(1);
    expect(visibleCodes(store)).toEqual([]);
  });

  it('pauses the clocks while any reason holds and resumes with the time that was left', () => {
    const store = createToastStore();
    store.show(body(0));
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

  it('clears every timer on dismiss', () => {
    const store = createToastStore();
    store.show(body(0));
    store.show(body(501), { duration: 3000 });
    expect(vi.getTimerCount()).toBe(2);
    store.dismiss();
    expect(vi.getTimerCount()).toBe(0);
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

  it('returns the same snapshot until something changes, and notifies subscribers', () => {
    const store = createToastStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.show(body(2005));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    unsubscribe();
    store.show(body(600));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('re-resolves live toasts when the locale changes, keeping per-toast texts', () => {
    const store = createToastStore();
    store.show(body(2005));
    store.show(body(600), { message: 'Price must be a number' });
    const lookup = createMessageLookup({ locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    store.setResolver((error, options) => resolveNormalizedApiError(error, lookup, options.values));
    const [margin, param] = store.getSnapshot().visible;
    expect(margin!.resolved.title).toBe(zhCN.balance_insufficient.title);
    expect(param!.resolved.message).toBe('Price must be a number');
  });

  it('still shows the toast when the resolver or a subscriber throws', () => {
    const store = createToastStore();
    store.setResolver(() => {
      throw new Error('broken i18n');
    });
    store.subscribe(() => {
      throw new Error('broken subscriber');
    });
    expect(() => store.show(body(2005))).not.toThrow();
    expect(store.getSnapshot().visible[0]!.resolved.title).toBe('Not enough margin');
  });
});
