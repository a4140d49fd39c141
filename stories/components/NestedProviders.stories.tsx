import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import {
  ApiErrorProvider,
  ApiErrorToaster,
  createToastStore,
  listApiErrorLocales,
  useApiError,
  type ApiErrorToasterProps,
  type ToasterPosition,
} from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { kitTexts } from '../support/kit-texts';
import type { KitStoryParameters } from '../support/story-parameters';
import { findToast } from './toaster-harness';

const MARGIN_2005 = { success: false, code: 2005, message: '余额不足' };

/** Two shipped locales, one per panel: English and the first other one (zh-CN today). */
const [FIRST = 'en', SECOND = 'zh-CN'] = ['en', ...listApiErrorLocales().filter((tag) => tag !== 'en')];
const PANELS: readonly { locale: string; position: ToasterPosition; hotkey: string }[] = [
  { locale: FIRST, position: 'bottom-start', hotkey: 'Alt+1' },
  { locale: SECOND, position: 'bottom-end', hotkey: 'Alt+2' },
];

/** The app's own card for a toast, drawn from `resolved`: the texts in its toaster's provider's locale. */
const renderCard: NonNullable<ApiErrorToasterProps['renderToast']> = (_toast, { resolved, dismiss }) => (
  <div
    data-testid="own-card"
    lang={resolved.locale}
    dir={resolved.dir}
    style={{ padding: 12, border: '1px solid', borderRadius: 8, background: 'Canvas', color: 'CanvasText' }}
  >
    <strong>{resolved.title}</strong>
    <p style={{ margin: '4px 0 8px' }}>{resolved.message}</p>
    <button type="button" onClick={dismiss} lang="en">
      Close
    </button>
  </div>
);

/** Sends a 2005 into the nearest provider's store when it appears, and again on each press. */
function SendMargin({ locale }: { locale: string }) {
  const { show } = useApiError();
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return; // StrictMode runs effects twice
    sent.current = true;
    show(MARGIN_2005);
  }, [show]);
  return (
    <button type="button" onClick={() => show(MARGIN_2005)}>
      Show 2005 in the {locale} panel
    </button>
  );
}

/** A panel of the app in its own locale: its own provider (and store), its own toaster. */
function LocalePanel({ locale, position, hotkey, custom }: (typeof PANELS)[number] & { custom: boolean }) {
  // Without a store of its own, a nested provider shares its parent's: both panels' toasters would show both toasts.
  const [store] = useState(() => createToastStore());
  return (
    <ApiErrorProvider locale={locale} store={store}>
      <section aria-label={`Panel in ${locale}`} style={{ display: 'grid', gap: 8, padding: 12, border: '1px dashed' }}>
        <p style={{ margin: 0 }}>
          <code dir="ltr">{`<ApiErrorProvider locale="${locale}">`}</code>
        </p>
        <SendMargin locale={locale} />
      </section>
      <ApiErrorToaster position={position} hotkey={hotkey} renderToast={custom ? renderCard : undefined} />
    </ApiErrorProvider>
  );
}

function TwoPanels({ custom }: { custom: boolean }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: 12, maxWidth: 640 }}>
      {PANELS.map((panel) => (
        <LocalePanel key={panel.locale} {...panel} custom={custom} />
      ))}
    </div>
  );
}

/** The toaster region of a panel, named in that panel's locale. */
const regionOfPanel = (root: HTMLElement, { locale, hotkey }: (typeof PANELS)[number]) =>
  within(root).getByRole('region', { name: `${kitTexts({ locale }).ui('regionLabel')} (${hotkey})` });

/**
 * Providers nest: each part of a page can have its own `ApiErrorProvider` with its own locale, and each
 * toaster speaks the locale of its nearest provider, whatever the provider above says (here the toolbar's).
 * A toast is resolved where it is shown, so a `renderToast` gets its texts (`resolved`) in that locale too.
 */
const meta = {
  title: 'Components/Nested providers',
  parameters: { docsMinHeight: 520, pseudoExempt: 'each panel pins its own locale (en and another)' } satisfies KitStoryParameters,
  args: { custom: false },
  argTypes: { custom: { control: 'boolean', description: 'Draw the toasts with `renderToast`' } },
  render: (args) => <TwoPanels custom={args.custom} />,
} satisfies Meta<{ custom: boolean }>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The same 2005 in two panels: the English panel's toaster shows it in English, the other in its own language. */
export const EachToasterInItsLocale: Story = {
  play: async ({ canvasElement }) => {
    for (const panel of PANELS) {
      const t = kitTexts({ locale: panel.locale });
      const region = regionOfPanel(canvasElement, panel);
      const toast = await findToast(region, 'alert', t.title(MARGIN_2005));
      await expect(toast).toHaveAttribute('lang', panel.locale);
      // the other panel's toast may still be sliding in: wait for the condition, not for time
      await waitFor(() => expect(within(toast).getByRole('button', { name: t.action('transfer_funds') })).toBeVisible());
      await waitFor(() => expect(within(toast).getByRole('button', { name: t.ui('dismiss') })).toBeVisible());
    }
    await expect(kitTexts({ locale: FIRST }).title(MARGIN_2005)).not.toBe(kitTexts({ locale: SECOND }).title(MARGIN_2005));
  },
};

/** With `renderToast`, each panel's own card gets `resolved` in its provider's locale; its Close button dismisses it. */
export const RenderToastInItsLocale: Story = {
  args: { custom: true },
  play: async ({ canvasElement }) => {
    for (const panel of PANELS) {
      const t = kitTexts({ locale: panel.locale });
      const region = regionOfPanel(canvasElement, panel);
      const title = await within(region).findByText(t.title(MARGIN_2005));
      const card = title.closest<HTMLElement>('[data-testid="own-card"]')!;
      await expect(card).toHaveAttribute('lang', panel.locale);
      await expect(within(card).getByText(t.message(MARGIN_2005))).toBeVisible();
      await expect(region.querySelector('[data-mek-toast]')).toBeNull();
      await userEvent.click(within(card).getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(card).not.toBeInTheDocument());
    }
  },
};
