import { QueryClientProvider, useMutation, type QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createToastStore, type ToastStore } from '../../src/core/index';
import { createApiErrorQueryClient, createMutationErrorHandler, createQueryErrorHandler } from '../../src/query/index';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { ApiErrorToaster } from '../../src/react/ApiErrorToaster';
import { useApiError } from '../../src/react/useApiError';
import { registerCleanup } from '../react/helpers';

registerCleanup();

const body = (code: number) => ({ success: false, code, message: 'x' });
const reject = (code: number) => () => Promise.reject(body(code));
const codes = (store: ToastStore) => store.getSnapshot().visible.map((toast) => [toast.error.code, toast.count]);

describe('createApiErrorQueryClient', () => {
  let store: ToastStore;
  let client: QueryClient;
  beforeEach(() => {
    store = createToastStore();
    client = createApiErrorQueryClient({
      apiError: { store },
      defaultOptions: { queries: { retryDelay: 1 }, mutations: { retryDelay: 1 } },
    });
  });
  afterEach(() => client.clear());

  it('toasts a failed query and a failed mutation', async () => {
    await client.fetchQuery({ queryKey: ['assets'], queryFn: reject(401) }).catch(() => undefined);
    await client
      .getMutationCache()
      .build(client, { mutationFn: reject(2005) })
      .execute(undefined)
      .catch(() => undefined);
    expect(codes(store)).toEqual([
      [401, 1],
      [2005, 1],
    ]);
  });

  it('never retries 2005 and backs off on 510 up to the cap', async () => {
    const never = vi.fn(reject(2005));
    await client.fetchQuery({ queryKey: ['a'], queryFn: never }).catch(() => undefined);
    expect(never).toHaveBeenCalledTimes(1);
    const limited = vi.fn(reject(510));
    await client.fetchQuery({ queryKey: ['b'], queryFn: limited }).catch(() => undefined);
    expect(limited).toHaveBeenCalledTimes(4);
  });

  it('retries a read after a 500 but never re-sends a write', async () => {
    const read = vi.fn(reject(500));
    await client.fetchQuery({ queryKey: ['c'], queryFn: read }).catch(() => undefined);
    expect(read).toHaveBeenCalledTimes(4);
    const write = vi.fn(reject(500));
    await client
      .getMutationCache()
      .build(client, { mutationFn: write })
      .execute(undefined)
      .catch(() => undefined);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('respects meta.apiError: toast false, or a message of its own', async () => {
    await client.fetchQuery({ queryKey: ['quiet'], queryFn: reject(600), meta: { apiError: { toast: false } } }).catch(() => undefined);
    expect(store.getSnapshot().visible).toEqual([]);
    await client
      .getMutationCache()
      .build(client, { mutationFn: reject(2005), meta: { apiError: { message: 'Top up before buying.' } } })
      .execute(undefined)
      .catch(() => undefined);
    expect(store.getSnapshot().visible[0]!.message).toBe('Top up before buying.');
  });

  it('stays quiet when a background refetch of a query with data fails; opt in to one counted toast', async () => {
    client.setQueryData(['positions'], []);
    await client.fetchQuery({ queryKey: ['positions'], queryFn: reject(510), staleTime: 0 }).catch(() => undefined);
    expect(store.getSnapshot().visible).toEqual([]);

    const loud = createApiErrorQueryClient({
      apiError: { store, backgroundErrors: 'toast' },
      defaultOptions: { queries: { retry: false } },
    });
    loud.setQueryData(['positions'], []);
    for (let i = 0; i < 3; i++)
      await loud.fetchQuery({ queryKey: ['positions'], queryFn: reject(510), staleTime: 0 }).catch(() => undefined);
    expect(codes(store)).toEqual([[510, 3]]);
  });

  it('never toasts a cancelled query', async () => {
    const query = client.fetchQuery({ queryKey: ['slow'], queryFn: () => new Promise(() => undefined) });
    await client.cancelQueries({ queryKey: ['slow'] });
    await query.catch(() => undefined);
    expect(store.getSnapshot().visible).toEqual([]);
  });

  it('retries a 513 read once', async () => {
    const read = vi.fn(reject(513));
    await client.fetchQuery({ queryKey: ['d'], queryFn: read }).catch(() => undefined);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('keeps the app’s own default options, and the kit’s for what the app left out', async () => {
    const own = createApiErrorQueryClient({
      apiError: { store },
      defaultOptions: { queries: { staleTime: 5000, retry: 1, retryDelay: 1 }, mutations: { retryDelay: 1 } },
    });
    expect(own.getDefaultOptions().queries).toMatchObject({ staleTime: 5000, retry: 1 });
    const read = vi.fn(reject(2005)); // the kit would never retry it; the app asked for one retry
    await own.fetchQuery({ queryKey: ['own'], queryFn: read }).catch(() => undefined);
    expect(read).toHaveBeenCalledTimes(2);
    const write = vi.fn(reject(500)); // the kit's rule for writes still holds: never re-sent
    await own
      .getMutationCache()
      .build(own, { mutationFn: write })
      .execute(undefined)
      .catch(() => undefined);
    expect(write).toHaveBeenCalledTimes(1);
    own.clear();
  });
});

describe('query glue pieces', () => {
  it('the handlers work on a QueryClient an app builds itself', () => {
    const store = createToastStore();
    createQueryErrorHandler({ store, toasterId: 'side' })(body(2005), { state: { data: undefined }, options: {} });
    createMutationErrorHandler({ store })(body(600), undefined, undefined, { options: { meta: { apiError: { toast: false } } } });
    expect(store.getSnapshot('side').visible.map((toast) => toast.error.code)).toEqual([2005]);
    expect(store.getSnapshot().visible).toEqual([]);
  });
});

describe('createApiErrorQueryClient with useApiError', () => {
  it('toasts a failed mutation once, not ×2, when both the hook and the MutationCache report it', async () => {
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
          <ApiErrorToaster />
        </ApiErrorProvider>
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Buy' }));
    expect(await screen.findByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(store.getSnapshot().visible.map((toast) => toast.count)).toEqual([1]);
    expect(screen.queryByText('×2')).not.toBeInTheDocument();
  });
});
