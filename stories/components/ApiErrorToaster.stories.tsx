import type { Meta, StoryObj } from '@storybook/react-vite';
import { ApiErrorToaster, type ToasterPosition } from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ignoringSpaces, kitTexts } from '../support/kit-texts';
import type { KitStoryParameters } from '../support/story-parameters';
import {
  click,
  findToast,
  horizontalGaps,
  MARGIN_2005,
  NETWORK_ERROR,
  RATE_LIMITED_510,
  regionOf,
  toastsIn,
  ToasterHarness,
  TWENTY_ERRORS,
  UNAUTHORIZED_401,
  FIVE_ERRORS,
} from './toaster-harness';

const POSITIONS: ToasterPosition[] = ['top-start', 'top-center', 'top-end', 'bottom-start', 'bottom-center', 'bottom-end'];
/** Default `--mek-offset` of the kit's stylesheet: the gap between the region and the viewport edge. */
const OFFSET = 16;

/**
 * `ApiErrorToaster` is the toast region: a labelled landmark whose live regions exist before the first
 * toast, so screen readers announce every failure sent with `showApiError` (errors assertively, the rest
 * politely). Repeats merge into one toast with ×N, extra toasts wait in a queue, Alt+T moves focus to
 * the toasts, Esc closes the focused one and focus returns where it was. `start`/`end` positions mirror
 * under RTL. How many toasts show at once and wait is set on the provider (`toastOptions`), for every
 * toaster below it; beyond the queue, failures are counted on one "N more errors" toast.
 */
const meta = {
  title: 'Components/ApiErrorToaster',
  component: ApiErrorToaster,
  tags: ['autodocs'],
  args: { position: 'bottom-end' },
  argTypes: {
    position: { control: 'select', options: POSITIONS },
    theme: { control: 'inline-radio', options: ['inherit', 'light', 'dark', 'system'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    hotkey: { control: 'text' },
    renderToast: { control: false },
    store: { control: false },
    style: { control: false },
  },
  parameters: { docsMinHeight: 420 } satisfies KitStoryParameters,
  render: (args) => <ToasterHarness {...args} />,
} satisfies Meta<typeof ApiErrorToaster>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A failed order (2005) in the toaster: an alert in the corner with its next steps, until it is dismissed. */
export const NotEnoughMargin: Story = {
  render: (args) => <ToasterHarness {...args} showOnMount={[MARGIN_2005]} />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const region = regionOf(canvasElement, t);
    const toast = await findToast(canvasElement, 'alert', t.title(MARGIN_2005));
    await expect(region.querySelector('[aria-live="assertive"]')).toContainElement(toast);
    await expect(toast).toHaveAttribute('data-code', '2005');
    await expect(within(toast).getByRole('button', { name: t.action('transfer_funds') })).toHaveAttribute('data-primary');
    await userEvent.click(within(toast).getByRole('button', { name: t.ui('dismiss') }));
    await waitFor(() => expect(toastsIn(region)).toHaveLength(0));
  },
};

/** The empty region is mounted before any toast (so the first one is announced); "Show 2005" adds an alert. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const region = regionOf(canvasElement, t);
    await expect(region).toHaveAttribute('data-position', 'bottom-end');
    await expect(toastsIn(region)).toHaveLength(0);
    await expect(region.querySelector('[aria-live="assertive"]')).not.toBeNull();
    await expect(region.querySelector('[aria-live="polite"]')).not.toBeNull();
    await click(canvasElement, 'Show 2005');
    const toast = await findToast(canvasElement, 'alert', t.title(MARGIN_2005));
    await expect(region).toContainElement(toast);
  },
};

/** Pick any position from the controls; the region moves there (bottom-end by default). */
export const Positions: Story = {
  render: (args) => <ToasterHarness {...args} showOnMount={[NETWORK_ERROR]} />,
  play: async ({ args, canvasElement, globals }) => {
    const t = kitTexts(globals);
    await findToast(canvasElement, 'alert', t.title(NETWORK_ERROR));
    await expect(regionOf(canvasElement, t)).toHaveAttribute('data-position', args.position ?? 'bottom-end');
  },
};

/** The same failure three times is one toast counting ×3, not three toasts; each repeat adds one. */
export const DedupeCount: Story = {
  render: (args) => <ToasterHarness {...args} showOnMount={[RATE_LIMITED_510, RATE_LIMITED_510, RATE_LIMITED_510]} />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const region = regionOf(canvasElement, t);
    const titleWithCount = (count: number) => `${t.title(RATE_LIMITED_510)} ${t.ui('repeatCount', { count })}`;
    const toast = await findToast(canvasElement, 'status', ignoringSpaces(titleWithCount(3)));
    await expect(toastsIn(region)).toHaveLength(1);
    await click(canvasElement, 'Show 510');
    await waitFor(() => expect(toast.querySelector('[data-mek-count]')).toHaveTextContent(t.ui('repeatCount', { count: 4 })));
    await expect(toastsIn(region)).toHaveLength(1);
    await expect(await findToast(canvasElement, 'status', ignoringSpaces(titleWithCount(4)))).toBe(toast);
  },
};

/**
 * With the provider's `toastOptions={{ maxVisible: 3 }}`, five failures show three toasts; the rest wait
 * and move up as toasts close.
 */
export const QueueBeyondMaxVisible: Story = {
  parameters: { docsMinHeight: 760, toastOptions: { maxVisible: 3 } } satisfies KitStoryParameters,
  render: (args) => <ToasterHarness {...args} showOnMount={FIVE_ERRORS} />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const canvas = within(canvasElement);
    const region = regionOf(canvasElement, t);
    await waitFor(() => expect(toastsIn(region)).toHaveLength(3));
    await expect(region).toHaveAttribute('data-queued', '2');
    await expect(canvas.queryByRole('alert', { name: t.title(UNAUTHORIZED_401) })).toBeNull();

    const rateLimited = await findToast(canvasElement, 'status', t.title(RATE_LIMITED_510));
    await userEvent.click(within(rateLimited).getByRole('button', { name: t.ui('dismiss') }));
    await expect(await findToast(canvasElement, 'alert', t.title(UNAUTHORIZED_401))).toBeVisible();
    await expect(toastsIn(region)).toHaveLength(3);
    await expect(region).toHaveAttribute('data-queued', '1');
  },
};

/** Alt+T jumps from the page to the toast, Tab reaches its first action, Esc closes it and focus returns. */
export const KeyboardFlow: Story = {
  render: (args) => <ToasterHarness {...args} showOnMount={[MARGIN_2005]} />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const canvas = within(canvasElement);
    const toast = await findToast(canvasElement, 'alert', t.title(MARGIN_2005));
    const placeOrder = canvas.getByRole('button', { name: 'Place order' });
    placeOrder.focus();
    await userEvent.keyboard('{Alt>}t{/Alt}');
    await expect(toast.closest('[data-mek-toast-slot]')).toHaveFocus();
    await userEvent.tab();
    await expect(within(toast).getByRole('button', { name: t.action('transfer_funds') })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('alert', { name: t.title(MARGIN_2005) })).toBeNull());
    await expect(placeOrder).toHaveFocus();
  },
};

/** `position="top-start"`: the region hugs the top edge (and the start edge, which depends on direction). */
export const TopStart: Story = {
  args: { position: 'top-start' },
  render: (args) => <ToasterHarness {...args} showOnMount={[MARGIN_2005]} />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    await findToast(canvasElement, 'alert', t.title(MARGIN_2005));
    const region = regionOf(canvasElement, t);
    await expect(Math.abs(region.getBoundingClientRect().top - OFFSET)).toBeLessThan(2);
  },
};

/** `position="bottom-center"`: centred horizontally at the bottom, the same in both directions. */
export const BottomCenter: Story = {
  args: { position: 'bottom-center' },
  render: (args) => <ToasterHarness {...args} showOnMount={[MARGIN_2005]} />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    await findToast(canvasElement, 'alert', t.title(MARGIN_2005));
    const region = regionOf(canvasElement, t);
    const gaps = horizontalGaps(region);
    await expect(Math.abs(gaps.left - gaps.right)).toBeLessThan(2);
    await expect(Math.abs(window.innerHeight - region.getBoundingClientRect().bottom - OFFSET)).toBeLessThan(2);
  },
};

/** `unstyled`: no kit class names; a few lines of app CSS style the toasts through `data-severity`. */
export const Unstyled: Story = {
  args: { unstyled: true, className: 'my-toasts' },
  render: (args) => (
    <>
      <style>{`
        .my-toasts [data-severity] { border-inline-start: 4px solid; padding: 8px 12px; margin-block: 8px; }
        .my-toasts [data-severity='error'], .my-toasts [data-severity='critical'] { border-color: #d92d20; }
        .my-toasts [data-severity='warning'] { border-color: #dc6803; }
      `}</style>
      <ToasterHarness {...args} showOnMount={[MARGIN_2005]} />
    </>
  ),
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await findToast(canvasElement, 'alert', t.title(MARGIN_2005));
    const region = regionOf(canvasElement, t);
    await expect(region).toHaveClass('my-toasts', { exact: true });
    await expect(toast).toHaveAttribute('data-severity', 'error');
    await expect(region.querySelector('[class*="mek-"]')).toBeNull();
    await expect(getComputedStyle(toast).borderInlineStartWidth).toBe('4px');
  },
};

/** `renderToast` draws each toast as the app's own card, still inside the region's live regions. */
export const CustomRender: Story = {
  args: {
    // `resolved`: the toast's texts in this toaster's provider's locale, as the default toast shows them.
    renderToast: (toast, { resolved, dismiss }) => (
      <div
        lang={resolved.locale}
        dir={resolved.dir}
        style={{ padding: 12, border: '1px solid', borderRadius: 8, background: 'Canvas', color: 'CanvasText' }}
      >
        <strong>{resolved.title}</strong>
        {toast.count > 1 && <span> ×{toast.count}</span>}
        <button type="button" style={{ marginInlineStart: 12 }} onClick={dismiss}>
          Close
        </button>
      </div>
    ),
  },
  render: (args) => <ToasterHarness {...args} showOnMount={[MARGIN_2005]} />,
  play: async ({ canvasElement, globals }) => {
    const title = kitTexts(globals).title(MARGIN_2005);
    const region = regionOf(canvasElement, kitTexts(globals));
    await waitFor(() => expect(within(region).getByText(title)).toBeVisible());
    await expect(toastsIn(region)).toHaveLength(0);
    await expect(region.querySelector('[aria-live="assertive"]')).toHaveTextContent(title);
    await userEvent.click(within(region).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(within(region).queryByText(title)).toBeNull());
  },
};

/**
 * `bottom-end` follows the writing direction: at the right edge in LTR, at the left edge in RTL (switch
 * the toolbar's Direction to see it).
 */
export const RightToLeftMirrors: Story = {
  args: { position: 'bottom-end' },
  render: (args) => <ToasterHarness {...args} showOnMount={[MARGIN_2005]} />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    await findToast(canvasElement, 'alert', t.title(MARGIN_2005));
    const dir = globals.dir === 'rtl' ? 'rtl' : 'ltr';
    const region = regionOf(canvasElement, t);
    await expect(getComputedStyle(region).direction).toBe(dir);
    const gaps = horizontalGaps(region);
    const [endGap, startGap] = dir === 'rtl' ? [gaps.left, gaps.right] : [gaps.right, gaps.left];
    await expect(Math.abs(endGap - OFFSET)).toBeLessThan(2);
    await expect(endGap).toBeLessThan(startGap);
  },
};

/**
 * A storm of failures: with `toastOptions={{ maxVisible: 1, maxQueued: 3 }}`, twenty different errors in
 * one burst keep three waiting and count the other seventeen on one "17 more …" toast, shown at once in
 * the last visible place: the storm is announced while it happens, nothing is lost and the page stays
 * light. Closing it brings up the first failure that waited.
 */
export const OverflowIntoOneToast: Story = {
  parameters: { docsMinHeight: 420, toastOptions: { maxVisible: 1, maxQueued: 3 } } satisfies KitStoryParameters,
  render: (args) => <ToasterHarness {...args} showOnMount={TWENTY_ERRORS} />,
  play: async ({ canvasElement, globals, step }) => {
    const t = kitTexts(globals);
    const region = regionOf(canvasElement, t);
    const [first] = TWENTY_ERRORS;
    await expect(TWENTY_ERRORS).toHaveLength(20);
    let overflow!: HTMLElement;
    await step('one toast counts the seventeen beyond the queue; three failures wait', async () => {
      overflow = await findToast(canvasElement, 'alert', t.ui('overflowTitle', { count: TWENTY_ERRORS.length - 3 }));
      await expect(overflow).toHaveAccessibleDescription(t.ui('overflowMessage'));
      await expect(overflow.closest('[data-mek-toast-slot]')).toHaveAttribute('data-kind', 'overflow');
      await expect(overflow.querySelector('[data-mek-action]')).toBeNull();
      await expect(toastsIn(region)).toHaveLength(1);
      await expect(region).toHaveAttribute('data-queued', '3');
    });
    await step('closing it brings up the first failure that waited', async () => {
      await userEvent.click(within(overflow).getByRole('button', { name: t.ui('dismiss') }));
      await waitFor(() => expect(overflow).not.toBeInTheDocument());
      await waitFor(() => expect(toastsIn(region)[0]).toHaveAccessibleName(t.title(first)));
      await expect(region).toHaveAttribute('data-queued', '2');
    });
  },
};

/** In Arabic: the toast in the toaster is worded in Arabic, `dir="rtl"`, its icon, texts and buttons mirrored. */
export const InArabic: Story = {
  globals: { locale: 'ar', dir: 'rtl' },
  render: (args) => <ToasterHarness {...args} showOnMount={[MARGIN_2005]} />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await findToast(canvasElement, 'alert', t.title(MARGIN_2005));
    await expect(toast).toHaveAttribute('lang', 'ar');
    await expect(toast).toHaveAttribute('dir', 'rtl');
    await expect(getComputedStyle(toast).direction).toBe('rtl');
    await expect(within(toast).getByRole('button', { name: t.action('transfer_funds') })).toHaveAttribute('data-primary');
  },
};
