// The boundary's custom fallbacks: fallbackRender, FallbackComponent or a fixed fallback element (one at
// most), and what happens when the app's fallback itself throws.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createToastStore } from '../../src/core/index';
import { ApiErrorBoundary, type ApiErrorBoundaryProps, type ApiErrorFallbackProps } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { body, en, makePanel, registerCleanup, silenceConsoleError } from './helpers';

registerCleanup();

let consoleError: ReturnType<typeof silenceConsoleError>;
beforeEach(() => {
  consoleError = silenceConsoleError();
});

const MARGIN = en.futures.balance_insufficient.title;

/** The boundary under test inside an outer one, which must never see what the inner one handles. */
function renderNested(props: ApiErrorBoundaryProps, children: ReactNode) {
  const user = userEvent.setup();
  const outerOnError = vi.fn();
  render(
    <ApiErrorProvider store={createToastStore()}>
      <ApiErrorBoundary fallback={<p>Outer boundary caught it</p>} onError={outerOnError}>
        <ApiErrorBoundary {...props}>{children}</ApiErrorBoundary>
      </ApiErrorBoundary>
    </ApiErrorProvider>,
  );
  return { user, outerOnError };
}

describe('ApiErrorBoundary: custom fallbacks', () => {
  it('fallbackRender gets the localized error and a reset function', async () => {
    const { state, PositionsPanel } = makePanel(() => body(2005));
    const { user } = renderNested(
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
    expect(screen.getByRole('heading', { name: `Custom: ${MARGIN}` })).toBeInTheDocument();
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
    renderNested({ FallbackComponent: PanelError }, <PositionsPanel />);
    expect(screen.getByRole('note')).toHaveTextContent(`Component: ${en.futures.balance_insufficient.message}`);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('fallback renders a fixed element', () => {
    const { PositionsPanel } = makePanel(() => body(2005));
    renderNested({ fallback: <p>Positions unavailable</p> }, <PositionsPanel />);
    expect(screen.getByText('Positions unavailable')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes one fallback prop at most; a JavaScript caller that passes all three gets fallbackRender', () => {
    const { PositionsPanel } = makePanel(() => body(2005));
    // @ts-expect-error: fallback, FallbackComponent and fallbackRender are mutually exclusive
    const all: ApiErrorBoundaryProps = {
      fallbackRender: () => <p>from render</p>,
      FallbackComponent: () => <p>from component</p>,
      fallback: <p>from element</p>,
    };
    renderNested(all, <PositionsPanel />);
    expect(screen.getByText('from render')).toBeInTheDocument();
    expect(screen.queryByText('from component')).not.toBeInTheDocument();
    expect(screen.queryByText('from element')).not.toBeInTheDocument();
  });
});

describe('ApiErrorBoundary: a custom fallback that throws', () => {
  type Broken = () => never;
  it.each<[string, (broken: Broken) => ApiErrorBoundaryProps]>([
    ['fallback element', (broken) => ({ fallback: <BrokenNotice broken={broken} /> })],
    ['FallbackComponent', (broken) => ({ FallbackComponent: () => broken() })],
    ['fallbackRender', (broken) => ({ fallbackRender: () => broken() })],
  ])('%s: the kit’s fallback shows instead, once reported, no loop, no outer boundary, and "Try again" works', async (_name, propsWith) => {
    const renders = { count: 0 };
    const broken: Broken = () => {
      renders.count += 1;
      throw new Error('fallback bug');
    };
    const { state, PositionsPanel } = makePanel(() => body(2005));
    const { user, outerOnError } = renderNested(propsWith(broken), <PositionsPanel />);

    expect(screen.getByRole('alert', { name: MARGIN })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText('Outer boundary caught it')).not.toBeInTheDocument();
    expect(outerOnError).not.toHaveBeenCalled();
    expect(renders.count).toBeGreaterThan(0);
    expect(renders.count).toBeLessThan(10);
    const reports = consoleError.mock.calls.filter(([first]) =>
      String(first).includes('[mexc-error-kit] An error boundary fallback threw'),
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]![1]).toEqual(new Error('fallback bug'));

    state.fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Positions: BTC_USDT long 1')).toBeInTheDocument();
  });
});

function BrokenNotice({ broken }: { broken: () => never }): ReactNode {
  return broken();
}
