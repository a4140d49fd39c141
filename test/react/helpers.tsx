// Shared helpers of the React tests (not a test file itself).
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, vi } from 'vitest';
import { createToastStore, type ToastStore } from '../../src/core/index';
import enCommon from '../../src/locales/en/common';
import enFutures from '../../src/locales/en/futures';
import enOrder from '../../src/locales/en/order';
import zhCommon from '../../src/locales/zh-CN/common';
import zhFutures from '../../src/locales/zh-CN/futures';
import zhOrder from '../../src/locales/zh-CN/order';
import { ApiErrorProvider, type ApiErrorProviderProps } from '../../src/react/ApiErrorProvider';
import { ApiErrorToaster, type ApiErrorToasterProps } from '../../src/react/ApiErrorToaster';

/** The kit's English and Simplified Chinese texts, read from the locale files (plain strings, for assertions). */
export const en = { ...enCommon, ...enFutures, ...enOrder };
export const zh = { ...zhCommon, ...zhFutures, ...zhOrder };

/** A MEXC futures failure body, as the API sends it. */
export const body = (code: number, message = 'x') => ({ success: false, code, message });

/** Vitest runs without globals here, so Testing Library cannot register its own cleanup. */
export function registerCleanup() {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

/**
 * Shows a failure through the store and lets React render it: the store tells its listeners once per
 * microtask, which `act(async …)` waits for.
 */
export async function showIn(store: ToastStore, ...args: Parameters<ToastStore['show']>): Promise<string | null> {
  let id: string | null = null;
  await act(async () => {
    id = store.show(...args);
  });
  return id;
}

/** Business codes of the rendered toasts, in DOM order. */
export function renderedCodes(root: ParentNode = document): (string | null)[] {
  return Array.from(root.querySelectorAll('[data-mek-toast-slot] [data-mek-toast]')).map((toast) => toast.getAttribute('data-code'));
}

/** The toaster slot (the focusable wrapper) around the toast element. */
export function slotOf(toast: HTMLElement): HTMLElement {
  const slot = toast.closest<HTMLElement>('[data-mek-toast-slot]');
  if (!slot) throw new Error('not inside a toaster slot');
  return slot;
}

/** A panel that throws `failure()` while `state.fail` is true, else shows positions. */
export function makePanel(failure: () => unknown) {
  const state = { fail: true };
  function PositionsPanel() {
    if (state.fail) throw failure();
    return <p>Positions: BTC_USDT long 1</p>;
  }
  return { state, PositionsPanel };
}

/** Silences (and records) console.error: React reports caught render errors there. */
export function silenceConsoleError() {
  return vi.spyOn(console, 'error').mockImplementation(() => {});
}

/**
 * A trading screen: a "Place order" button and a toaster under a provider with its own store.
 * `show` puts a failure into that store and waits for it to render.
 */
export function renderToaster(
  props: ApiErrorToasterProps = {},
  providerProps: Omit<ApiErrorProviderProps, 'store'> = {},
  extra?: ReactNode,
) {
  const store = createToastStore();
  const user = userEvent.setup(vi.isFakeTimers() ? { advanceTimers: vi.advanceTimersByTime } : {});
  const view = render(
    <ApiErrorProvider store={store} {...providerProps}>
      <button type="button">Place order</button>
      {extra}
      <ApiErrorToaster {...props} />
    </ApiErrorProvider>,
  );
  const show = (...args: Parameters<ToastStore['show']>) => showIn(store, ...args);
  const region = () => screen.getByRole('region', { name: 'Notifications (Alt+T)' });
  return { user, store, show, region, ...view };
}
