// The toaster from the keyboard: Alt+T into the toasts, Esc closes the focused one, and focus always
// lands somewhere sensible (the next toast, or back where it came from).
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createToastStore } from '../../src/core/index';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { ApiErrorToaster } from '../../src/react/ApiErrorToaster';
import { body, en, registerCleanup, renderToaster, renderedCodes, showIn, slotOf } from './helpers';

registerCleanup();

const MARGIN = en.futures.balance_insufficient.title;
const DONE = en.futures.operation_succeeded.title;

describe('ApiErrorToaster: keyboard and focus', () => {
  it('Alt+T moves focus to the first toast', async () => {
    const { show, user } = renderToaster();
    await show(body(2005));
    await show(body(1002));

    await user.keyboard('{Alt>}t{/Alt}');
    expect(slotOf(screen.getByRole('alert', { name: MARGIN }))).toHaveFocus();
  });

  it('a custom hotkey replaces Alt+T in the shortcut and the region name', async () => {
    const { show, user } = renderToaster({ hotkey: 'Ctrl+Shift+E' });
    await show(body(2005));
    expect(screen.getByRole('region', { name: 'Notifications (Ctrl+Shift+E)' })).toBeInTheDocument();

    await user.keyboard('{Alt>}t{/Alt}');
    expect(slotOf(screen.getByRole('alert', { name: MARGIN }))).not.toHaveFocus();
    await user.keyboard('{Control>}{Shift>}E{/Shift}{/Control}');
    expect(slotOf(screen.getByRole('alert', { name: MARGIN }))).toHaveFocus();
  });

  it('with two toasters, Alt+T goes to the one that has toasts', async () => {
    const user = userEvent.setup();
    const store = createToastStore();
    render(
      <ApiErrorProvider store={store}>
        <ApiErrorToaster />
        <ApiErrorToaster id="orders" />
      </ApiErrorProvider>,
    );
    await showIn(store, body(2005), { toasterId: 'orders' });
    await user.keyboard('{Alt>}t{/Alt}');
    const slot = slotOf(screen.getByRole('alert', { name: MARGIN }));
    expect(slot).toHaveFocus();
    expect(slot.closest('[data-mek-toaster]')).toHaveAttribute('data-mek-toaster', 'orders');
  });

  it('Esc dismisses the focused toast and only that one', async () => {
    const { show, user } = renderToaster();
    await show(body(2005));
    await show(body(1002));
    const [, second] = screen.getAllByRole('alert');
    expect(second).toHaveAttribute('data-code', '1002');

    await user.click(second!);
    await user.keyboard('{Escape}');

    expect(renderedCodes()).toEqual(['2005']);
  });

  it('returns focus to the element focused before (the "Place order" button) when Esc closes the last toast', async () => {
    const { show, user } = renderToaster();
    const placeOrder = screen.getByRole('button', { name: 'Place order' });
    await user.click(placeOrder);
    await show(body(2005));
    expect(placeOrder).toHaveFocus(); // a new toast does not steal focus

    await user.keyboard('{Alt>}t{/Alt}');
    expect(slotOf(screen.getByRole('alert', { name: MARGIN }))).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(placeOrder).toHaveFocus();
  });

  it('moves focus to the next toast when Esc closes one and others remain', async () => {
    const { show, user } = renderToaster();
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await show(body(2005));
    await show(body(1002));
    await show(body(2009));
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
    const { show, user } = renderToaster();
    const placeOrder = screen.getByRole('button', { name: 'Place order' });
    await user.click(placeOrder);
    await show(body(2005));
    await user.keyboard('{Alt>}t{/Alt}');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(placeOrder).toHaveFocus();
  });

  it('returns focus and ends the focus pause when the focused toast is closed through the store', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { show, user, store } = renderToaster();
    const placeOrder = screen.getByRole('button', { name: 'Place order' });
    const id = await show(body(2005));
    act(() => placeOrder.focus());
    await user.keyboard('{Alt>}t{/Alt}');
    expect(slotOf(screen.getByRole('alert', { name: MARGIN }))).toHaveFocus();

    await act(async () => store.dismiss(id!)); // e.g. the app closes it when the order goes through
    expect(placeOrder).toHaveFocus();

    // Focus left without a blur event: the toaster's clocks must run again.
    await show(body(0));
    await act(async () => void vi.advanceTimersByTime(6000));
    expect(screen.queryByRole('status', { name: DONE })).not.toBeInTheDocument();
    expect(store.getSnapshot().visible).toEqual([]);
  });
});
