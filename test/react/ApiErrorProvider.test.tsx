import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createToastStore, type ApiErrorMessages, type ToastStore, type TranslateFunction } from '../../src/core/index';
import { en } from '../../src/locales/en';
import { zhCN } from '../../src/locales/zh-CN';
import { ApiErrorProvider, type ApiErrorProviderProps } from '../../src/react/ApiErrorProvider';
import { ApiErrorToast } from '../../src/react/ApiErrorToast';
import { ApiErrorToaster } from '../../src/react/ApiErrorToaster';
import { body, silenceConsoleError, registerCleanup } from './helpers';

registerCleanup();

function App({ store, ...props }: ApiErrorProviderProps & { store: ToastStore }) {
  return (
    <ApiErrorProvider store={store} {...props}>
      <ApiErrorToaster />
    </ApiErrorProvider>
  );
}

function showIn(store: ToastStore, error: unknown) {
  act(() => void store.show(error));
}

describe('ApiErrorProvider: locale', () => {
  it('re-localizes a visible toast and the region label when the locale switches to zh-CN', () => {
    const store = createToastStore();
    const { rerender } = render(<App store={store} />);
    showIn(store, body(2005));
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();

    rerender(<App store={store} locale="zh-CN" messages={{ 'zh-CN': zhCN }} />);

    const toast = screen.getByRole('alert', { name: zhCN.balance_insufficient.title });
    expect(toast).toHaveAccessibleDescription(zhCN.balance_insufficient.message);
    expect(within(toast).getByRole('button', { name: zhCN.actions.transfer_funds })).toBeInTheDocument();
    expect(within(toast).getByRole('button', { name: zhCN.ui.dismiss })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'Not enough margin' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: `${zhCN.ui.regionLabel} (Alt+T)` })).toBeInTheDocument();
  });

  it('switching back to en re-localizes again', () => {
    const store = createToastStore();
    const { rerender } = render(<App store={store} locale="zh-CN" messages={{ 'zh-CN': zhCN }} />);
    showIn(store, body(2005));
    expect(screen.getByRole('alert', { name: zhCN.balance_insufficient.title })).toBeInTheDocument();
    rerender(<App store={store} locale="en" messages={{ 'zh-CN': zhCN }} />);
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notifications (Alt+T)' })).toBeInTheDocument();
  });

  it('applies a per-locale override layered over the pack', () => {
    const store = createToastStore();
    const messages: ApiErrorMessages = [{ 'zh-CN': zhCN }, { 'zh-CN': { balance_insufficient: { message: 'X' } } }];
    render(<App store={store} locale="zh-CN" messages={messages} />);
    showIn(store, body(2005));
    const toast = screen.getByRole('alert', { name: zhCN.balance_insufficient.title });
    expect(toast).toHaveAccessibleDescription('X');
  });

  it('loads the zh-CN pack by itself when locale="zh-CN" comes without messages', async () => {
    const store = createToastStore();
    render(<App store={store} locale="zh-CN" />);
    showIn(store, body(2005));
    expect(await screen.findByRole('alert', { name: zhCN.balance_insufficient.title })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: `${zhCN.ui.regionLabel} (Alt+T)` })).toBeInTheDocument();
  });

  it('falls back from zh-TW / zh to the zh-CN pack it loads', async () => {
    const store = createToastStore();
    render(<App store={store} locale="zh" />);
    showIn(store, body(2005));
    expect(await screen.findByRole('alert', { name: zhCN.balance_insufficient.title })).toBeInTheDocument();
  });

  it('does not load a pack with loadLocale={false}: stays English', async () => {
    render(
      <>
        <ApiErrorProvider locale="zh-CN" loadLocale={false}>
          <ApiErrorToast error={body(2005)} />
        </ApiErrorProvider>
        <ApiErrorProvider locale="zh-CN">
          <ApiErrorToast error={body(2005)} />
        </ApiErrorProvider>
      </>,
    );
    // Once the sibling provider has its pack, a load would have reached the first one too.
    expect(await screen.findByRole('alert', { name: zhCN.balance_insufficient.title })).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
  });

  it('localizes a standalone <ApiErrorToast> too', () => {
    render(
      <ApiErrorProvider store={createToastStore()} locale="zh-CN" messages={{ 'zh-CN': zhCN }}>
        <ApiErrorToast error={body(2005)} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('alert', { name: zhCN.balance_insufficient.title })).toBeInTheDocument();
    expect(screen.getByText(zhCN.ui.codeBadge.replace('{code}', '2005'))).toBeInTheDocument();
  });
});

describe('ApiErrorProvider: app t function', () => {
  it('uses the app t for the keys it knows and the kit texts for the rest', () => {
    const texts: Record<string, string> = {
      'mexc.error.balance_insufficient.title': 'Margin too low (app)',
      'mexc.action.transfer_funds': 'Move funds (app)',
      'mexc.ui.dismiss': 'Close (app)',
    };
    const t = vi.fn<TranslateFunction>((key) => texts[key]);
    const store = createToastStore();
    render(<App store={store} t={t} />);
    showIn(store, body(2005));

    const toast = screen.getByRole('alert', { name: 'Margin too low (app)' });
    expect(toast).toHaveAccessibleDescription(en.balance_insufficient.message);
    expect(within(toast).getByRole('button', { name: 'Move funds (app)' })).toBeInTheDocument();
    expect(within(toast).getByRole('button', { name: 'Reduce size' })).toBeInTheDocument();
    expect(within(toast).getByRole('button', { name: 'Close (app)' })).toBeInTheDocument();
    expect(t).toHaveBeenCalledWith('mexc.error.balance_insufficient.title', expect.anything());
  });
});

describe('ApiErrorProvider: onAction', () => {
  it('a throwing onAction does not crash the toaster: the error is logged and the toast closes', async () => {
    const consoleError = silenceConsoleError();
    const store = createToastStore();
    const onAction = vi.fn(() => {
      throw new Error('router exploded');
    });
    const user = userEvent.setup();
    render(
      <ApiErrorProvider store={store} onAction={onAction}>
        <p>Trading screen</p>
        <ApiErrorToaster />
      </ApiErrorProvider>,
    );
    showIn(store, body(2005));

    await user.click(screen.getByRole('button', { name: 'Transfer funds' }));

    expect(onAction).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('onAction'), expect.objectContaining({ message: 'router exploded' }));
    expect(screen.queryByRole('alert', { name: 'Not enough margin' })).not.toBeInTheDocument();
    expect(screen.getByText('Trading screen')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notifications (Alt+T)' })).toBeInTheDocument();

    // still works afterwards
    showIn(store, body(510));
    expect(screen.getByRole('status', { name: en.rate_limited.title })).toBeInTheDocument();
  });

  it('uses the latest onAction after a re-render', async () => {
    const store = createToastStore();
    const first = vi.fn();
    const second = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<App store={store} onAction={first} />);
    showIn(store, body(2005));
    rerender(<App store={store} onAction={second} />);
    await user.click(screen.getByRole('button', { name: 'Transfer funds' }));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
  });
});

describe('ApiErrorProvider: toastDefaults', () => {
  it('applies maxVisible from toastDefaults', () => {
    const store = createToastStore();
    render(<App store={store} toastDefaults={{ maxVisible: 2 }} />);
    for (const code of [2005, 1002, 2009]) showIn(store, body(code));
    expect(screen.getAllByRole('alert')).toHaveLength(2);
  });
});
