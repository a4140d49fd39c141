import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiErrorToaster, useApiError } from 'mexc-error-kit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { kitTexts } from '../support/kit-texts';
import type { KitStoryParameters } from '../support/story-parameters';

/** Stands in for POST /api/v1/private/order/submit: MEXC answers HTTP 200 with this body. */
const MARGIN_2005 = { success: false, code: 2005, message: '余额不足' };
/** Stands in for GET /api/v1/private/position/open_positions while rate limited. */
const RATE_LIMITED_510 = { success: false, code: 510, message: '请求频率过快' };

async function submitOrder(): Promise<never> {
  throw { ...MARGIN_2005 };
}

async function fetchPositions(): Promise<never> {
  throw { ...RATE_LIMITED_510 };
}

/** Finds a toast by role and name, then waits for its entrance animation so checks and axe see it settled. */
async function findToast(root: HTMLElement, role: 'alert' | 'status', name: string) {
  const toast = await within(root).findByRole(role, { name });
  await Promise.all(toast.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  return toast;
}

/** A react-query app around the story, with a client that never retries (one click, one failed request). */
function QueryApp({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }));
  return (
    <QueryClientProvider client={client}>
      {children}
      <ApiErrorToaster />
    </QueryClientProvider>
  );
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
      <p data-testid="positions-state">
        {positions.isFetching ? 'Loading positions…' : error ? `Positions unavailable: ${error.title}` : 'No positions'}
      </p>
      <button type="button" onClick={() => void positions.refetch()} disabled={positions.isFetching}>
        Refetch
      </button>
    </div>
  );
}

// No 'autodocs' tag: useApiError.mdx is the docs page (the hook's signature, options and result).
const meta = {
  title: 'Hooks/useApiError',
  // The story's provider calls this when a toast's action is pressed.
  parameters: { onAction: fn(), docsMinHeight: 300 } satisfies KitStoryParameters,
  decorators: [(Story) => <QueryApp>{Story()}</QueryApp>],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Press "Place order": the order fails with 2005, the inline text shows the localized title, one toast
 * appears, and its "Transfer funds" calls the provider's `onAction`.
 */
export const FailingMutation: Story = {
  render: () => <OrderTicket />,
  play: async ({ canvasElement, globals, parameters }) => {
    const t = kitTexts(globals);
    const title = t.title(MARGIN_2005);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    await expect(await canvas.findByTestId('inline-error')).toHaveTextContent(`Order failed: ${title}`);
    const toast = await findToast(canvasElement, 'alert', title);
    await expect(canvas.getAllByRole('alert', { name: (name) => name.startsWith(title) })).toHaveLength(1);
    await expect(toast.querySelector('[data-mek-count]')).toBeNull();

    await userEvent.click(within(toast).getByRole('button', { name: t.action('transfer_funds') }));
    await expect(parameters.onAction).toHaveBeenCalledTimes(1);
    await expect(parameters.onAction).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
    // An action closes the toast; the inline message stays until the next attempt.
    await waitFor(() => expect(canvas.queryByRole('alert', { name: title })).toBeNull());
    await expect(canvas.getByTestId('inline-error')).toBeVisible();
  },
};

/** A rate-limited query (510) toasts once: a refetch that fails the same way adds nothing while the toast is up; after it is closed, the next failure is a new toast. */
export const FailingQuery: Story = {
  render: () => <PositionsPanel />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const title = t.title(RATE_LIMITED_510);
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: `${t.ui('regionLabel')} (Alt+T)` });
    const toast = await findToast(canvasElement, 'status', title);
    await expect(region.querySelectorAll('[data-mek-toast]')).toHaveLength(1);
    await expect(canvas.getByTestId('positions-state')).toHaveTextContent(`Positions unavailable: ${title}`);

    // The refetch fails the same way: the same failure, still on screen, so no second toast and no ×2.
    await userEvent.click(await canvas.findByRole('button', { name: 'Refetch' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Refetch' })).toBeEnabled());
    await expect(region.querySelectorAll('[data-mek-toast]')).toHaveLength(1);
    await expect(toast.querySelector('[data-mek-count]')).toBeNull();

    // Once the trader has closed it, the next failure is news again: a new toast.
    await userEvent.click(within(toast).getByRole('button', { name: t.ui('dismiss') }));
    await waitFor(() => expect(region.querySelectorAll('[data-mek-toast]')).toHaveLength(0));
    await userEvent.click(canvas.getByRole('button', { name: 'Refetch' }));
    await expect(await findToast(canvasElement, 'status', title)).toBeVisible();
  },
};
