// The overflow toast: when a toaster's queue is full, further failures are counted on one summary toast
// ("8 more notifications") instead of piling up or being dropped. Nothing is silently lost.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { body, en, registerCleanup, renderToaster } from './helpers';

registerCleanup();

// Ten failures the store tells apart (no ×N merging).
const CODES = [2005, 600, 2011, 1001, 6005, 510, 2009, 1002, 401, 602];

// The English plural forms, from the pack: 1 takes `one`, any other count `other` (Intl.PluralRules).
const { one, other } = en.ui.overflowTitle;
const withCount = (text: string, count: number) => text.replace('{count}', String(count));

const slots = () => Array.from(document.querySelectorAll<HTMLElement>('[data-mek-toast-slot]'));

describe('the overflow toast', () => {
  it('with maxVisible 2 and maxQueued 2, ten failures: one shows, two wait, the overflow toast counts the other 7 at once', async () => {
    const { show, user, region, store } = renderToaster({}, { toastOptions: { maxVisible: 2, maxQueued: 2 } });
    for (const code of CODES) await show(body(code));

    // The summary takes the last visible place at once: the storm is announced while it happens.
    expect(renderedKinds()).toEqual(['failure', 'overflow']);
    expect(region()).toHaveAttribute('data-queued', '2');
    const { visible, queued } = store.getSnapshot();
    // every failure accounted for: 1 shown + 2 waiting + 7 counted on the overflow toast
    expect([...visible, ...queued].reduce((sum, toast) => sum + toast.count, 0)).toBe(CODES.length);

    const slot = slots()[1]!;
    expect(slot).toHaveAttribute('data-kind', 'overflow');
    const toast = within(slot).getByRole('alert', { name: withCount(other, 7) });
    expect(toast).toHaveAccessibleDescription(en.ui.overflowMessage);
    // A summary, not one of the failures: no code badge, no details, no ×N.
    expect(within(toast).queryByText(/^Code /)).not.toBeInTheDocument();
    expect(within(toast).queryByText(en.ui.details)).not.toBeInTheDocument();
    expect(within(toast).queryByText(/×/)).not.toBeInTheDocument();

    // Dismissed, it gives its place back to the failures that wait.
    await user.click(within(slot).getByRole('button', { name: en.ui.dismiss }));
    expect(renderedKinds()).toEqual(['failure', 'failure']);
    expect(region()).toHaveAttribute('data-queued', '1');
  });

  it('uses the English "one" form for 1 and "other" for more (Intl.PluralRules)', async () => {
    const { show } = renderToaster({}, { toastOptions: { maxVisible: 2, maxQueued: 2 } });
    expect(one).not.toBe(other);
    // 2 shown or waiting before the queue is full, the 4th is the first one counted
    for (const code of CODES.slice(0, 4)) await show(body(code));
    expect(await screen.findByRole('alert', { name: withCount(one, 1) })).toBeInTheDocument();

    for (const code of CODES.slice(4)) await show(body(code));
    expect(await screen.findByRole('alert', { name: withCount(other, 7) })).toBeInTheDocument();
  });

  it('counts repeats of a failure already waiting on its toast (×N), not on the overflow toast', async () => {
    const { show, store } = renderToaster({}, { toastOptions: { maxVisible: 1, maxQueued: 2 } });
    for (const code of [2005, 600, 2005, 600]) await show(body(code));
    expect(store.getSnapshot().visible.map((toast) => [toast.error.code, toast.count])).toEqual([[2005, 2]]);
    expect(store.getSnapshot().queued.map((toast) => [toast.kind, toast.count])).toEqual([['failure', 2]]);
    expect(screen.getByText('×2')).toBeInTheDocument();
  });
});

function renderedKinds() {
  return slots().map((slot) => slot.getAttribute('data-kind'));
}
