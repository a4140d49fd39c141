import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiErrorBoundary, MexcApiError, type ApiErrorBoundaryProps, type ApiErrorFallbackProps } from 'mexc-error-kit';
import { QueryApiErrorBoundary } from 'mexc-error-kit/query';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';

/** What MEXC's 2005 becomes once `unwrapApiResponse` has read it. */
const marginError = () => new MexcApiError({ code: 2005, source: 'api', httpStatus: 200, serverMessage: '余额不足' });

/** A margin panel that throws 2005 while rendering until the cause is fixed. */
function MarginPanel({ failing }: { failing: boolean }) {
  if (failing) throw marginError();
  return <p>Available margin: 1,250.00 USDT</p>;
}

/** The boundary around the panel; "Try again" (onReset) fixes the cause first, so the panel renders. */
function BoundaryHarness({ onReset, ...props }: ApiErrorBoundaryProps) {
  const [failing, setFailing] = useState(true);
  return (
    <div style={{ maxWidth: 420 }}>
      <ApiErrorBoundary
        {...props}
        onReset={(details) => {
          setFailing(false);
          onReset?.(details);
        }}
      >
        <MarginPanel failing={failing} />
      </ApiErrorBoundary>
    </div>
  );
}

/** Open positions: GET open_positions fails (2005) the first time, then returns a position. */
function Positions({ fetchPositions }: { fetchPositions: () => Promise<string[]> }) {
  const positions = useQuery({ queryKey: ['positions'], queryFn: fetchPositions, throwOnError: true, retry: false });
  if (!positions.data) return <p>Loading positions…</p>;
  return (
    <ul aria-label="Open positions">
      {positions.data.map((position) => (
        <li key={position}>{position}</li>
      ))}
    </ul>
  );
}

function QueryDemo() {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  const [fetchPositions] = useState(() => {
    let calls = 0;
    return async () => {
      calls += 1;
      if (calls === 1) throw marginError();
      return ['BTC_USDT long 0.5'];
    };
  });
  return (
    <QueryClientProvider client={client}>
      <QueryApiErrorBoundary>
        <Positions fetchPositions={fetchPositions} />
      </QueryApiErrorBoundary>
    </QueryClientProvider>
  );
}

/** Renders of the broken fallback below, to prove there is no render loop. */
let brokenFallbackRenders = 0;

/** A fallback that is itself broken: the boundary must show its default fallback, not loop. */
function BrokenFallback(_props: ApiErrorFallbackProps): never {
  brokenFallbackRenders += 1;
  throw new Error('The custom fallback crashed');
}

/**
 * `ApiErrorBoundary` catches render errors below it (a `MexcApiError` thrown by a panel, a react-query
 * `throwOnError` query) and shows the failure's localized title, message and actions with "Try again".
 * Give it `fallbackRender`, `FallbackComponent` or `fallback` for your own UI; a fallback that throws
 * falls back to the default one. With react-query, `QueryApiErrorBoundary` from `mexc-error-kit/query`
 * also resets the failed queries so "Try again" refetches.
 */
const meta = {
  title: 'Components/ApiErrorBoundary',
  component: ApiErrorBoundary,
  tags: ['autodocs'],
  args: { onReset: fn(), onError: fn() },
  render: (args) => <BoundaryHarness {...args} />,
} satisfies Meta<typeof ApiErrorBoundary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The built-in fallback: title, message, the 2005 actions and "Try again", which re-renders the panel. */
export const DefaultFallback: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const fallback = await canvas.findByRole('alert', { name: 'Not enough margin' });
    await expect(within(fallback).getByText(/doesn’t have enough available margin/)).toBeVisible();
    await expect(within(fallback).getByRole('button', { name: 'Transfer funds' })).toBeVisible();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 2005, source: 'api' }), expect.anything());
    await userEvent.click(within(fallback).getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('Available margin: 1,250.00 USDT')).toBeVisible();
    await expect(args.onReset).toHaveBeenCalledWith({ reason: 'imperative' });
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** `QueryApiErrorBoundary` + a `throwOnError` query: "Try again" resets the query, which refetches and succeeds. */
export const ResetWithReactQuery: Story = {
  render: () => (
    <div style={{ maxWidth: 420 }}>
      <QueryDemo />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const fallback = await canvas.findByRole('alert', { name: 'Not enough margin' });
    await expect(canvas.queryByRole('list', { name: 'Open positions' })).toBeNull();
    await userEvent.click(within(fallback).getByRole('button', { name: 'Try again' }));
    const list = await canvas.findByRole('list', { name: 'Open positions' });
    await expect(within(list).getByText('BTC_USDT long 0.5')).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** `fallbackRender` draws the app's own fallback from the localized error and `resetErrorBoundary`. */
export const CustomFallbackRender: Story = {
  args: {
    fallbackRender: ({ error, resetErrorBoundary }) => (
      <div role="alert" aria-labelledby="margin-fallback-title" style={{ padding: 12, border: '1px dashed' }}>
        <h3 id="margin-fallback-title" style={{ margin: 0 }}>
          Margin panel unavailable: {error.title}
        </h3>
        <p>{error.message}</p>
        <button type="button" onClick={resetErrorBoundary}>
          Reload panel
        </button>
      </div>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const fallback = await canvas.findByRole('alert', { name: 'Margin panel unavailable: Not enough margin' });
    await expect(canvasElement.querySelector('[data-mek-toast]')).toBeNull();
    await userEvent.click(within(fallback).getByRole('button', { name: 'Reload panel' }));
    await expect(await canvas.findByText('Available margin: 1,250.00 USDT')).toBeVisible();
  },
};

/** A `FallbackComponent` that throws: the default fallback shows instead, with no render loop. */
export const FallbackThatThrows: Story = {
  args: { FallbackComponent: BrokenFallback },
  beforeEach: () => {
    brokenFallbackRenders = 0;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const fallback = await canvas.findByRole('alert', { name: 'Not enough margin' });
    await expect(within(fallback).getByRole('button', { name: 'Try again' })).toBeVisible();
    // React replays a throwing render a few times before giving up (3 in React 19 dev); a loop would
    // keep counting, so the count must be small and then stay put.
    const renders = brokenFallbackRenders;
    await expect(renders).toBeGreaterThanOrEqual(1);
    await expect(renders).toBeLessThanOrEqual(4);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(brokenFallbackRenders).toBe(renders);
    await userEvent.click(within(fallback).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(canvas.getByText('Available margin: 1,250.00 USDT')).toBeVisible());
  },
};
