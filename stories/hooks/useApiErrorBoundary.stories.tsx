import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { ApiErrorBoundary, MexcApiError, useApiErrorBoundary } from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { kitTexts } from '../support/kit-texts';
import type { KitStoryParameters } from '../support/story-parameters';

const unauthorized = () => new MexcApiError({ catalog: 'futures', code: 401, source: 'api', httpStatus: 200, serverMessage: '未授权' });

/** Stands in for a signed request that MEXC refuses: the API key was deleted (401). */
async function loadAccount(): Promise<never> {
  await Promise.resolve();
  throw unauthorized();
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

// No 'autodocs' tag: useApiErrorBoundary.mdx is the docs page (the hook's signature and result).
const meta = {
  title: 'Hooks/useApiErrorBoundary',
  render: () => (
    <div style={{ maxWidth: 420 }}>
      <ApiErrorBoundary>
        <AccountPanel />
      </ApiErrorBoundary>
    </div>
  ),
  // showBoundary makes the panel throw the 401 on purpose; React's report of it would only be noise.
  parameters: {
    expectedErrors: [(error) => error instanceof MexcApiError && error.code === 401],
  } satisfies KitStoryParameters,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Press "Load account": the request is rejected (401) in an async handler, and `showBoundary` swaps the panel for the fallback. */
export const ShowBoundaryFromAsyncHandler: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Load account' }));
    const fallback = await canvas.findByRole('alert', { name: t.title(unauthorized()) });
    await expect(canvas.queryByRole('region', { name: 'Account' })).toBeNull();
    await expect(within(fallback).getByRole('button', { name: t.action('check_api_key') })).toBeVisible();
    await expect(within(fallback).getByRole('button', { name: t.ui('tryAgain') })).toBeVisible();
  },
};

/** "Try again" on that fallback brings the panel back, ready to load again. */
export const TryAgainRestoresThePanel: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Load account' }));
    const fallback = await canvas.findByRole('alert', { name: t.title(unauthorized()) });
    await userEvent.click(within(fallback).getByRole('button', { name: t.ui('tryAgain') }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Load account' })).toBeEnabled());
    await expect(canvas.getByRole('region', { name: 'Account' })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};
