import type { Meta, StoryObj } from '@storybook/react-vite';
import { ApiErrorToaster, dismissApiError, showApiError, type ApiErrorToasterProps, type ToasterPosition } from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';

const REGION = 'Notifications (Alt+T)';
const POSITIONS: ToasterPosition[] = ['top-start', 'top-center', 'top-end', 'bottom-start', 'bottom-center', 'bottom-end'];
/** Default `--mek-offset` of the kit's stylesheet: the gap between the region and the viewport edge. */
const OFFSET = 16;

/** Five failures with five different dedupe keys, each offering actions (so none closes by itself). */
const FIVE_ERRORS = [
  { success: false, code: 2005, message: '余额不足' },
  { success: false, code: 510, message: '请求频率过快' },
  { success: false, code: 513, message: '请求时间无效' },
  { success: false, code: 401, message: '未授权' },
  { success: false, code: 600, message: '参数错误' },
];

/** A page that sends failures to the default toast store with `showApiError`, as app code would. */
function ToasterHarness(props: ApiErrorToasterProps) {
  const show = (body: unknown) => () => void showApiError(body);
  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 420 }}>
      <div role="group" aria-label="Send failures" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <button type="button" onClick={show(FIVE_ERRORS[0])}>Show 2005</button>
        <button type="button" onClick={show(FIVE_ERRORS[1])}>Show 510</button>
        <button type="button" onClick={show(FIVE_ERRORS[2])}>Show 513</button>
        <button type="button" onClick={() => FIVE_ERRORS.forEach((body) => showApiError(body))}>Show 5 different errors</button>
        <button type="button" onClick={show(new TypeError('Failed to fetch'))}>Show network error</button>
        <button type="button" onClick={() => dismissApiError()}>Dismiss all</button>
      </div>
      <button type="button">Place order</button>
      <ApiErrorToaster {...props} />
    </div>
  );
}

/** Finds a toast by role and name, then waits for its entrance animation so checks and axe see it settled. */
async function findToast(root: HTMLElement, role: 'alert' | 'status', name: string | RegExp) {
  const toast = await within(root).findByRole(role, { name });
  await Promise.all(toast.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  return toast;
}

const regionOf = (root: HTMLElement) => within(root).getByRole('region', { name: REGION });
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
  },
  render: (args) => <ToasterHarness {...args} />,
} satisfies Meta<typeof ApiErrorToaster>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The empty region is mounted before any toast (so the first one is announced); Show 2005 adds an alert. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const region = regionOf(canvasElement);
    await expect(region).toHaveAttribute('data-position', 'bottom-end');
    await expect(toastsIn(region)).toHaveLength(0);
    await expect(region.querySelector('[aria-live="assertive"]')).not.toBeNull();
    await expect(region.querySelector('[aria-live="polite"]')).not.toBeNull();
    await click(canvasElement, 'Show 2005');
    const toast = await findToast(canvasElement, 'alert', 'Not enough margin');
    await expect(region).toContainElement(toast);
  },
};

/** Pick any position from the controls; the region moves there (bottom-end by default). */
export const Positions: Story = {
  play: async ({ args, canvasElement }) => {
    await click(canvasElement, 'Show network error');
    await findToast(canvasElement, 'alert', 'No connection to MEXC');
    await expect(regionOf(canvasElement)).toHaveAttribute('data-position', args.position ?? 'bottom-end');
  },
};

/** The same failure three times is one toast counting ×3, not three toasts. */
export const DedupeCount: Story = {
  play: async ({ canvasElement }) => {
    for (let i = 0; i < 3; i += 1) await click(canvasElement, 'Show 510');
    const region = regionOf(canvasElement);
    await waitFor(() => expect(region.querySelector('[data-mek-count]')).toHaveTextContent('×3'));
    await expect(toastsIn(region)).toHaveLength(1);
    await expect(await findToast(canvasElement, 'status', /^Too many requests\s*×3$/)).toHaveTextContent(/Too many requests\s*×3/);
  },
};

/** With `maxVisible={3}`, five failures show three toasts; the rest wait and move up as toasts close. */
export const QueueBeyondMaxVisible: Story = {
  args: { maxVisible: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = regionOf(canvasElement);
    await click(canvasElement, 'Show 5 different errors');
    await waitFor(() => expect(toastsIn(region)).toHaveLength(3));
    await expect(region).toHaveAttribute('data-queued', '2');
    await expect(canvas.queryByRole('alert', { name: 'API key not accepted' })).toBeNull();

    const rateLimited = await findToast(canvasElement, 'status', 'Too many requests');
    await userEvent.click(within(rateLimited).getByRole('button', { name: 'Dismiss' }));
    await expect(await findToast(canvasElement, 'alert', 'API key not accepted')).toBeVisible();
    await expect(toastsIn(region)).toHaveLength(3);
    await expect(region).toHaveAttribute('data-queued', '1');
  },
};

/** Alt+T jumps from the page to the toast, Tab reaches its first action, Esc closes it and focus returns. */
export const KeyboardFlow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await click(canvasElement, 'Show 2005');
    const toast = await findToast(canvasElement, 'alert', 'Not enough margin');
    const placeOrder = canvas.getByRole('button', { name: 'Place order' });
    placeOrder.focus();
    await userEvent.keyboard('{Alt>}t{/Alt}');
    await expect(toast.closest('[data-mek-toast-slot]')).toHaveFocus();
    await userEvent.tab();
    await expect(within(toast).getByRole('button', { name: 'Transfer funds' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('alert', { name: 'Not enough margin' })).toBeNull());
    await expect(placeOrder).toHaveFocus();
  },
};

/** `position="top-start"`: the region hugs the top edge (and the start edge, which depends on direction). */
export const TopStart: Story = {
  args: { position: 'top-start' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Show 2005');
    await findToast(canvasElement, 'alert', 'Not enough margin');
    const region = regionOf(canvasElement);
    await expect(Math.abs(region.getBoundingClientRect().top - OFFSET)).toBeLessThan(2);
  },
};

/** `position="bottom-center"`: centred horizontally at the bottom, the same in both directions. */
export const BottomCenter: Story = {
  args: { position: 'bottom-center' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Show 2005');
    await findToast(canvasElement, 'alert', 'Not enough margin');
    const region = regionOf(canvasElement);
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
      <ToasterHarness {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Show 2005');
    const toast = await findToast(canvasElement, 'alert', 'Not enough margin');
    const region = regionOf(canvasElement);
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
  play: async ({ canvasElement }) => {
    const region = regionOf(canvasElement);
    await click(canvasElement, 'Show 2005');
    await waitFor(() => expect(within(region).getByText('Not enough margin')).toBeVisible());
    await expect(toastsIn(region)).toHaveLength(0);
    await expect(region.querySelector('[aria-live="assertive"]')).toHaveTextContent('Not enough margin');
    await userEvent.click(within(region).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(within(region).queryByText('Not enough margin')).toBeNull());
  },
};

/**
 * `bottom-end` follows the writing direction: at the right edge in LTR, at the left edge in RTL (switch
 * the toolbar's Direction to see it).
 */
export const RightToLeftMirrors: Story = {
  args: { position: 'bottom-end' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, 'Show 2005');
    await findToast(canvasElement, 'alert', 'Not enough margin');
    const dir = canvasElement.querySelector<HTMLElement>('div[dir]')?.dir === 'rtl' ? 'rtl' : 'ltr';
    const region = regionOf(canvasElement);
    await expect(getComputedStyle(region).direction).toBe(dir);
    const gaps = horizontalGaps(region);
    const [endGap, startGap] = dir === 'rtl' ? [gaps.left, gaps.right] : [gaps.right, gaps.left];
    await expect(Math.abs(endGap - OFFSET)).toBeLessThan(2);
    await expect(endGap).toBeLessThan(startGap);
  },
};
