import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { ApiErrorBoundary, MexcApiError, useApiErrorBoundary } from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/** Stands in for a signed request that MEXC refuses: the API key was deleted (401). */
async function loadAccount(): Promise<never> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  throw new MexcApiError({ code: 401, source: 'api', httpStatus: 200, serverMessage: '未授权' });
}

/** An account panel that loads on click; the failure of the async handler goes to the boundary. */
function AccountPanel() {
  const { showBoundary } = useApiErrorBoundary();
  const [loading, setLoading] = useState(false);
  async function onLoad() {
    setLoading(true);
    try {
      await loadAccount();
    } catch (error) {
      showBoundary(error);
    }
  }
  return (
    <section aria-label="Account">
      <p>Futures account</p>
      <button type="button" onClick={() => void onLoad()} disabled={loading}>
        {loading ? 'Loading account…' : 'Load account'}
      </button>
    </section>
  );
}

/** A panel using `useApiErrorBoundary` inside an `ApiErrorBoundary`. */
function BoundaryDemo() {
  return (
    <div style={{ maxWidth: 420 }}>
      <ApiErrorBoundary>
        <AccountPanel />
      </ApiErrorBoundary>
    </div>
  );
}

/**
 * Error boundaries only catch render errors. `useApiErrorBoundary().showBoundary(error)` hands a failure
 * from an event handler or a promise to the nearest `ApiErrorBoundary`, which shows its localized fallback
 * with "Try again"; `resetBoundary()` resets it from code.
 */
const meta = {
  title: 'Hooks/useApiErrorBoundary',
  component: BoundaryDemo,
  tags: ['autodocs'],
} satisfies Meta<typeof BoundaryDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A rejected request in an async click handler: `showBoundary` swaps the panel for the 401 fallback. */
export const ShowBoundaryFromAsyncHandler: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Load account' }));
    const fallback = await canvas.findByRole('alert', { name: 'API key not accepted' });
    await expect(canvas.queryByRole('region', { name: 'Account' })).toBeNull();
    await expect(within(fallback).getByRole('button', { name: 'Check API key' })).toBeVisible();

    await userEvent.click(within(fallback).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Load account' })).toBeEnabled());
    await expect(canvas.queryByRole('alert', { name: 'API key not accepted' })).toBeNull();
  },
};
