import { QueryClient, QueryClientProvider, QueryErrorResetBoundary, useQuery } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MexcApiError, createToastStore } from '../../src/core/index';
import { en } from '../../src/locales/en';
import { zhCN } from '../../src/locales/zh-CN';
import { ApiErrorBoundary, type ApiErrorBoundaryProps, type ApiErrorFallbackProps } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { body, silenceConsoleError, registerCleanup } from './helpers';

registerCleanup();

let consoleError: ReturnType<typeof silenceConsoleError>;
beforeEach(() => {
  consoleError = silenceConsoleError();
});

/** Throws `failure` while `state.fail` is true, else shows the panel. */
function makePanel(failure: () => unknown) {
  const state = { fail: true, renders: 0 };
  function PositionsPanel() {
    if (state.fail) throw failure();
    return <p>Positions: BTC_USDT long 1</p>;
  }
  return { state, PositionsPanel };
}

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
    const { PositionsPanel } = makePanel(() => new MexcApiError({ code: 2005, source: 'api' }));
    const { user, onAction } = renderBoundary({}, <PositionsPanel />);

    const fallback = screen.getByRole('alert', { name: 'Not enough margin' });
    expect(fallback).toHaveAccessibleDescription(en.balance_insufficient.message);
    const buttons = within(fallback)
      .getAllByRole('button')
      .filter((button) => button.hasAttribute('data-mek-action'));
    expect(buttons.map((button) => button.textContent)).toEqual(['Transfer funds', 'Reduce size', 'Deposit', 'Lower leverage']);
    expect(within(fallback).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText(/Positions:/)).not.toBeInTheDocument();

    await user.click(within(fallback).getByRole('button', { name: 'Transfer funds' }));
    expect(onAction).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
  });

  it('shows the fallback for a thrown plain body object', () => {
    const { PositionsPanel } = makePanel(() => body(2005, '余额不足'));
    renderBoundary({}, <PositionsPanel />);
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByText('余额不足')).toBeInTheDocument(); // server text in the details
  });

  it('speaks the provider locale', () => {
    const { PositionsPanel } = makePanel(() => new MexcApiError({ code: 2005, source: 'api' }));
    render(
      <ApiErrorProvider store={createToastStore()} locale="zh-CN" messages={{ 'zh-CN': zhCN }}>
        <ApiErrorBoundary>
          <PositionsPanel />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('alert', { name: zhCN.balance_insufficient.title })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: zhCN.ui.tryAgain })).toBeInTheDocument();
  });

  it('calls onError once with the normalized error (code 2005, no extra keys) and React info', () => {
    const onError = vi.fn();
    const { PositionsPanel } = makePanel(() => new MexcApiError({ code: 2005, source: 'api' }));
    renderBoundary({ onError }, <PositionsPanel />);
    expect(onError).toHaveBeenCalledTimes(1);
    const [error, info] = onError.mock.calls[0]!;
    expect(error).toStrictEqual({ code: 2005, source: 'api' });
    expect(info).toEqual(expect.objectContaining({ componentStack: expect.any(String) }));
  });

  it('onError gets the normalized plain body with its server message', () => {
    const onError = vi.fn();
    const { PositionsPanel } = makePanel(() => body(2005, '余额不足'));
    renderBoundary({ onError }, <PositionsPanel />);
    expect(onError.mock.calls[0]![0]).toStrictEqual({ code: 2005, source: 'api', serverMessage: '余额不足' });
  });

  it('"Try again" resets the boundary and re-renders the children', async () => {
    const onReset = vi.fn();
    const { state, PositionsPanel } = makePanel(() => new MexcApiError({ code: 2005, source: 'api' }));
    const { user } = renderBoundary({ onReset }, <PositionsPanel />);
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();

    state.fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(screen.getByText('Positions: BTC_USDT long 1')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative' });
  });

  it('"Try again" shows the fallback again when the children still fail', async () => {
    const onError = vi.fn();
    const { PositionsPanel } = makePanel(() => new MexcApiError({ code: 2005, source: 'api' }));
    const { user } = renderBoundary({ onError }, <PositionsPanel />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('resets when resetKeys change', () => {
    const onReset = vi.fn();
    const { state, PositionsPanel } = makePanel(() => new MexcApiError({ code: 2005, source: 'api' }));
    const { rerenderBoundary } = renderBoundary({ resetKeys: ['BTC_USDT'], onReset }, <PositionsPanel />);
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();

    state.fail = false;
    rerenderBoundary({ resetKeys: ['BTC_USDT'], onReset });
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument(); // same keys: no reset
    expect(onReset).not.toHaveBeenCalled();

    rerenderBoundary({ resetKeys: ['ETH_USDT'], onReset });
    expect(screen.getByText('Positions: BTC_USDT long 1')).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledWith({ reason: 'keys' });
  });

  it('a throwing onError is reported and the fallback still shows', () => {
    const { PositionsPanel } = makePanel(() => new MexcApiError({ code: 2005, source: 'api' }));
    renderBoundary(
      {
        onError: () => {
          throw new Error('logger down');
        },
      },
      <PositionsPanel />,
    );
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('onError'), expect.objectContaining({ message: 'logger down' }));
  });
});

describe('ApiErrorBoundary: custom fallbacks', () => {
  it('fallbackRender gets the localized error and a reset function', async () => {
    const { state, PositionsPanel } = makePanel(() => new MexcApiError({ code: 2005, source: 'api' }));
    const { user } = renderBoundary(
      {
        fallbackRender: ({ error, resetErrorBoundary }: ApiErrorFallbackProps) => (
          <div>
            <h2>Custom: {error.title}</h2>
            <span>code {error.code}</span>
            <button type="button" onClick={resetErrorBoundary}>
              Reload panel
            </button>
          </div>
        ),
      },
      <PositionsPanel />,
    );
    expect(screen.getByRole('heading', { name: 'Custom: Not enough margin' })).toBeInTheDocument();
    expect(screen.getByText('code 2005')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

    state.fail = false;
    await user.click(screen.getByRole('button', { name: 'Reload panel' }));
    expect(screen.getByText('Positions: BTC_USDT long 1')).toBeInTheDocument();
  });

  it('FallbackComponent is rendered with the fallback props', () => {
    function PanelError({ error }: ApiErrorFallbackProps) {
      return <p role="note">Component: {error.message}</p>;
    }
    const { PositionsPanel } = makePanel(() => body(2005));
    renderBoundary({ FallbackComponent: PanelError }, <PositionsPanel />);
    expect(screen.getByRole('note')).toHaveTextContent(`Component: ${en.balance_insufficient.message}`);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('fallback renders a fixed element', () => {
    const { PositionsPanel } = makePanel(() => body(2005));
    renderBoundary({ fallback: <p>Positions unavailable</p> }, <PositionsPanel />);
    expect(screen.getByText('Positions unavailable')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('fallbackRender wins over FallbackComponent and fallback', () => {
    const { PositionsPanel } = makePanel(() => body(2005));
    renderBoundary(
      { fallbackRender: () => <p>from render</p>, FallbackComponent: () => <p>from component</p>, fallback: <p>from element</p> },
      <PositionsPanel />,
    );
    expect(screen.getByText('from render')).toBeInTheDocument();
    expect(screen.queryByText('from component')).not.toBeInTheDocument();
    expect(screen.queryByText('from element')).not.toBeInTheDocument();
  });

  it('a custom fallback that throws falls back to the default fallback, without looping', async () => {
    const renders = { count: 0 };
    function BrokenFallback(): ReactNode {
      renders.count += 1;
      throw new Error('fallback bug');
    }
    const { state, PositionsPanel } = makePanel(() => body(2005));
    const { user } = renderBoundary({ FallbackComponent: BrokenFallback }, <PositionsPanel />);

    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(renders.count).toBeGreaterThan(0);
    expect(renders.count).toBeLessThan(10);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('fallback'), expect.objectContaining({ message: 'fallback bug' }));

    state.fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Positions: BTC_USDT long 1')).toBeInTheDocument();
  });
  it('a fallbackRender that throws falls back to the default fallback', () => {
    const { PositionsPanel } = makePanel(() => body(2005));
    const outer = vi.fn();
    render(
      <ApiErrorProvider store={createToastStore()}>
        <ApiErrorBoundary fallback={<p>Outer boundary caught it</p>} onError={outer}>
          <ApiErrorBoundary
            fallbackRender={() => {
              throw new Error('render fallback bug');
            }}
          >
            <PositionsPanel />
          </ApiErrorBoundary>
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText('Outer boundary caught it')).not.toBeInTheDocument();
    expect(outer).not.toHaveBeenCalled();
  });

  it('a fallback element that throws falls back to the default fallback', () => {
    function BrokenNotice(): ReactNode {
      throw new Error('element fallback bug');
    }
    const { PositionsPanel } = makePanel(() => body(2005));
    const outer = vi.fn();
    render(
      <ApiErrorProvider store={createToastStore()}>
        <ApiErrorBoundary fallback={<p>Outer boundary caught it</p>} onError={outer}>
          <ApiErrorBoundary fallback={<BrokenNotice />}>
            <PositionsPanel />
          </ApiErrorBoundary>
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText('Outer boundary caught it')).not.toBeInTheDocument();
    expect(outer).not.toHaveBeenCalled();
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

    expect(await screen.findByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Positions: BTC_USDT long 1')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
