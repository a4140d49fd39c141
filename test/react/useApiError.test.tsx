import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createToastStore, type ToastStore } from '../../src/core/index';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { ApiErrorToaster } from '../../src/react/ApiErrorToaster';
import { useApiError } from '../../src/react/useApiError';
import { renderedCodes, registerCleanup } from './helpers';

registerCleanup();

const insufficient = () => ({ success: false, code: 2005, message: '余额不足' });

function newQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

function Harness({
  store,
  client,
  onAction,
  children,
}: {
  store: ToastStore;
  client: QueryClient;
  onAction?: () => void;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={client}>
      <ApiErrorProvider store={store} onAction={onAction}>
        {children}
        <ApiErrorToaster />
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}

function OrderForm({ submit }: { submit: () => Promise<unknown> }) {
  const order = useMutation({ mutationFn: submit });
  const { error } = useApiError(order.error, { toast: true });
  return (
    <div>
      <button type="button" onClick={() => order.mutate()}>
        Place order
      </button>
      <p data-testid="inline-error">{error?.title ?? 'no error'}</p>
    </div>
  );
}

function setup(submit: () => Promise<unknown> = () => Promise.reject(insufficient()), strict = false) {
  const store = createToastStore();
  const client = newQueryClient();
  const onAction = vi.fn();
  const user = userEvent.setup();
  const tree = () => {
    const app = (
      <Harness store={store} client={client} onAction={onAction}>
        <OrderForm submit={submit} />
      </Harness>
    );
    return strict ? <StrictMode>{app}</StrictMode> : app;
  };
  const view = render(tree());
  return { store, client, onAction, user, rerenderSame: () => view.rerender(tree()), ...view };
}

describe('useApiError with useMutation', () => {
  it('toasts a rejected mutation once, with the "Transfer funds" action', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    const toast = await screen.findByRole('alert', { name: 'Not enough margin' });
    expect(toast).toContainElement(screen.getByRole('button', { name: 'Transfer funds' }));
    expect(store.getSnapshot().visible).toHaveLength(1);
    expect(store.getSnapshot().visible[0]!.count).toBe(1);
  });

  it('returns the localized error for inline display', async () => {
    const { user } = setup();
    expect(screen.getByTestId('inline-error')).toHaveTextContent('no error');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByTestId('inline-error')).toHaveTextContent('Not enough margin');
  });

  it('clicking "Transfer funds" calls the provider onAction with the error and closes the toast', async () => {
    const { user, onAction, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await user.click(await screen.findByRole('button', { name: 'Transfer funds' }));

    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
    expect(screen.queryByRole('alert', { name: 'Not enough margin' })).not.toBeInTheDocument();
    expect(store.getSnapshot().visible).toHaveLength(0);
  });

  it('does not toast again on a re-render with the same failure', async () => {
    const { user, store, rerenderSame } = setup();
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await screen.findByRole('alert', { name: 'Not enough margin' });

    rerenderSame();
    rerenderSame();
    expect(store.getSnapshot().visible).toHaveLength(1);
    expect(store.getSnapshot().visible[0]!.count).toBe(1);
    expect(screen.queryByText(/×\d/)).not.toBeInTheDocument();
  });

  it('does not toast again after the toast was closed and the component re-renders', async () => {
    const { user, store, rerenderSame } = setup();
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    rerenderSame();
    expect(store.getSnapshot().visible).toHaveLength(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not double-toast under <StrictMode>', async () => {
    const { user, store } = setup(undefined, true);
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await screen.findByRole('alert', { name: 'Not enough margin' });
    expect(store.getSnapshot().visible).toHaveLength(1);
    expect(store.getSnapshot().visible[0]!.count).toBe(1);
  });

  it('does not double-toast an error present on mount under <StrictMode>', async () => {
    const store = createToastStore();
    const error = insufficient();
    function Panel() {
      useApiError(error, { toast: true });
      return null;
    }
    render(
      <StrictMode>
        <ApiErrorProvider store={store}>
          <Panel />
          <ApiErrorToaster />
        </ApiErrorProvider>
      </StrictMode>,
    );
    expect(await screen.findByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(store.getSnapshot().visible).toHaveLength(1);
    expect(store.getSnapshot().visible[0]!.count).toBe(1);
    expect(screen.queryByText(/×\d/)).not.toBeInTheDocument();
  });

  it('toasts the same failure again when it comes back after a retry (×2 on the live toast)', async () => {
    let fail = () => {};
    const { user, store } = setup(() => new Promise((_, reject) => void (fail = () => reject(insufficient()))));
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await act(async () => fail());
    await screen.findByRole('alert', { name: 'Not enough margin' });

    await user.click(screen.getByRole('button', { name: 'Place order' }));
    // while the second order is on its way the mutation has no error: what comes next is a new failure
    expect(await screen.findByTestId('inline-error')).toHaveTextContent('no error');
    await act(async () => fail());
    expect(await screen.findByText('×2')).toBeInTheDocument();
    expect(store.getSnapshot().visible[0]!.count).toBe(2);
  });

  it('counts an equal failure object made on every render once, however often the component re-renders', async () => {
    const store = createToastStore();
    function Panel({ tick }: { tick: number }) {
      useApiError({ success: false, code: 2005, message: '余额不足' }, { toast: true });
      return <p>{tick}</p>;
    }
    const tree = (tick: number) => (
      <ApiErrorProvider store={store}>
        <Panel tick={tick} />
        <ApiErrorToaster />
      </ApiErrorProvider>
    );
    const view = render(tree(0));
    for (let tick = 1; tick <= 5; tick += 1) view.rerender(tree(tick));
    expect(await screen.findByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(store.getSnapshot().visible).toHaveLength(1);
    expect(store.getSnapshot().visible[0]!.count).toBe(1);
    expect(screen.queryByText(/×\d/)).not.toBeInTheDocument();
  });

  it('tells failures apart by content: another code, HTTP status or server text is a new failure', () => {
    const store = createToastStore();
    function Panel({ failure }: { failure: unknown }) {
      useApiError(failure, { toast: true, dedupe: false });
      return null;
    }
    const tree = (failure: unknown) => (
      <ApiErrorProvider store={store}>
        <Panel failure={failure} />
      </ApiErrorProvider>
    );
    const view = render(tree({ code: 2005, message: '余额不足' }));
    view.rerender(tree({ code: 2005, message: '余额不足' }));
    view.rerender(tree({ code: 2005, message: 'balance insufficient' }));
    view.rerender(tree({ code: 510 }));
    expect(store.getSnapshot().visible.map((toast) => toast.error.code)).toEqual([2005, 2005, 510]);
  });

  it('toasts a second failure as a new toast after the first was closed', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
  });

  it('does not toast without { toast: true }', async () => {
    const store = createToastStore();
    function Quiet() {
      const order = useMutation({ mutationFn: () => Promise.reject(insufficient()) });
      const { error } = useApiError(order.error);
      return (
        <button type="button" onClick={() => order.mutate()}>
          {error ? error.title : 'Place order'}
        </button>
      );
    }
    const user = userEvent.setup();
    render(
      <Harness store={store} client={newQueryClient()}>
        <Quiet />
      </Harness>,
    );
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByRole('button', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(store.getSnapshot().visible).toHaveLength(0);
  });

  it('show() and dismiss() toast and close on demand', async () => {
    const store = createToastStore();
    const error = insufficient();
    function Panel() {
      const { show, dismiss } = useApiError(error);
      return (
        <>
          <button type="button" onClick={() => show()}>
            Show
          </button>
          <button type="button" onClick={() => dismiss()}>
            Hide
          </button>
        </>
      );
    }
    const user = userEvent.setup();
    render(
      <ApiErrorProvider store={store}>
        <Panel />
        <ApiErrorToaster />
      </ApiErrorProvider>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});

describe('useApiError with useQuery', () => {
  it('toasts a failed query once', async () => {
    const store = createToastStore();
    const client = newQueryClient();
    const queryFn = vi.fn(() => Promise.reject(insufficient()));
    function Positions() {
      const positions = useQuery({ queryKey: ['positions'], queryFn });
      const { error } = useApiError(positions.error, { toast: true });
      return <p>{error ? `inline: ${error.title}` : 'loading'}</p>;
    }
    const view = render(
      <Harness store={store} client={client}>
        <Positions />
      </Harness>,
    );
    expect(await screen.findByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(screen.getByText('inline: Not enough margin')).toBeInTheDocument();

    view.rerender(
      <Harness store={store} client={client}>
        <Positions />
      </Harness>,
    );
    expect(renderedCodes()).toEqual(['2005']);
    expect(store.getSnapshot().visible[0]!.count).toBe(1);
    expect(queryFn).toHaveBeenCalledTimes(1);
  });
});
