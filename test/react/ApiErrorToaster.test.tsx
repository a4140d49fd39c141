import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createToastStore, type ToastStore } from '../../src/core/index';
import { en } from '../../src/locales/en';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { ApiErrorToaster, type ApiErrorToasterProps } from '../../src/react/ApiErrorToaster';
import { body, renderedCodes, slotOf, registerCleanup, silenceConsoleError } from './helpers';

registerCleanup();

const MARGIN = en.balance_insufficient.title; // 'Not enough margin'
const DONE = en.operation_succeeded.title; // code 0: the only info-severity code, no actions → auto-closes

function setup(props: ApiErrorToasterProps = {}, store: ToastStore = createToastStore()) {
  const user = userEvent.setup(vi.isFakeTimers() ? { advanceTimers: vi.advanceTimersByTime } : {});
  const view = render(
    <ApiErrorProvider store={store}>
      <button type="button">Place order</button>
      <ApiErrorToaster {...props} />
    </ApiErrorProvider>,
  );
  const show = (...args: Parameters<ToastStore['show']>) => {
    let id: string | null = null;
    act(() => {
      id = store.show(...args);
    });
    return id;
  };
  const region = () => screen.getByRole('region', { name: 'Notifications (Alt+T)' });
  return { user, store, show, region, ...view };
}

const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('ApiErrorToaster: queue, dedupe, update', () => {
  it('shows 3 of 5 failures and lets the waiting ones in, in order, as others close', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { show, user } = setup();
    for (const code of [2005, 600, 2011, 1001, 6005]) show(body(code));

    expect(renderedCodes()).toEqual(['2005', '600', '2011']);
    expect(screen.getByRole('region', { name: 'Notifications (Alt+T)' })).toHaveAttribute('data-queued', '2');

    await user.click(within(screen.getByRole('alert', { name: MARGIN })).getByRole('button', { name: 'Dismiss' }));
    expect(renderedCodes()).toEqual(['600', '2011', '1001']);

    const [first] = screen.getAllByRole('button', { name: 'Dismiss' });
    await user.click(first!);
    expect(renderedCodes()).toEqual(['2011', '1001', '6005']);
  });

  it('respects a maxVisible prop', () => {
    const { show } = setup({ maxVisible: 1 });
    show(body(2005));
    show(body(600));
    expect(renderedCodes()).toEqual(['2005']);
  });

  it('merges the same failure arriving 3 times into one toast showing ×3', () => {
    const { show } = setup();
    show(body(2005));
    show(body(2005));
    show(body(2005));

    expect(renderedCodes()).toEqual(['2005']);
    const toast = screen.getByRole('alert', { name: /^Not enough margin\s*×3$/ });
    expect(within(toast).getByText('×3')).toBeInTheDocument();
  });

  it('updates a toast in place when shown again with its id', () => {
    const { show } = setup();
    show(body(500), { id: 'order-1' });
    expect(screen.getByRole('alert', { name: en.internal_error.title })).toBeInTheDocument();

    show(body(2005), { id: 'order-1' });
    expect(renderedCodes()).toEqual(['2005']);
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: en.internal_error.title })).not.toBeInTheDocument();
    expect(screen.queryByText(/×\d/)).not.toBeInTheDocument();
  });
});

describe('ApiErrorToaster: durations and pause', () => {
  it('closes an info toast by itself after its duration, but keeps an error toast', () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { show } = setup();
    show(body(0));
    show(body(2005));
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument();

    advance(4000);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument();

    advance(1500);
    expect(screen.queryByRole('status', { name: DONE })).not.toBeInTheDocument();

    advance(60_000);
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();
  });

  it('pauses while the mouse is over the region and resumes after it leaves', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { show, user, region } = setup();
    show(body(0));
    advance(1000);

    await user.hover(region());
    advance(20_000);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument();

    await user.unhover(region());
    advance(2000);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument(); // ~4 s were left
    advance(3000);
    expect(screen.queryByRole('status', { name: DONE })).not.toBeInTheDocument();
  });

  it('pauses while focus is within the region (keyboard, no pointer) and resumes after focus leaves', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { show, user } = setup();
    show(body(0));
    advance(1000);

    await user.keyboard('{Alt>}t{/Alt}'); // focus moves in by keyboard: the pointer never hovers the region
    const toast = screen.getByRole('status', { name: DONE });
    expect(slotOf(toast)).toHaveFocus();
    advance(20_000);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'Place order' }).focus());
    advance(2000);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument(); // ~4 s were left
    advance(3000);
    expect(screen.queryByRole('status', { name: DONE })).not.toBeInTheDocument();
  });
});

describe('ApiErrorToaster: keyboard and focus', () => {
  it('Alt+T moves focus to the first toast', async () => {
    const { show, user } = setup();
    show(body(2005));
    show(body(1002));

    await user.keyboard('{Alt>}t{/Alt}');
    expect(slotOf(screen.getByRole('alert', { name: MARGIN }))).toHaveFocus();
  });

  it('a custom hotkey replaces Alt+T in the shortcut and the region name', async () => {
    const { show, user } = setup({ hotkey: 'Ctrl+Shift+E' });
    show(body(2005));
    expect(screen.getByRole('region', { name: 'Notifications (Ctrl+Shift+E)' })).toBeInTheDocument();

    await user.keyboard('{Alt>}t{/Alt}');
    expect(slotOf(screen.getByRole('alert', { name: MARGIN }))).not.toHaveFocus();
    await user.keyboard('{Control>}{Shift>}E{/Shift}{/Control}');
    expect(slotOf(screen.getByRole('alert', { name: MARGIN }))).toHaveFocus();
  });

  it('Esc dismisses the focused toast and only that one', async () => {
    const { show, user } = setup();
    show(body(2005));
    show(body(1002));
    const [, second] = screen.getAllByRole('alert');
    const secondCode = second!.getAttribute('data-code');

    await user.click(second!);
    await user.keyboard('{Escape}');

    expect(renderedCodes()).toEqual(['2005']);
    expect(secondCode).toBe('1002');
  });

  it('returns focus to the element focused before (the "Place order" button) when Esc closes the last toast', async () => {
    const { show, user } = setup();
    const placeOrder = screen.getByRole('button', { name: 'Place order' });
    await user.click(placeOrder);
    show(body(2005));
    expect(placeOrder).toHaveFocus(); // a new toast does not steal focus

    await user.keyboard('{Alt>}t{/Alt}');
    expect(slotOf(screen.getByRole('alert', { name: MARGIN }))).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(placeOrder).toHaveFocus();
  });

  it('moves focus to the next toast when Esc closes one and others remain', async () => {
    const { show, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    show(body(2005));
    show(body(1002));
    show(body(2009));
    const [, second, third] = screen.getAllByRole('alert');

    await user.keyboard('{Alt>}t{/Alt}');
    await user.keyboard('{Escape}');
    expect(renderedCodes()).toEqual(['1002', '2009']);
    expect(slotOf(second!)).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(slotOf(third!)).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Place order' })).toHaveFocus();
  });

  it('closing a toast with its Dismiss button also moves focus on', async () => {
    const { show, user } = setup();
    const placeOrder = screen.getByRole('button', { name: 'Place order' });
    await user.click(placeOrder);
    show(body(2005));
    await user.keyboard('{Alt>}t{/Alt}');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(placeOrder).toHaveFocus();
  });
});

describe('ApiErrorToaster: roles and live regions', () => {
  it('pre-mounts the labelled region with an assertive and a polite live container before any toast', () => {
    setup();
    const region = screen.getByRole('region', { name: 'Notifications (Alt+T)' });
    expect(region.querySelector('[aria-live="assertive"]')).toBeInTheDocument();
    expect(region.querySelector('[aria-live="polite"]')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts an error toast in the assertive container with role alert and a warning in the polite one with role status', () => {
    const { show, region } = setup();
    show(body(2005));
    show(body(510));

    const alert = screen.getByRole('alert', { name: MARGIN });
    const status = screen.getByRole('status', { name: en.rate_limited.title });
    expect(alert.closest('[aria-live]')).toHaveAttribute('aria-live', 'assertive');
    expect(status.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    expect(region().contains(alert) && region().contains(status)).toBe(true);
  });

  it("uses the toast's title as its accessible name and its message as description", () => {
    const { show } = setup();
    show(body(2005));
    const toast = screen.getByRole('alert', { name: 'Not enough margin' });
    expect(toast).toHaveAccessibleDescription(en.balance_insufficient.message);
  });
});

describe('ApiErrorToaster: renderToast', () => {
  it('renders each toast with the app’s renderToast, inside the live regions', () => {
    const { show, region } = setup({ renderToast: (toast) => <p data-testid="own-card">{toast.resolved.title}</p> });
    show(body(2005));
    expect(within(region()).getByTestId('own-card')).toHaveTextContent(MARGIN);
    expect(screen.getByTestId('own-card').closest('[aria-live]')).toHaveAttribute('aria-live', 'assertive');
  });

  it('a renderToast that throws for one toast: that toast falls back to the default look, the others and the app stay, reported once', () => {
    const errors = silenceConsoleError();
    const renderToast: ApiErrorToasterProps['renderToast'] = (toast) => {
      if (toast.error.code === 2005) throw new Error('card for 2005 is broken');
      return <p data-testid="own-card">{toast.resolved.title}</p>;
    };
    const { show, store } = setup({ renderToast });
    show(body(2005));
    show(body(510));
    show(body(2005)); // the broken toast renders again (×2): still the default look, no second report

    expect(screen.getByRole('button', { name: 'Place order' })).toBeInTheDocument();
    const fallback = screen.getByRole('alert', { name: /^Not enough margin/ });
    expect(within(fallback).getByRole('button', { name: 'Transfer funds' })).toBeInTheDocument();
    expect(within(fallback).getByText('×2')).toBeInTheDocument();
    expect(screen.getByTestId('own-card')).toHaveTextContent(en.rate_limited.title);
    expect(store.getSnapshot().visible).toHaveLength(2);
    const reports = errors.mock.calls.filter(([first]) => String(first).includes('[mexc-error-kit] renderToast threw'));
    expect(reports).toHaveLength(1);
    expect(reports[0]![1]).toEqual(new Error('card for 2005 is broken'));
  });
});

describe('ApiErrorToaster: RTL', () => {
  it('sets dir="rtl" on the region and keeps the logical position', () => {
    const { show, region } = setup({ dir: 'rtl' });
    show(body(2005));
    expect(region()).toHaveAttribute('dir', 'rtl');
    expect(region()).toHaveAttribute('data-position', 'bottom-end');
  });

  it('positions the toaster with logical properties only in src/styles.css', () => {
    const css = readFileSync(path.resolve(process.cwd(), 'src/styles.css'), 'utf8').replace(/\/\*[^]*?\*\//g, '');
    expect(css).toMatch(/inset-inline-end\s*:/);
    expect(css).toMatch(/inset-inline-start\s*:/);
    expect(css).toMatch(/\[data-position[^\]]*end/);
    // no physical left/right (they would not mirror under dir="rtl")
    expect(css).not.toMatch(/(^|[\s;{])(left|right)\s*:/);
    expect(css).not.toMatch(/(margin|padding|border)-(left|right)\s*:/);
  });
});
