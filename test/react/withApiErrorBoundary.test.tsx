import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MexcApiError, createToastStore } from '../../src/core/index';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { withApiErrorBoundary } from '../../src/react/withApiErrorBoundary';
import { silenceConsoleError, registerCleanup } from './helpers';

registerCleanup();
beforeEach(() => void silenceConsoleError());

const state = { fail: true };
function PositionsPanel({ symbol }: { symbol: string }) {
  if (state.fail) throw new MexcApiError({ catalog: 'futures', code: 2005, source: 'api' });
  return <p>Positions of {symbol}</p>;
}

describe('withApiErrorBoundary', () => {
  beforeEach(() => {
    state.fail = true;
  });

  it('wraps a component in a boundary with the given props and passes its own props through', async () => {
    const onError = vi.fn();
    const Safe = withApiErrorBoundary(PositionsPanel, { onError });
    const user = userEvent.setup();
    render(
      <ApiErrorProvider store={createToastStore()}>
        <p>Header</p>
        <Safe symbol="BTC_USDT" />
      </ApiErrorProvider>,
    );

    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(screen.getByText('Header')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(
      { catalog: 'futures', code: 2005, source: 'api' },
      expect.objectContaining({ errorName: 'MexcApiError', componentStack: expect.stringContaining('PositionsPanel') }),
    );

    state.fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Positions of BTC_USDT')).toBeInTheDocument();
  });

  it('renders the component unchanged when nothing fails, and names itself after it', () => {
    state.fail = false;
    const Safe = withApiErrorBoundary(PositionsPanel);
    render(<Safe symbol="ETH_USDT" />);
    expect(screen.getByText('Positions of ETH_USDT')).toBeInTheDocument();
    expect(Safe.displayName).toBe('withApiErrorBoundary(PositionsPanel)');
  });

  it('uses a custom fallback given to the HOC', () => {
    const Safe = withApiErrorBoundary(PositionsPanel, { fallbackRender: ({ error }) => <p>Panel failed: {error.code}</p> });
    render(<Safe symbol="BTC_USDT" />);
    expect(screen.getByText('Panel failed: 2005')).toBeInTheDocument();
  });
});
