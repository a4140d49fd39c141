import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiErrorProvider, ApiErrorToaster, useApiError, type ApiErrorActionHandler } from 'mexc-error-kit';
import zhCN from 'mexc-error-kit/locales/zh-CN';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';

const messages = { 'zh-CN': zhCN };

/** Finds a toast by role and name, then waits for its entrance animation so checks and axe see it settled. */
async function findToast(root: HTMLElement, role: 'alert' | 'status', name: string | RegExp) {
  const toast = await within(root).findByRole(role, { name });
  await Promise.all(toast.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  return toast;
}

/** A client that never retries, so each click is exactly one failed request. */
function useStoryQueryClient() {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  return client;
}

/** Stands in for POST /api/v1/private/order/submit: MEXC answers HTTP 200 with this body. */
async function submitOrder(): Promise<never> {
  throw { success: false, code: 2005, message: '余额不足' };
}

/** Stands in for GET /api/v1/private/position/open_positions while rate limited. */
async function fetchPositions(): Promise<never> {
  throw { success: false, code: 510, message: '请求频率过快' };
}

function OrderTicket() {
  const order = useMutation({ mutationFn: submitOrder });
  const { error } = useApiError(order.error, { toast: true });
  return (
    <div style={{ display: 'grid', gap: 8, maxWidth: 360 }}>
      <button type="button" onClick={() => order.mutate()} disabled={order.isPending}>
        Place order
      </button>
      {error && <p data-testid="inline-error">Order failed: {error.title}</p>}
    </div>
  );
}

function PositionsPanel() {
  const positions = useQuery({ queryKey: ['positions', 'rate-limited'], queryFn: fetchPositions });
  const { error } = useApiError(positions.error, { toast: true });
  return (
    <div style={{ display: 'grid', gap: 8, maxWidth: 360 }}>
      <p data-testid="positions-state">{positions.isFetching ? 'Loading positions…' : error ? `Positions unavailable: ${error.title}` : 'No positions'}</p>
      <button type="button" onClick={() => void positions.refetch()} disabled={positions.isFetching}>
        Refetch
      </button>
    </div>
  );
}

interface DemoProps {
  /** Which call fails: a mutation (place order) or a query (positions). */
  kind: 'mutation' | 'query';
  /** Where the toast's action buttons lead. */
  onAction?: ApiErrorActionHandler;
  locale?: string;
}

/** A react-query app whose failures go through `useApiError(error, { toast: true })`. */
function UseApiErrorDemo({ kind, onAction, locale = 'en' }: DemoProps) {
  const client = useStoryQueryClient();
  return (
    <QueryClientProvider client={client}>
      <ApiErrorProvider locale={locale} messages={messages} onAction={onAction}>
        {kind === 'mutation' ? <OrderTicket /> : <PositionsPanel />}
        <ApiErrorToaster />
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}

/**
 * `useApiError(error, options)` localizes a react-query (or any) failure where it happens, for an inline
 * message, and with `{ toast: true }` shows it as a toast once per distinct failure: re-renders do not
 * toast again, and a repeat of the same failure bumps the toast's ×N count.
 */
const meta = {
  title: 'Hooks/useApiError',
  component: UseApiErrorDemo,
  tags: ['autodocs'],
  args: { kind: 'mutation', onAction: fn() },
  argTypes: { kind: { control: 'inline-radio', options: ['mutation', 'query'] } },
  render: (args, { globals }) => <UseApiErrorDemo {...args} locale={typeof globals.locale === 'string' ? globals.locale : 'en'} />,
} satisfies Meta<typeof UseApiErrorDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A failed order (2005): the inline title renders, one toast appears, and "Transfer funds" calls `onAction`. */
export const FailingMutation: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    await expect(await canvas.findByTestId('inline-error')).toHaveTextContent('Order failed: Not enough margin');
    const toast = await findToast(canvasElement, 'alert', 'Not enough margin');
    await expect(canvas.getAllByRole('alert', { name: /Not enough margin/ })).toHaveLength(1);
    await expect(toast.querySelector('[data-mek-count]')).toBeNull();

    await userEvent.click(within(toast).getByRole('button', { name: 'Transfer funds' }));
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onAction).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
    // An action closes the toast; the inline message stays until the next attempt.
    await waitFor(() => expect(canvas.queryByRole('alert', { name: 'Not enough margin' })).toBeNull());
    await expect(canvas.getByTestId('inline-error')).toBeVisible();
  },
};

/** A rate-limited query (510) toasts once; a refetch that fails again bumps it to ×2 instead of a second toast. */
export const FailingQuery: Story = {
  args: { kind: 'query' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'Notifications (Alt+T)' });
    const toast = await findToast(canvasElement, 'status', 'Too many requests');
    await expect(region.querySelectorAll('[data-mek-toast]')).toHaveLength(1);
    await expect(canvas.getByTestId('positions-state')).toHaveTextContent('Positions unavailable: Too many requests');

    await userEvent.click(await canvas.findByRole('button', { name: 'Refetch' }));
    await waitFor(() => expect(toast.querySelector('[data-mek-count]')).toHaveTextContent('×2'));
    await expect(region.querySelectorAll('[data-mek-toast]')).toHaveLength(1);
  },
};
