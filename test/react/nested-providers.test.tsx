// Nested providers with different locales: each toaster speaks the locale of its own provider, the
// default toast, a renderToast and useApiError alike (texts are made where a toast is shown).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createToastStore, type ToastStore } from '../../src/core/index';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { ApiErrorToaster, type ApiErrorToasterProps } from '../../src/react/ApiErrorToaster';
import { useApiError } from '../../src/react/useApiError';
import { body, en, registerCleanup, zh } from './helpers';

registerCleanup();

const MARGIN = en.futures.balance_insufficient.title;
const ZH_MARGIN = zh.futures.balance_insufficient.title;
const FAILURE = body(2005);

function ShowButton({ label, toasterId }: { label: string; toasterId: string }) {
  const { show } = useApiError();
  return (
    <button type="button" onClick={() => show(FAILURE, { toasterId })}>
      {label}
    </button>
  );
}

function InlineError() {
  const { error } = useApiError(FAILURE);
  return <p data-testid="inline-error">{error?.title}</p>;
}

/** An English trading screen with a Chinese panel inside, each with its own toaster. */
function renderScreen(renderToast?: ApiErrorToasterProps['renderToast'], store: ToastStore = createToastStore()) {
  const user = userEvent.setup();
  render(
    <ApiErrorProvider store={store} locale="en">
      <ShowButton label="Show in the page" toasterId="page" />
      <ShowButton label="Show in the panel from the page" toasterId="panel" />
      <ApiErrorToaster id="page" renderToast={renderToast} />
      <ApiErrorProvider store={store} locale="zh-CN">
        <ShowButton label="Show in the panel" toasterId="panel" />
        <InlineError />
        <ApiErrorToaster id="panel" renderToast={renderToast} />
      </ApiErrorProvider>
    </ApiErrorProvider>,
  );
  const page = () => document.querySelector<HTMLElement>('[data-mek-toaster="page"]')!;
  const panel = () => document.querySelector<HTMLElement>('[data-mek-toaster="panel"]')!;
  return { user, page, panel };
}

describe('nested providers with different locales', () => {
  it('render each toaster in its own provider’s locale (the default toast)', async () => {
    const { user, page, panel } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Show in the page' }));
    await user.click(screen.getByRole('button', { name: 'Show in the panel' }));

    const english = await within(page()).findByRole('alert', { name: MARGIN });
    const chinese = await within(panel()).findByRole('alert', { name: ZH_MARGIN });
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveAccessibleDescription(en.futures.balance_insufficient.message);
    expect(chinese).toHaveAttribute('lang', 'zh-CN');
    expect(chinese).toHaveAccessibleDescription(zh.futures.balance_insufficient.message);
    expect(within(chinese).getByRole('button', { name: zh.actions.transfer_funds })).toBeInTheDocument();
    expect(within(page()).queryByRole('alert', { name: ZH_MARGIN })).not.toBeInTheDocument();
    expect(within(panel()).queryByRole('alert', { name: MARGIN })).not.toBeInTheDocument();
    // the landmarks too
    expect(page()).toHaveAccessibleName('Notifications (Alt+T)');
    expect(panel()).toHaveAccessibleName(`${zh.ui.regionLabel} (Alt+T)`);
  });

  it('render a renderToast’s controls.resolved in its own provider’s locale', async () => {
    const { user, page, panel } = renderScreen((_toast, { resolved }) => (
      <p data-testid="card" lang={resolved.locale}>
        {resolved.title}
      </p>
    ));
    await user.click(screen.getByRole('button', { name: 'Show in the page' }));
    await user.click(screen.getByRole('button', { name: 'Show in the panel' }));

    expect(await within(page()).findByTestId('card')).toHaveTextContent(MARGIN);
    await waitFor(() => expect(within(panel()).getByTestId('card')).toHaveTextContent(ZH_MARGIN));
    expect(within(page()).getByTestId('card')).toHaveAttribute('lang', 'en');
    expect(within(panel()).getByTestId('card')).toHaveAttribute('lang', 'zh-CN');
  });

  it('the toaster’s provider decides the language, not the place that showed the failure', async () => {
    const { user, panel } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Show in the panel from the page' }));
    expect(await within(panel()).findByRole('alert', { name: ZH_MARGIN })).toBeInTheDocument();
  });

  it('useApiError(error).error in the inner tree agrees with the inner toast', async () => {
    const { user, panel } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Show in the panel' }));
    const toast = await within(panel()).findByRole('alert', { name: ZH_MARGIN });
    const toastTitle = toast.querySelector('[id$="-title"]')!.textContent;
    await waitFor(() => expect(screen.getByTestId('inline-error')).toHaveTextContent(toastTitle!));
    expect(screen.getByTestId('inline-error')).toHaveTextContent(ZH_MARGIN);
  });
});
