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

async function dismissFirst(user: ReturnType<typeof renderToaster>['user']) {
  await user.click(within(slots()[0]!).getByRole('button', { name: en.ui.dismiss }));
}

describe('the overflow toast', () => {
  it('with maxVisible 1 and maxQueued 2, ten failures: one shows, one waits, one toast counts the other 8', async () => {
    const { show, user, region, store } = renderToaster({}, { toastOptions: { maxVisible: 1, maxQueued: 2 } });
    for (const code of CODES) await show(body(code));

    expect(renderedKinds()).toEqual(['failure']);
    expect(region()).toHaveAttribute('data-queued', '2');
    const { visible, queued } = store.getSnapshot();
    expect(queued.map((toast) => toast.kind)).toEqual(['failure', 'overflow']);
    // every failure accounted for: 1 shown + 1 waiting + 8 counted on the overflow toast
    expect([...visible, ...queued].reduce((sum, toast) => sum + toast.count, 0)).toBe(CODES.length);

    await dismissFirst(user);
    await dismissFirst(user);
    const [slot] = slots();
    expect(slot).toHaveAttribute('data-kind', 'overflow');
    const toast = within(slot!).getByRole('alert', { name: withCount(other, 8) });
    expect(toast).toHaveAccessibleName(expect.stringContaining('8'));
    expect(toast).toHaveAccessibleDescription(en.ui.overflowMessage);
    // A summary, not one of the failures: no code badge, no details, no ×N.
    expect(within(toast).queryByText(/^Code /)).not.toBeInTheDocument();
    expect(within(toast).queryByText(en.ui.details)).not.toBeInTheDocument();
    expect(within(toast).queryByText(/×/)).not.toBeInTheDocument();

    await dismissFirst(user);
    expect(slots()).toEqual([]);
  });

  it('uses the English "one" form for 1 and "other" for more (Intl.PluralRules)', async () => {
    const { show, user } = renderToaster({}, { toastOptions: { maxVisible: 1, maxQueued: 2 } });
    for (const code of CODES.slice(0, 3)) await show(body(code));
    await dismissFirst(user);
    await dismissFirst(user);
    expect(one).not.toBe(other);
    expect(screen.getByRole('alert', { name: withCount(one, 1) })).toBeInTheDocument();

    await dismissFirst(user);
    for (const code of CODES.slice(3)) await show(body(code));
    await dismissFirst(user);
    await dismissFirst(user);
    // 7 more failures: one shown, one waiting (both dismissed now), 5 counted
    expect(screen.getByRole('alert', { name: withCount(other, 5) })).toBeInTheDocument();
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
