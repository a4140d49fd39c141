// The provider's toastOptions: the one place to set how toasters treat toasts. They apply to the
// toasters below that provider only, and are undone when it unmounts.
import { act, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createToastStore, type ToastStore } from '../../src/core/index';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { ApiErrorToaster } from '../../src/react/ApiErrorToaster';
import { body, en, registerCleanup, renderToaster, renderedCodes, showIn } from './helpers';

registerCleanup();

const DONE = en.futures.operation_succeeded.title; // code 0: info, no actions → closes after 5 s
const region = (id: string) => document.querySelector<HTMLElement>(`[data-mek-toaster="${id}"]`)!;

async function showThree(store: ToastStore, toasterId?: string) {
  for (const code of [2005, 1002, 2009]) await showIn(store, body(code), { toasterId });
}

describe('ApiErrorProvider toastOptions', () => {
  it('maxVisible applies to the toaster below the provider', async () => {
    const { show, region: main } = renderToaster({}, { toastOptions: { maxVisible: 2 } });
    for (const code of [2005, 1002, 2009]) await show(body(code));
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(main()).toHaveAttribute('data-queued', '1');
  });

  it('are scoped: a nested provider’s options reach only its toasters, and are undone when it unmounts', async () => {
    const store = createToastStore();
    let setSidePanel: (open: boolean) => void = () => undefined;
    function Screen() {
      const [open, setOpen] = useState(true);
      setSidePanel = setOpen;
      return (
        <ApiErrorProvider store={store}>
          <ApiErrorToaster id="main" hotkey={null} />
          {open ? (
            <ApiErrorProvider store={store} toastOptions={{ maxVisible: 1 }}>
              <ApiErrorToaster id="side" hotkey={null} />
            </ApiErrorProvider>
          ) : (
            <ApiErrorToaster id="side" hotkey={null} />
          )}
        </ApiErrorProvider>
      );
    }
    render(<Screen />);
    await showThree(store, 'main');
    await showThree(store, 'side');
    expect(renderedCodes(region('main'))).toEqual(['2005', '1002', '2009']); // the outer toaster keeps the defaults
    expect(renderedCodes(region('side'))).toEqual(['2005']);

    await act(async () => setSidePanel(false)); // the provider with maxVisible 1 goes away
    expect(renderedCodes(region('side'))).toEqual(['2005', '1002', '2009']);
    expect(renderedCodes(region('main'))).toEqual(['2005', '1002', '2009']);
  });

  it('leave nothing behind in a shared store after the provider unmounts', async () => {
    const store = createToastStore();
    const first = render(
      <ApiErrorProvider store={store} toastOptions={{ maxVisible: 1 }}>
        <ApiErrorToaster />
      </ApiErrorProvider>,
    );
    await showThree(store);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    first.unmount();
    await act(async () => undefined);
    // no toaster left: the store is back to its defaults (3 at once), the provider's maxVisible 1 went with it
    expect(store.getSnapshot().visible).toHaveLength(3);

    render(
      <ApiErrorProvider store={store}>
        <ApiErrorToaster />
      </ApiErrorProvider>,
    );
    await act(async () => undefined);
    expect(within(screen.getByRole('region')).getAllByRole('alert')).toHaveLength(3);
  });

  it('a toast pushed back into the queue by a smaller maxVisible does not expire unseen', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const store = createToastStore();
    const tree = (maxVisible?: number) => (
      <ApiErrorProvider store={store} toastOptions={maxVisible === undefined ? undefined : { maxVisible }}>
        <ApiErrorToaster />
      </ApiErrorProvider>
    );
    const view = render(tree());
    await showIn(store, body(2005));
    await showIn(store, body(0)); // info: closes 5 s after it becomes visible
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument();

    view.rerender(tree(1));
    await act(async () => undefined); // the store settles (once per microtask) before any clock could fire
    await act(async () => void vi.advanceTimersByTime(10_000));
    expect(screen.queryByRole('status', { name: DONE })).not.toBeInTheDocument();
    expect(store.getSnapshot().queued.map((toast) => toast.error.code)).toEqual([0]);

    view.rerender(tree());
    await act(async () => undefined);
    expect(screen.getByRole('status', { name: DONE })).toBeInTheDocument();
    await act(async () => void vi.advanceTimersByTime(5000));
    expect(screen.queryByRole('status', { name: DONE })).not.toBeInTheDocument();
    expect(renderedCodes()).toEqual(['2005']);
  });
});
