import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createToastStore } from '../../src/core/index';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { useApiErrorBoundary } from '../../src/react/useApiErrorBoundary';
import { body, silenceConsoleError, registerCleanup } from './helpers';

registerCleanup();
beforeEach(() => void silenceConsoleError());

function OrderPanel({ submit }: { submit: () => Promise<unknown> }) {
  const { showBoundary } = useApiErrorBoundary();
  return (
    <div>
      <p>Order panel</p>
      <button type="button" onClick={() => showBoundary(body(2005, '余额不足'))}>
        Place order
      </button>
      <button type="button" onClick={() => void submit().catch(showBoundary)}>
        Place order async
      </button>
    </div>
  );
}

function setup(submit: () => Promise<unknown> = () => Promise.reject(body(2005))) {
  const onError = vi.fn();
  const onReset = vi.fn();
  const user = userEvent.setup();
  render(
    <ApiErrorProvider store={createToastStore()}>
      <ApiErrorBoundary onError={onError} onReset={onReset}>
        <OrderPanel submit={submit} />
      </ApiErrorBoundary>
    </ApiErrorProvider>,
  );
  return { user, onError, onReset };
}

describe('useApiErrorBoundary', () => {
  it('showBoundary(error) from an event handler shows the boundary fallback', async () => {
    const { user, onError } = setup();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText('Order panel')).not.toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 2005, serverMessage: '余额不足' }), expect.anything());
  });

  it('showBoundary works as a promise rejection handler', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Place order async' }));
    expect(await screen.findByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
  });

  it('"Try again" after showBoundary renders the panel again', async () => {
    const { user, onReset } = setup();
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Order panel')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative' });
  });

  it('resetBoundary() called from a fallback resets that boundary, like "Try again"', async () => {
    const state = { fail: true };
    function Failing() {
      if (state.fail) throw body(2005);
      return <p>Recovered</p>;
    }
    function Fallback() {
      const { resetBoundary } = useApiErrorBoundary();
      return (
        <button type="button" onClick={resetBoundary}>
          Reset from hook
        </button>
      );
    }
    const onReset = vi.fn();
    const user = userEvent.setup();
    render(
      <ApiErrorProvider store={createToastStore()}>
        <ApiErrorBoundary FallbackComponent={Fallback} onReset={onReset}>
          <Failing />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    state.fail = false;
    await user.click(screen.getByRole('button', { name: 'Reset from hook' }));
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative' });
    expect(screen.getByText('Recovered')).toBeInTheDocument();
  });

  it('outside a boundary, throws an error that names the hook instead of silently doing nothing', () => {
    expect(() => renderHook(() => useApiErrorBoundary())).toThrow(/useApiErrorBoundary\(\).*<ApiErrorBoundary>/);
  });
});
