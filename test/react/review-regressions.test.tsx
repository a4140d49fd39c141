import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { useSyncExternalStore } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorProvider, ApiErrorToast, ApiErrorToaster, createToastStore, redactSecrets, type ToastStore } from '../../src/index';

const body = (code: number) => ({ success: false, code, message: 'x' });
const slotOf = (element: HTMLElement) => element.closest('[data-mek-toast-slot]');
afterEach(cleanup);

describe('regressions found in review', () => {
  it('a provider re-rendered with inline props does not loop, even when its parent reads the store', async () => {
    const store = createToastStore();
    let renders = 0;
    function App() {
      renders++;
      const snapshot = useSyncExternalStore(store.subscribe, () => store.getSnapshot());
      return (
        <ApiErrorProvider
          store={store}
          messages={{ en: { balance_insufficient: { title: 'Low margin' } } }}
          toastDefaults={{ maxVisible: 5 }}
        >
          <p>{snapshot.visible.length} errors</p>
          <ApiErrorToaster store={store} />
        </ApiErrorProvider>
      );
    }
    render(<App />);
    act(() => void store.show(body(2005)));
    expect(await screen.findByRole('alert', { name: 'Low margin' })).toBeInTheDocument();
    expect(renders).toBeLessThan(10);
  });

  it('passes show() values through to the rendered toast', () => {
    const store = createToastStore();
    render(
      <ApiErrorProvider store={store} messages={{ en: { balance_insufficient: { message: 'Need more margin on {symbol}' } } }}>
        <ApiErrorToaster store={store} />
      </ApiErrorProvider>,
    );
    act(() => void store.show(body(2005), { values: { symbol: 'BTC_USDT' } }));
    expect(screen.getByText('Need more margin on BTC_USDT')).toBeInTheDocument();
  });

  it('renders and shows nothing for a null or undefined error', () => {
    const store = createToastStore();
    const { container } = render(<ApiErrorToast error={null} />);
    expect(container).toBeEmptyDOMElement();
    expect(store.show(undefined)).toBeNull();
    expect(store.getSnapshot().visible).toEqual([]);
  });

  it('counts the same failure object once when a second caller shows it with once (as useApiError does)', () => {
    const store = createToastStore();
    const failure = body(2005);
    store.show(failure);
    store.show(failure, { once: true });
    expect(store.getSnapshot().visible.map((toast) => toast.count)).toEqual([1]);
    store.show(failure);
    expect(store.getSnapshot().visible.map((toast) => toast.count)).toEqual([2]);
  });

  it('returns focus and ends the focus pause when a focused toast is closed through the store', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const store: ToastStore = createToastStore();
    render(
      <>
        <button type="button">Place order</button>
        <ApiErrorToaster store={store} />
      </>,
    );
    let id: string | null = null;
    act(() => void (id = store.show(body(2005))));
    screen.getByRole('button', { name: 'Place order' }).focus();
    await user.keyboard('{Alt>}t{/Alt}');
    expect(slotOf(screen.getByRole('alert'))).toHaveFocus();
    act(() => store.dismiss(id!));
    expect(screen.getByRole('button', { name: 'Place order' })).toHaveFocus();
    act(() => void store.show(body(0)));
    act(() => vi.advanceTimersByTime(6000));
    expect(store.getSnapshot().visible).toEqual([]);
    vi.useRealTimers();
  });

  it('with two toasters, Alt+T goes to the one that has toasts', async () => {
    const user = userEvent.setup();
    const store = createToastStore();
    render(
      <>
        <ApiErrorToaster store={store} />
        <ApiErrorToaster store={store} id="orders" />
      </>,
    );
    act(() => void store.show(body(2005)));
    await user.keyboard('{Alt>}t{/Alt}');
    expect(slotOf(screen.getByRole('alert'))).toHaveFocus();
  });

  it('keeps a toast pushed back into the queue from expiring unseen', () => {
    vi.useFakeTimers();
    const store = createToastStore();
    store.show(body(2005));
    store.show(body(0)); // info: closes 5 s after it becomes visible
    const unregister = store.registerToaster('default', { maxVisible: 1 });
    vi.advanceTimersByTime(10_000);
    expect(store.getSnapshot().queued.map((toast) => toast.error.code)).toEqual([0]);
    unregister();
    expect(store.getSnapshot().visible.map((toast) => toast.error.code)).toEqual([2005, 0]);
    vi.advanceTimersByTime(5000);
    expect(store.getSnapshot().visible.map((toast) => toast.error.code)).toEqual([2005]);
    vi.useRealTimers();
  });

  it('does not crash on message layers the resolver skips', () => {
    render(
      <ApiErrorProvider locale="zh-CN" messages={[{ en: {} }, undefined as never]}>
        <ApiErrorToast error={body(2005)} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('marks Simplified Chinese text from the zh-CN pack as zh-CN even for zh-TW', async () => {
    render(
      <ApiErrorProvider locale="zh-TW">
        <ApiErrorToast error={body(2005)} />
      </ApiErrorProvider>,
    );
    expect(await screen.findByRole('alert', { name: /保证金/ })).toHaveAttribute('lang', 'zh-CN');
  });

  it('redacts MEXC web tokens and *_secret fields', () => {
    expect(redactSecrets(`invalid token WEB${'a1'.repeat(32)}`)).not.toMatch(/a1a1/);
    expect(redactSecrets('{"api_secret":"s3cr3tvalue"}')).not.toContain('s3cr3tvalue');
  });

  it('hydrates server-rendered toasts without a mismatch (time is rendered on the client only)', async () => {
    const element = <ApiErrorToast error={body(2005)} />;
    const html = renderToString(element);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    await act(async () => void hydrateRoot(container, element, { onRecoverableError }));
    expect(onRecoverableError).not.toHaveBeenCalled();
    container.remove();
  });
});

describe('useApiError with createApiErrorQueryClient', () => {
  it('toasts a failed mutation once, not ×2, when both the hook and the MutationCache report it', async () => {
    const { QueryClientProvider, useMutation } = await import('@tanstack/react-query');
    const { createApiErrorQueryClient } = await import('../../src/query/index');
    const { useApiError } = await import('../../src/index');
    const store = createToastStore();
    const client = createApiErrorQueryClient({ apiError: { store } });
    function Order() {
      const order = useMutation({ mutationFn: () => Promise.reject(body(2005)) });
      useApiError(order.error, { toast: true });
      return (
        <button type="button" onClick={() => order.mutate()}>
          Buy
        </button>
      );
    }
    render(
      <QueryClientProvider client={client}>
        <ApiErrorProvider store={store}>
          <Order />
          <ApiErrorToaster store={store} />
        </ApiErrorProvider>
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Buy' }));
    expect(await screen.findByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(store.getSnapshot().visible.map((toast) => toast.count)).toEqual([1]);
  });
});
