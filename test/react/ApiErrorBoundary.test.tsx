// The boundary with its built-in fallback: what it shows, "Try again" and resetKeys (onReset says why),
// and what onError gives a logger. Custom fallbacks: ApiErrorBoundary.fallbacks.test.tsx.
import { QueryClient, QueryClientProvider, QueryErrorResetBoundary, useQuery } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MexcApiError, createToastStore } from '../../src/core/index';
import zhCN from '../../src/locales/zh-CN';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { body, en, makePanel, registerCleanup, silenceConsoleError, zh } from './helpers';

registerCleanup();

let consoleError: ReturnType<typeof silenceConsoleError>;
beforeEach(() => {
  consoleError = silenceConsoleError();
});

const MARGIN = en.futures.balance_insufficient.title;
const margin = () => new MexcApiError({ catalog: 'futures', code: 2005, source: 'api' });

function renderBoundary(props: ApiErrorBoundaryProps, children: ReactNode, onAction = vi.fn()) {
  const user = userEvent.setup();
  const store = createToastStore();
  const wrap = (boundaryProps: ApiErrorBoundaryProps) => (
    <ApiErrorProvider store={store} onAction={onAction}>
      <ApiErrorBoundary {...boundaryProps}>{children}</ApiErrorBoundary>
    </ApiErrorProvider>
  );
  const view = render(wrap(props));
  return { user, onAction, rerenderBoundary: (next: ApiErrorBoundaryProps) => view.rerender(wrap(next)), ...view };
}

describe('ApiErrorBoundary: default fallback', () => {
  it('shows the localized fallback (title, message, actions, "Try again") for a thrown MexcApiError', async () => {
    const { PositionsPanel } = makePanel(margin);
    const { user, onAction } = renderBoundary({}, <PositionsPanel />);

    const fallback = screen.getByRole('alert', { name: MARGIN });
    expect(fallback).toHaveAccessibleDescription(en.futures.balance_insufficient.message);
    const buttons = within(fallback)
      .getAllByRole('button')
      .filter((button) => button.hasAttribute('data-mek-action'));
    expect(buttons.map((button) => button.textContent)).toEqual(['Transfer funds', 'Reduce size', 'Deposit', 'Lower leverage']);
    expect(within(fallback).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText(/Positions:/)).not.toBeInTheDocument();

    await user.click(within(fallback).getByRole('button', { name: 'Transfer funds' }));
    expect(onAction).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
  });

  it('shows the fallback for a thrown plain body object, with the server text in the details', () => {
    const { PositionsPanel } = makePanel(() => body(2005, '余额不足'));
    renderBoundary({}, <PositionsPanel />);
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByText('余额不足')).toBeInTheDocument();
  });

  it('speaks the provider locale', async () => {
    const { PositionsPanel } = makePanel(margin);
    render(
      <ApiErrorProvider store={createToastStore()} locale="zh-CN" messages={{ 'zh-CN': zhCN }}>
        <ApiErrorBoundary>
          <PositionsPanel />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    expect(await screen.findByRole('alert', { name: zh.futures.balance_insufficient.title })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: zh.ui.tryAgain })).toBeInTheDocument();
  });

  it('a throwing onError is reported and the fallback still shows', () => {
    const { PositionsPanel } = makePanel(margin);
    const onError = () => {
      throw new Error('logger down');
    };
    renderBoundary({ onError }, <PositionsPanel />);
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('onError'), expect.objectContaining({ message: 'logger down' }));
  });
});

describe('ApiErrorBoundary: onError', () => {
  it('is called once with the normalized error and the component stack and error name', () => {
    const onError = vi.fn();
    const { PositionsPanel } = makePanel(margin);
    renderBoundary({ onError }, <PositionsPanel />);
    expect(onError).toHaveBeenCalledTimes(1);
    const [error, info] = onError.mock.calls[0]!;
    expect(error).toStrictEqual({ catalog: 'futures', code: 2005, source: 'api' });
    expect(info).toEqual({
      componentStack: expect.stringContaining('PositionsPanel'),
      errorName: 'MexcApiError',
      stack: expect.any(String),
    });
  });

  it('gets a plain body normalized, with its server message', () => {
    const onError = vi.fn();
    const { PositionsPanel } = makePanel(() => body(2005, '余额不足'));
    renderBoundary({ onError }, <PositionsPanel />);
    expect(onError.mock.calls[0]![0]).toStrictEqual({ catalog: 'futures', code: 2005, source: 'api', serverMessage: '余额不足' });
    expect(onError.mock.calls[0]![1]).toMatchObject({ errorName: 'object' }); // no name, no stack: its type
    expect(onError.mock.calls[0]![1]).not.toHaveProperty('stack');
  });

  it('never hands a logger a secret: the signature and API key in the thrown error’s stack and message are redacted', () => {
    const signature = 'abc123def4567890abc123def4567890abc123def4567890abc123def4567890';
    const apiKey = 'mx0vglAbCdEfGh1234567890';
    const failure = () => {
      const thrown = new Error(`Request failed: signature=${signature}`);
      thrown.name = 'AxiosError';
      thrown.stack = [
        `AxiosError: Request failed: signature=${signature}`,
        `    at submitOrder (https://futures.mexc.com/api/v1/private/order/submit?symbol=BTC_USDT&signature=${signature})`,
        `    at sendWithHeaders (client.ts:12:3) ApiKey: ${apiKey}`,
      ].join('\n');
      return thrown;
    };
    const onError = vi.fn();
    const { PositionsPanel } = makePanel(failure);
    renderBoundary({ onError }, <PositionsPanel />);

    const [, info] = onError.mock.calls[0]!;
    expect(info.errorName).toBe('AxiosError');
    expect(info.stack).toContain(
      'at submitOrder (https://futures.mexc.com/api/v1/private/order/submit?symbol=BTC_USDT&signature=[redacted])',
    );
    expect(info.stack).toContain('ApiKey: [redacted]');
    const everything = JSON.stringify(onError.mock.calls);
    expect(everything).not.toContain(signature);
    expect(everything).not.toContain(apiKey);
  });
});

describe('ApiErrorBoundary: reset', () => {
  it('"Try again" resets the boundary, re-renders the children and tells onReset why', async () => {
    const onReset = vi.fn();
    const { state, PositionsPanel } = makePanel(margin);
    const { user } = renderBoundary({ onReset }, <PositionsPanel />);
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();

    state.fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(screen.getByText('Positions: BTC_USDT long 1')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onReset).toHaveBeenCalledExactlyOnceWith({ reason: 'imperative' });
  });

  it('"Try again" shows the fallback again when the children still fail', async () => {
    const onError = vi.fn();
    const { PositionsPanel } = makePanel(margin);
    const { user } = renderBoundary({ onError }, <PositionsPanel />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('resets when resetKeys change, and gives onReset the previous and next keys', () => {
    const onReset = vi.fn();
    const { state, PositionsPanel } = makePanel(margin);
    const { rerenderBoundary } = renderBoundary({ resetKeys: ['BTC_USDT'], onReset }, <PositionsPanel />);
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();

    state.fail = false;
    rerenderBoundary({ resetKeys: ['BTC_USDT'], onReset });
    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument(); // same keys: no reset
    expect(onReset).not.toHaveBeenCalled();

    rerenderBoundary({ resetKeys: ['ETH_USDT'], onReset });
    expect(screen.getByText('Positions: BTC_USDT long 1')).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledExactlyOnceWith({ reason: 'keys', previousKeys: ['BTC_USDT'], nextKeys: ['ETH_USDT'] });
  });
});

describe('ApiErrorBoundary with react-query', () => {
  it('QueryErrorResetBoundary + onReset={reset}: "Try again" refetches the failed query and shows the data', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const queryFn = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(body(2005, 'Balance insufficient'))
      .mockResolvedValue('BTC_USDT long 1');
    function Positions() {
      const { data } = useQuery({ queryKey: ['positions'], queryFn, throwOnError: true });
      return <p>{data ? `Positions: ${data}` : 'Loading positions'}</p>;
    }
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={client}>
        <ApiErrorProvider store={createToastStore()}>
          <QueryErrorResetBoundary>
            {({ reset }) => (
              <ApiErrorBoundary onReset={reset}>
                <Positions />
              </ApiErrorBoundary>
            )}
          </QueryErrorResetBoundary>
        </ApiErrorProvider>
      </QueryClientProvider>,
    );

    expect(await screen.findByRole('alert', { name: MARGIN })).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Positions: BTC_USDT long 1')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
