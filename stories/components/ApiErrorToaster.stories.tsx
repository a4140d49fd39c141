import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef } from 'react';
import { ApiErrorToaster, useApiErrorContext, type ApiErrorToasterProps, type ToasterPosition } from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ignoringSpaces, kitTexts, type KitTexts } from '../support/kit-texts';
import type { KitStoryParameters } from '../support/story-parameters';

const POSITIONS: ToasterPosition[] = ['top-start', 'top-center', 'top-end', 'bottom-start', 'bottom-center', 'bottom-end'];
/** Default `--mek-offset` of the kit's stylesheet: the gap between the region and the viewport edge. */
const OFFSET = 16;
/** Height of a 2005 toast with its offset, roughly: what a top-* toaster covers. */
const TOAST_ROOM = 260;

const MARGIN_2005 = { success: false, code: 2005, message: '余额不足' };
const RATE_LIMITED_510 = { success: false, code: 510, message: '请求频率过快' };
const UNAUTHORIZED_401 = { success: false, code: 401, message: '未授权' };
const NETWORK_ERROR = new TypeError('Failed to fetch');
/** Five failures with five different dedupe keys, each offering actions (so none closes by itself). */
const FIVE_ERRORS = [
  MARGIN_2005,
  RATE_LIMITED_510,
  { success: false, code: 513, message: '请求时间无效' },
  UNAUTHORIZED_401,
  { success: false, code: 600, message: '参数错误' },
];

interface HarnessProps extends ApiErrorToasterProps {
  /** Failures the page has already sent when it appears (so a docs page shows the story's state). */
  showOnMount?: readonly unknown[];
}

/**
 * A page that sends failures to the toast store, as app code does with `showApiError`; here through the
 * story's own store (`useApiErrorContext().store`), so each story has a toaster of its own.
 */
function ToasterHarness({ showOnMount = [], ...props }: HarnessProps) {
  const { store } = useApiErrorContext();
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) return; // StrictMode runs effects twice; the page sends its failures once
    shown.current = true;
    for (const failure of showOnMount) store.show(failure);
  }, [store, showOnMount]);

  const show = (failure: unknown) => () => void store.show(failure);
  // Below the room a toast takes at the top, so a top-* toaster does not cover the page's buttons.
  const roomAbove = props.position?.startsWith('top') ? TOAST_ROOM : 0;
  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 420, paddingTop: roomAbove }}>
      <div role="group" aria-label="Send failures" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <button type="button" onClick={show(MARGIN_2005)}>
          Show 2005
        </button>
        <button type="button" onClick={show(RATE_LIMITED_510)}>
          Show 510
        </button>
        <button type="button" onClick={() => FIVE_ERRORS.forEach((failure) => store.show(failure))}>
          Show 5 different errors
        </button>
        <button type="button" onClick={show(NETWORK_ERROR)}>
          Show network error
        </button>
        <button type="button" onClick={() => store.dismiss()}>
          Dismiss all
        </button>
      </div>
      <button type="button">Place order</button>
      <ApiErrorToaster {...props} />
    </div>
  );
}

/** Finds a toast by role and name, then waits for its entrance animation so checks and axe see it settled. */
async function findToast(root: HTMLElement, role: 'alert' | 'status', name: string | ((accessibleName: string) => boolean)) {
  const toast = await within(root).findByRole(role, { name });
  await Promise.all(toast.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  return toast;
}

const regionOf = (root: HTMLElement, t: KitTexts) => within(root).getByRole('region', { name: `${t.ui('regionLabel')} (Alt+T)` });
const toastsIn = (region: HTMLElement) => region.querySelectorAll<HTMLElement>('[data-mek-toast]');
const click = (root: HTMLElement, name: string) => userEvent.click(within(root).getByRole('button', { name }));

/** Distances from the region to the viewport's left and right edges. */
function horizontalGaps(region: HTMLElement) {
  const rect = region.getBoundingClientRect();
  return { left: rect.left, right: document.documentElement.clientWidth - rect.right };
}

/**
 * `ApiErrorToaster` is the toast region: a labelled landmark whose live regions exist before the first
 * toast, so screen readers announce every failure sent with `showApiError` (errors assertively, the rest
 * politely). Repeats merge into one toast with ×N, extra toasts wait in a queue, Alt+T moves focus to
 * the toasts, Esc closes the focused one and focus returns where it was. `start`/`end` positions mirror
 * under RTL.
 */
const meta = {
  title: 'Components/ApiErrorToaster',
  component: ApiErrorToaster,
  tags: ['autodocs'],
  args: { position: 'bottom-end' },
  argTypes: {
    position: { control: 'select', options: POSITIONS },
    theme: { control: 'inline-radio', options: ['inherit', 'light', 'dark', 'system'] },
    maxVisible: { control: { type: 'number', min: 1 } },
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

/** With `maxVisible={3}`, five failures show three toasts; the rest wait and move up as toasts close. */
export const QueueBeyondMaxVisible: Story = {
  args: { maxVisible: 3 },
  parameters: { docsMinHeight: 760 } satisfies KitStoryParameters,
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
    renderToast: (toast, controls) => (
      <div style={{ padding: 12, border: '1px solid', borderRadius: 8, background: 'Canvas', color: 'CanvasText' }}>
        <strong>{toast.resolved.title}</strong>
        {toast.count > 1 && <span> ×{toast.count}</span>}
        <button type="button" style={{ marginInlineStart: 12 }} onClick={controls.dismiss}>
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
