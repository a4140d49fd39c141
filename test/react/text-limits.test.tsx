import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createToastStore } from '../../src/core/index';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { ApiErrorToast } from '../../src/react/ApiErrorToast';
import { ApiErrorToaster } from '../../src/react/ApiErrorToaster';
import { body, registerCleanup, showIn } from './helpers';

registerCleanup();

const MEGABYTE = 1_000_000;
const titleOf = (toast: HTMLElement) => toast.querySelector('[id$="-title"]')!.textContent ?? '';
const messageOf = (toast: HTMLElement) => toast.querySelector('[id$="-message"]')!.textContent ?? '';

describe('app-supplied texts are capped on screen', () => {
  it('cuts a 1 MB title to 200 and a 1 MB message to 1,000 characters, with an ellipsis', () => {
    render(<ApiErrorToast error={body(2005)} title={'T'.repeat(MEGABYTE)} message={'M'.repeat(MEGABYTE)} />);
    const toast = screen.getByRole('alert');
    expect(titleOf(toast)).toHaveLength(200);
    expect(titleOf(toast).endsWith('…')).toBe(true);
    expect(messageOf(toast)).toHaveLength(1000);
    expect(messageOf(toast).endsWith('…')).toBe(true);
  });

  it('caps titles and messages given to the store, in the store and on screen', async () => {
    const store = createToastStore();
    render(
      <ApiErrorProvider store={store}>
        <ApiErrorToaster />
      </ApiErrorProvider>,
    );
    await showIn(store, body(2005), { title: 'T'.repeat(MEGABYTE), message: 'A'.repeat(65_536) });
    const [state] = store.getSnapshot().visible;
    expect(state!.title).toHaveLength(200);
    expect(state!.message).toHaveLength(1000);
    expect(titleOf(screen.getByRole('alert'))).toHaveLength(200);
    expect(messageOf(screen.getByRole('alert'))).toHaveLength(1000);
  });

  it('caps each `values` entry at 200 characters before it is placed in a text', () => {
    const messages = { en: { futures: { balance_insufficient: { message: 'Order on {symbol} rejected.' } } } };
    render(
      <ApiErrorProvider messages={messages}>
        <ApiErrorToast error={body(2005)} values={{ symbol: 'X'.repeat(MEGABYTE) }} />
      </ApiErrorProvider>,
    );
    expect(messageOf(screen.getByRole('alert'))).toBe(`Order on ${'X'.repeat(199)}… rejected.`);
  });

  it("caps a `t` function's results and overrides: titles at 200, messages at 1,000, labels at 200", () => {
    const t = (key: string) =>
      key.endsWith('.message') ? 'm'.repeat(MEGABYTE) : key.startsWith('mexc.action.') ? 'a'.repeat(MEGABYTE) : undefined;
    const messages = { en: { futures: { balance_insufficient: { title: 'o'.repeat(MEGABYTE) } } } };
    render(
      <ApiErrorProvider t={t} messages={messages}>
        <ApiErrorToast error={body(2005)} />
      </ApiErrorProvider>,
    );
    const toast = screen.getByRole('alert');
    expect(titleOf(toast)).toHaveLength(200);
    expect(messageOf(toast)).toHaveLength(1000);
    for (const button of toast.querySelectorAll('[data-mek-action]')) expect(button.textContent).toHaveLength(200);
  });

  it('keeps texts that fit exactly as given', () => {
    render(<ApiErrorToast error={body(2005)} title={'T'.repeat(200)} message="Top up your futures account." />);
    const toast = screen.getByRole('alert');
    expect(titleOf(toast)).toBe('T'.repeat(200));
    expect(messageOf(toast)).toBe('Top up your futures account.');
  });
});
