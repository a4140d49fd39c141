// The provider: locale and texts (its own, loaded, or the app's), the app's t function and onAction.
// Its toastOptions: toast-options.test.tsx; nested providers: nested-providers.test.tsx.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createToastStore, type ApiErrorMessages, type ToastStore, type TranslateFunction } from '../../src/core/index';
import zhCN from '../../src/locales/zh-CN';
import { ApiErrorProvider, type ApiErrorProviderProps } from '../../src/react/ApiErrorProvider';
import { ApiErrorToast } from '../../src/react/ApiErrorToast';
import { ApiErrorToaster } from '../../src/react/ApiErrorToaster';
import { body, en, registerCleanup, showIn, silenceConsoleError, zh } from './helpers';

registerCleanup();

function App({ store, ...props }: ApiErrorProviderProps & { store: ToastStore }) {
  return (
    <ApiErrorProvider store={store} {...props}>
      <ApiErrorToaster />
    </ApiErrorProvider>
  );
}

const MARGIN = en.futures.balance_insufficient.title;
const ZH_MARGIN = zh.futures.balance_insufficient.title;

describe('ApiErrorProvider: locale', () => {
  it('re-localizes a visible toast and the region label when the locale switches to zh-CN', async () => {
    const store = createToastStore();
    const { rerender } = render(<App store={store} />);
    await showIn(store, body(2005));
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();

    rerender(<App store={store} locale="zh-CN" messages={{ 'zh-CN': zhCN }} />);

    const toast = await screen.findByRole('alert', { name: ZH_MARGIN });
    expect(toast).toHaveAccessibleDescription(zh.futures.balance_insufficient.message);
    expect(within(toast).getByRole('button', { name: zh.actions.transfer_funds })).toBeInTheDocument();
    expect(within(toast).getByRole('button', { name: zh.ui.dismiss })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: MARGIN })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: `${zh.ui.regionLabel} (Alt+T)` })).toBeInTheDocument();
  });

  it('switching back to en re-localizes again', async () => {
    const store = createToastStore();
    const { rerender } = render(<App store={store} locale="zh-CN" messages={{ 'zh-CN': zhCN }} />);
    await showIn(store, body(2005));
    expect(await screen.findByRole('alert', { name: ZH_MARGIN })).toBeInTheDocument();
    rerender(<App store={store} locale="en" messages={{ 'zh-CN': zhCN }} />);
    expect(await screen.findByRole('alert', { name: MARGIN })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notifications (Alt+T)' })).toBeInTheDocument();
  });

  it('applies a per-locale override layered over the pack', async () => {
    const store = createToastStore();
    const messages: ApiErrorMessages = [{ 'zh-CN': zhCN }, { 'zh-CN': { futures: { balance_insufficient: { message: 'X' } } } }];
    render(<App store={store} locale="zh-CN" messages={messages} />);
    await showIn(store, body(2005));
    expect(await screen.findByRole('alert', { name: ZH_MARGIN })).toHaveAccessibleDescription('X');
  });

  it('loads the zh-CN texts by itself when locale="zh-CN" comes without messages', async () => {
    const store = createToastStore();
    render(<App store={store} locale="zh-CN" />);
    await showIn(store, body(2005));
    expect(await screen.findByRole('alert', { name: ZH_MARGIN })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: `${zh.ui.regionLabel} (Alt+T)` })).toBeInTheDocument();
  });

  it.each(['zh', 'zh-SG'])('serves %s with the zh-CN texts it loads, marked lang="zh-CN"', async (locale) => {
    const store = createToastStore();
    render(<App store={store} locale={locale} />);
    await showIn(store, body(2005));
    expect(await screen.findByRole('alert', { name: ZH_MARGIN })).toHaveAttribute('lang', 'zh-CN');
  });

  it('with loadTexts={false}, renders at once from the app’s own texts, without waiting for a chunk', () => {
    const messages = { 'zh-CN': { futures: { balance_insufficient: { title: '可用保证金不够', message: '请先划转资金。' } } } };
    render(
      <ApiErrorProvider locale="zh-CN" messages={messages} loadTexts={false}>
        <ApiErrorToast error={body(2005)} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('alert', { name: '可用保证金不够' })).toHaveAccessibleDescription('请先划转资金。');
  });

  it('with loadTexts={false}, ignores texts another provider loaded: only the app’s own and built-in English', async () => {
    const store = createToastStore();
    render(<App store={store} locale="zh-CN" />);
    await showIn(store, body(2005));
    await screen.findByRole('alert', { name: ZH_MARGIN }); // zh-CN futures texts are now in the kit's cache
    render(
      <ApiErrorProvider locale="zh-CN" loadTexts={false}>
        <ApiErrorToast error={body(2011)} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('status', { name: en.futures.order_quantity_invalid.title })).toHaveAttribute('lang', 'en');
  });

  it('localizes a standalone <ApiErrorToast> too', async () => {
    render(
      <ApiErrorProvider store={createToastStore()} locale="zh-CN" messages={{ 'zh-CN': zhCN }}>
        <ApiErrorToast error={body(2005)} />
      </ApiErrorProvider>,
    );
    expect(await screen.findByRole('alert', { name: ZH_MARGIN })).toBeInTheDocument();
    expect(screen.getByText(zh.ui.codeBadge.replace('{code}', '2005'))).toBeInTheDocument();
  });

  it('skips message layers that are not objects instead of crashing', async () => {
    render(
      <ApiErrorProvider locale="zh-CN" messages={[{ en: {} }, undefined as never, null as never]}>
        <ApiErrorToast error={body(2005)} />
      </ApiErrorProvider>,
    );
    expect(await screen.findByRole('alert', { name: ZH_MARGIN })).toBeInTheDocument();
  });

  it('re-rendered with inline props, it does not loop, even when its parent reads the store', async () => {
    const store = createToastStore();
    let renders = 0;
    function Screen() {
      renders++;
      const snapshot = useSyncExternalStore(store.subscribe, () => store.getSnapshot());
      return (
        <ApiErrorProvider
          store={store}
          messages={{ en: { futures: { balance_insufficient: { title: 'Low margin' } } } }}
          toastOptions={{ maxVisible: 5 }}
        >
          <p>{snapshot.visible.length} errors</p>
          <ApiErrorToaster />
        </ApiErrorProvider>
      );
    }
    render(<Screen />);
    await showIn(store, body(2005));
    expect(await screen.findByRole('alert', { name: 'Low margin' })).toBeInTheDocument();
    expect(screen.getByText('1 errors')).toBeInTheDocument();
    expect(renders).toBeLessThan(10);
  });
});

describe('ApiErrorProvider: app t function', () => {
  it('uses the app t for the keys it knows and the kit texts for the rest', async () => {
    const texts: Record<string, string> = {
      'mexc.futures.balance_insufficient.title': 'Margin too low (app)',
      'mexc.action.transfer_funds': 'Move funds (app)',
      'mexc.ui.dismiss': 'Close (app)',
    };
    const t = vi.fn<TranslateFunction>((key) => texts[key]);
    const store = createToastStore();
    render(<App store={store} t={t} />);
    await showIn(store, body(2005));

    const toast = screen.getByRole('alert', { name: 'Margin too low (app)' });
    expect(toast).toHaveAccessibleDescription(en.futures.balance_insufficient.message);
    expect(within(toast).getByRole('button', { name: 'Move funds (app)' })).toBeInTheDocument();
    expect(within(toast).getByRole('button', { name: en.actions.reduce_size })).toBeInTheDocument();
    expect(within(toast).getByRole('button', { name: 'Close (app)' })).toBeInTheDocument();
    expect(t).toHaveBeenCalledWith('mexc.futures.balance_insufficient.title', expect.anything());
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
    await showIn(store, body(2005));

    await user.click(screen.getByRole('button', { name: 'Transfer funds' }));

    expect(onAction).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('onAction'), expect.objectContaining({ message: 'router exploded' }));
    expect(screen.queryByRole('alert', { name: MARGIN })).not.toBeInTheDocument();
    expect(screen.getByText('Trading screen')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notifications (Alt+T)' })).toBeInTheDocument();

    // still works afterwards
    await showIn(store, body(510));
    expect(screen.getByRole('status', { name: en.futures.rate_limited.title })).toBeInTheDocument();
  });

  it('uses the latest onAction after a re-render', async () => {
    const store = createToastStore();
    const first = vi.fn();
    const second = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<App store={store} onAction={first} />);
    await showIn(store, body(2005));
    rerender(<App store={store} onAction={second} />);
    await user.click(screen.getByRole('button', { name: 'Transfer funds' }));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
  });
});
