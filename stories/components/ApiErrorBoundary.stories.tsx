import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ApiErrorBoundary, MexcApiError, type ApiErrorBoundaryProps, type ApiErrorFallbackProps } from 'mexc-error-kit';
import { QueryApiErrorBoundary } from 'mexc-error-kit/query';
import { expect, fn, userEvent, within } from 'storybook/test';
import { silencedErrorReports } from '../support/expected-errors';
import { kitTexts } from '../support/kit-texts';
import type { KitStoryParameters } from '../support/story-parameters';

/** What MEXC's 2005 becomes once `unwrapApiResponse` has read it. */
const marginError = () => new MexcApiError({ catalog: 'futures', code: 2005, source: 'api', httpStatus: 200, serverMessage: '余额不足' });
const isMarginError = (error: unknown) => error instanceof MexcApiError && error.code === 2005;
const BROKEN_FALLBACK_MESSAGE = 'The custom fallback crashed';
const PANEL_TEXT = 'Available margin: 1,250.00 USDT';

/** A margin panel that throws 2005 while rendering until the cause is fixed. */
function MarginPanel({ failing }: { failing: boolean }) {
  if (failing) throw marginError();
  return <p>{PANEL_TEXT}</p>;
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
  throw new Error(BROKEN_FALLBACK_MESSAGE);
}

/** The app's own fallback for the margin panel. */
function MarginPanelFallback({ error, resetErrorBoundary }: ApiErrorFallbackProps) {
  const titleId = useId();
  return (
    <div role="alert" aria-labelledby={titleId} style={{ padding: 12, border: '1px dashed' }}>
      <h3 id={titleId} style={{ margin: 0 }}>
        Margin panel unavailable: {error.title}
      </h3>
      <p>{error.message}</p>
      <button type="button" onClick={resetErrorBoundary}>
        Reload panel
      </button>
    </div>
  );
}
const marginPanelFallback = (props: ApiErrorFallbackProps) => <MarginPanelFallback {...props} />;

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
  argTypes: {
    children: {
      description: 'What the boundary protects; shown until something in it throws while rendering.',
      table: { type: { summary: 'ReactNode' } },
      control: false,
    },
    fallback: { control: false },
    FallbackComponent: { control: false },
    fallbackRender: { control: false },
    resetKeys: { control: false },
    onReset: { control: false },
    onError: { control: false },
  },
  // The panels below throw on purpose; React's report of each caught error would only be noise.
  parameters: { expectedErrors: [isMarginError, BROKEN_FALLBACK_MESSAGE] } satisfies KitStoryParameters,
  render: (args) => <BoundaryHarness {...args} />,
} satisfies Meta<typeof ApiErrorBoundary>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The built-in fallback in place of a panel that threw 2005: title, message, the 2005 actions and "Try
 * again", which calls `onReset` (here it fixes the cause) and renders the panel again.
 */
export const DefaultFallback: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = kitTexts(globals);
    const failure = marginError();
    const fallback = await within(canvasElement).findByRole('alert', { name: t.title(failure) });
    await expect(within(fallback).getByText(t.message(failure))).toBeVisible();
    await expect(within(fallback).getByRole('button', { name: t.action('transfer_funds') })).toBeVisible();
    await expect(within(fallback).getByRole('button', { name: t.ui('tryAgain') })).toBeVisible();
    await expect(within(canvasElement).queryByText(PANEL_TEXT)).toBeNull();
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 2005, source: 'api' }), expect.anything());
    await expect(args.onReset).not.toHaveBeenCalled();
  },
};

/** Presses the default fallback's "Try again": `onReset` fixes the cause and the panel renders again. */
const tryAgainRendersThePanel: Story['play'] = async ({ args, canvasElement, globals }) => {
  const t = kitTexts(globals);
  const canvas = within(canvasElement);
  const fallback = await canvas.findByRole('alert', { name: t.title(marginError()) });
  await userEvent.click(within(fallback).getByRole('button', { name: t.ui('tryAgain') }));
  await expect(await canvas.findByText(PANEL_TEXT)).toBeVisible();
  await expect(args.onReset).toHaveBeenCalledWith({ reason: 'imperative' });
  await expect(canvas.queryByRole('alert')).toBeNull();
};

/** "Try again" calls `onReset` (here it fixes the cause) and renders the panel again. */
export const TryAgainRecovers: Story = {
  // On the docs page it would look exactly like the story above, whose "Try again" does the same.
  tags: ['!autodocs'],
  play: tryAgainRendersThePanel,
};

/** `QueryApiErrorBoundary` + a `throwOnError` query: "Try again" resets the query, which refetches and succeeds. */
export const ResetWithReactQuery: Story = {
  render: () => (
    <div style={{ maxWidth: 420 }}>
      <QueryDemo />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const canvas = within(canvasElement);
    const fallback = await canvas.findByRole('alert', { name: t.title(marginError()) });
    await expect(canvas.queryByRole('list', { name: 'Open positions' })).toBeNull();
    await userEvent.click(within(fallback).getByRole('button', { name: t.ui('tryAgain') }));
    const list = await canvas.findByRole('list', { name: 'Open positions' });
    await expect(within(list).getByText('BTC_USDT long 0.5')).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** `fallbackRender` draws the app's own fallback from the localized error; its button calls `resetErrorBoundary`. */
export const CustomFallbackRender: Story = {
  args: { fallbackRender: marginPanelFallback },
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const fallback = await within(canvasElement).findByRole('alert', { name: `Margin panel unavailable: ${t.title(marginError())}` });
    await expect(within(fallback).getByText(t.message(marginError()))).toBeVisible();
    await expect(within(fallback).getByRole('button', { name: 'Reload panel' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-mek-toast]')).toBeNull();
  },
};

/** The custom fallback's own button calls `resetErrorBoundary`, which renders the panel again. */
export const CustomFallbackReload: Story = {
  tags: ['!autodocs'],
  args: { fallbackRender: marginPanelFallback },
  play: async ({ args, canvasElement, globals }) => {
    const t = kitTexts(globals);
    const canvas = within(canvasElement);
    const fallback = await canvas.findByRole('alert', { name: `Margin panel unavailable: ${t.title(marginError())}` });
    await userEvent.click(within(fallback).getByRole('button', { name: 'Reload panel' }));
    await expect(await canvas.findByText(PANEL_TEXT)).toBeVisible();
    await expect(args.onReset).toHaveBeenCalledWith({ reason: 'imperative' });
  },
};

/** A `FallbackComponent` that throws: the default fallback shows instead, with no render loop. */
export const FallbackThatThrows: Story = {
  args: { FallbackComponent: BrokenFallback },
  beforeEach: () => {
    brokenFallbackRenders = 0;
  },
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const fallback = await within(canvasElement).findByRole('alert', { name: t.title(marginError()) });
    await expect(within(fallback).getByRole('button', { name: t.ui('tryAgain') })).toBeVisible();
    // React replays a throwing render a few times before giving up (3 in React 19 dev); a loop would
    // keep counting, and keep reporting the crash.
    await expect(brokenFallbackRenders).toBeGreaterThanOrEqual(1);
    await expect(brokenFallbackRenders).toBeLessThanOrEqual(4);
    const crashReports = silencedErrorReports().filter((report) => report.source === 'kit');
    await expect(crashReports).toHaveLength(1);
    await expect(crashReports[0]?.error).toEqual(expect.objectContaining({ message: BROKEN_FALLBACK_MESSAGE }));
  },
};

/** After a custom fallback crashed, the default fallback's "Try again" still renders the panel again. */
export const TryAgainAfterBrokenFallback: Story = {
  tags: ['!autodocs'],
  args: { FallbackComponent: BrokenFallback },
  play: tryAgainRendersThePanel,
};

/** In Arabic: the fallback is worded in Arabic and laid out right to left (icon, texts, buttons mirrored). */
export const InArabic: Story = {
  globals: { locale: 'ar', dir: 'rtl' },
  play: async (context) => {
    await DefaultFallback.play!(context);
    const fallback = await within(context.canvasElement).findByRole('alert', { name: kitTexts(context.globals).title(marginError()) });
    await expect(fallback).toHaveAttribute('lang', 'ar');
    await expect(fallback).toHaveAttribute('dir', 'rtl');
    await expect(getComputedStyle(fallback).direction).toBe('rtl');
  },
};
