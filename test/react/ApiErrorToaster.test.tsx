// The toaster: queue and dedupe, durations and pauses, roles and live regions, renderToast, RTL.
// Keyboard and focus: ApiErrorToaster.keyboard.test.tsx. The overflow toast: overflow-toast.test.tsx.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ApiErrorToasterProps } from '../../src/react/ApiErrorToaster';
import { body, en, registerCleanup, renderToaster, renderedCodes, silenceConsoleError } from './helpers';

registerCleanup();

const MARGIN = en.futures.balance_insufficient.title; // 'Not enough margin'
const DONE = en.futures.operation_succeeded.title; // code 0: the only info-severity code, no actions → auto-closes

const advance = (ms: number) => act(async () => void vi.advanceTimersByTime(ms));

describe('ApiErrorToaster: queue, dedupe, update', () => {
  it('shows 3 of 5 failures and lets the waiting ones in, in order, as others close', async () => {
    const { show, user, region } = renderToaster();
    for (const code of [2005, 600, 2011, 1001, 6005]) await show(body(code));

    expect(renderedCodes()).toEqual(['2005', '600', '2011']);
    expect(region()).toHaveAttribute('data-queued', '2');

    await user.click(within(screen.getByRole('alert', { name: MARGIN })).getByRole('button', { name: 'Dismiss' }));
    expect(renderedCodes()).toEqual(['600', '2011', '1001']);

    const [first] = screen.getAllByRole('button', { name: 'Dismiss' });
    await user.click(first!);
    expect(renderedCodes()).toEqual(['2011', '1001', '6005']);
    expect(region()).toHaveAttribute('data-queued', '0');
  });

  it('merges the same failure arriving 3 times into one toast showing ×3', async () => {
    const { show } = renderToaster();
    await show(body(2005));
    await show(body(2005));
    await show(body(2005));

    expect(renderedCodes()).toEqual(['2005']);
    const toast = screen.getByRole('alert', { name: /^Not enough margin\s*×3$/ });
    expect(within(toast).getByText('×3')).toBeInTheDocument();
  });

  it('updates a toast in place when shown again with its id', async () => {
    const { show } = renderToaster();
    await show(body(500), { id: 'order-1' });
    expect(screen.getByRole('alert', { name: en.futures.internal_error.title })).toBeInTheDocument();

    await show(body(2005), { id: 'order-1' });
    expect(renderedCodes()).toEqual(['2005']);
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: en.futures.internal_error.title })).not.toBeInTheDocument();
    expect(screen.queryByText(/×\d/)).not.toBeInTheDocument();
  });

  it('fills the `values` given to show() into the texts of the toast', async () => {
    const { show } = renderToaster(
      {},
      { messages: { en: { futures: { balance_insufficient: { message: 'Need more margin on {symbol}' } } } } },
    );
    await show(body(2005), { values: { symbol: 'BTC_USDT' } });
    expect(screen.getByRole('alert', { name: MARGIN })).toHaveAccessibleDescription('Need more margin on BTC_USDT');
  });
});

describe('ApiErrorToaster: durations and pause', () => {
  it('closes an info toast by itself after its duration, but keeps an error toast', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { show } = renderToaster();
    await show(body(0));
    await show(body(2005));
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument();

    await advance(4000);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument();

    await advance(1500);
    expect(screen.queryByRole('status', { name: DONE })).not.toBeInTheDocument();

    await advance(60_000);
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();
  });

  it('pauses while the mouse is over the region and resumes after it leaves', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { show, user, region } = renderToaster();
    await show(body(0));
    await advance(1000);

    await user.hover(region());
    await advance(20_000);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument();

    await user.unhover(region());
    await advance(2000);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument(); // ~4 s were left
    await advance(3000);
    expect(screen.queryByRole('status', { name: DONE })).not.toBeInTheDocument();
  });

  it('pauses while focus is within the region (keyboard, no pointer) and resumes after focus leaves', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { show, user } = renderToaster();
    await show(body(0));
    await advance(1000);

    await user.keyboard('{Alt>}t{/Alt}'); // focus moves in by keyboard: the pointer never hovers the region
    const toast = screen.getByRole('status', { name: DONE });
    expect(toast.closest('[data-mek-toast-slot]')).toHaveFocus();
    await advance(20_000);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'Place order' }).focus());
    await advance(2000);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument(); // ~4 s were left
    await advance(3000);
    expect(screen.queryByRole('status', { name: DONE })).not.toBeInTheDocument();
  });
});

describe('ApiErrorToaster: roles and live regions', () => {
  it('pre-mounts the labelled region with an assertive and a polite live container before any toast', () => {
    const { region } = renderToaster();
    expect(region().querySelector('[aria-live="assertive"]')).toBeInTheDocument();
    expect(region().querySelector('[aria-live="polite"]')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts an error toast in the assertive container with role alert and a warning in the polite one with role status', async () => {
    const { show, region } = renderToaster();
    await show(body(2005));
    await show(body(510));

    const alert = screen.getByRole('alert', { name: MARGIN });
    const status = screen.getByRole('status', { name: en.futures.rate_limited.title });
    expect(alert.closest('[aria-live]')).toHaveAttribute('aria-live', 'assertive');
    expect(status.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    expect(region().contains(alert) && region().contains(status)).toBe(true);
  });

  it("uses the toast's title as its accessible name and its message as description", async () => {
    const { show } = renderToaster();
    await show(body(2005));
    const toast = screen.getByRole('alert', { name: 'Not enough margin' });
    expect(toast).toHaveAccessibleDescription(en.futures.balance_insufficient.message);
  });
});

describe('ApiErrorToaster: renderToast', () => {
  it('renders each toast with the app’s renderToast from controls.resolved, inside the live regions', async () => {
    const { show, region } = renderToaster({ renderToast: (_toast, { resolved }) => <p data-testid="own-card">{resolved.title}</p> });
    await show(body(2005));
    expect(within(region()).getByTestId('own-card')).toHaveTextContent(MARGIN);
    expect(screen.getByTestId('own-card').closest('[aria-live]')).toHaveAttribute('aria-live', 'assertive');
  });

  it('gives renderToast working dismiss and runAction controls', async () => {
    const onAction = vi.fn();
    const { show, user, store } = renderToaster(
      {
        renderToast: (_toast, { resolved, dismiss, runAction }) => (
          <div>
            <button type="button" onClick={() => runAction(resolved.actions[0]!.id)}>
              {resolved.actions[0]!.label}
            </button>
            <button type="button" onClick={dismiss}>
              Close card
            </button>
          </div>
        ),
      },
      { onAction },
    );
    await show(body(2005));
    await user.click(screen.getByRole('button', { name: 'Transfer funds' }));
    expect(onAction).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
    expect(store.getSnapshot().visible).toEqual([]);

    await show(body(510));
    await user.click(screen.getByRole('button', { name: 'Close card' }));
    expect(store.getSnapshot().visible).toEqual([]);
  });

  it('a renderToast that throws for one toast: that toast falls back to the default look, the others and the app stay, reported once', async () => {
    const errors = silenceConsoleError();
    const renderToast: ApiErrorToasterProps['renderToast'] = (toast, { resolved }) => {
      if (toast.error.code === 2005) throw new Error('card for 2005 is broken');
      return <p data-testid="own-card">{resolved.title}</p>;
    };
    const { show, store } = renderToaster({ renderToast });
    await show(body(2005));
    await show(body(510));
    await show(body(2005)); // the broken toast renders again (×2): still the default look, no second report

    expect(screen.getByRole('button', { name: 'Place order' })).toBeInTheDocument();
    const fallback = screen.getByRole('alert', { name: /^Not enough margin/ });
    expect(within(fallback).getByRole('button', { name: 'Transfer funds' })).toBeInTheDocument();
    expect(within(fallback).getByText('×2')).toBeInTheDocument();
    expect(screen.getByTestId('own-card')).toHaveTextContent(en.futures.rate_limited.title);
    expect(store.getSnapshot().visible).toHaveLength(2);
    const reports = errors.mock.calls.filter(([first]) => String(first).includes('[mexc-error-kit] renderToast threw'));
    expect(reports).toHaveLength(1);
    expect(reports[0]![1]).toEqual(new Error('card for 2005 is broken'));
  });
});

describe('ApiErrorToaster: RTL', () => {
  it('sets dir="rtl" on the region and keeps the logical position', async () => {
    const { show, region } = renderToaster({ dir: 'rtl' });
    await show(body(2005));
    expect(region()).toHaveAttribute('dir', 'rtl');
    expect(region()).toHaveAttribute('data-position', 'bottom-end');
  });
});
