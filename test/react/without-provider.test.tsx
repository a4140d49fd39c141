// Without any provider the kit still works: English texts, and the kit's one default store, shared by
// useApiError().show, showApiError and every toaster without a provider or store of its own.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { dismissApiError, showApiError } from '../../src/core/index';
import { ApiErrorToaster } from '../../src/react/ApiErrorToaster';
import { useApiError } from '../../src/react/useApiError';
import { body, en, registerCleanup } from './helpers';

registerCleanup();

describe('useApiError without a provider', () => {
  afterEach(() => dismissApiError()); // the kit's default store is shared by the whole file

  it('speaks English and shows into the kit’s default store, the one showApiError and a provider-less toaster use', async () => {
    function Panel() {
      const { error, show } = useApiError(body(2005, '余额不足'));
      return (
        <button type="button" onClick={() => show()}>
          {error?.title}
        </button>
      );
    }
    const user = userEvent.setup();
    render(
      <>
        <Panel />
        <ApiErrorToaster />
      </>,
    );
    await user.click(screen.getByRole('button', { name: en.futures.balance_insufficient.title }));
    expect(await screen.findByRole('alert', { name: en.futures.balance_insufficient.title })).toBeInTheDocument();
    await act(async () => void showApiError(body(510)));
    expect(screen.getByRole('status', { name: en.futures.rate_limited.title })).toBeInTheDocument();
  });
});
