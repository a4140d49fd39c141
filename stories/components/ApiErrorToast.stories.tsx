import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { ApiErrorProvider, ApiErrorToast, listApiErrorCatalogs } from 'mexc-error-kit';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { ignoringSpaces, kitTexts, packFor, storyLocale } from '../support/kit-texts';

/** MEXC answers HTTP 200 with this body when the futures account lacks margin. */
const MARGIN_2005 = { success: false, code: 2005, message: '余额不足' };
const OPERATE_SUCCEED_0 = { success: false, code: 0, message: 'Operate succeed' };
const RATE_LIMITED_510 = { success: false, code: 510, message: '请求频率过快' };
const UNAUTHORIZED_401 = { success: false, code: 401, message: '未授权' };
const LONG_TITLE = `${'Order rejected: the exchange could not reserve margin for this position. '.repeat(3).slice(0, 199)}.`;
const UNBROKEN = 'INSUFFICIENT_MARGIN_FOR_ORDER_'.repeat(14);

/** Every order-record reason as MEXC pushes it: a `push.personal.order` frame of a cancelled order (state 4). */
const ORDER_FRAMES = listApiErrorCatalogs()
  .find((catalog) => catalog.id === 'order')!
  .entries.map((entry) => ({
    channel: 'push.personal.order',
    data: { orderId: `7395218452000001${String(entry.code).padStart(2, '0')}`, symbol: 'ETH_USDT', state: 4, errorCode: entry.code },
    ts: 1736150400000,
  }));

const actionButtons = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('[data-mek-action]')];

/**
 * `ApiErrorToast` is the presentational toast: a severity icon, the localized title and message, the
 * suggested actions (the first one primary), a close button, a "Code 2005" badge and a details disclosure
 * with the server's text as plain text. Use it alone (inline under an order form) or let
 * `<ApiErrorToaster>` render it. It accepts any failure shape `normalizeApiError` understands.
 */
const meta = {
  title: 'Components/ApiErrorToast',
  component: ApiErrorToast,
  tags: ['autodocs'],
  args: { error: MARGIN_2005, onDismiss: fn(), onAction: fn() },
  argTypes: {
    error: { control: 'object' },
    live: { control: 'inline-radio', options: ['assertive', 'polite', 'off'] },
    count: { control: { type: 'number', min: 1 } },
    values: { control: 'object' },
    context: { control: 'object' },
    onDismiss: { control: false },
    onAction: { control: false },
    onEscape: { control: false },
    children: { control: false },
    style: { control: false },
  },
} satisfies Meta<typeof ApiErrorToast>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Severity "error" with actions: 2005, not enough margin, offers four next steps; the first is primary. */
export const ErrorWithActions: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('alert', { name: t.title(MARGIN_2005) });
    await expect(toast).toHaveAttribute('data-severity', 'error');
    await expect(toast).toHaveAttribute('data-code', '2005');
    const buttons = actionButtons(toast);
    await expect(buttons.map((button) => button.dataset.mekAction)).toEqual(['transfer_funds', 'reduce_size', 'deposit', 'lower_leverage']);
    await expect(buttons.map((button) => button.textContent)).toEqual(t.actions(MARGIN_2005));
    await expect(within(toast).getByRole('button', { name: t.action('transfer_funds') })).toHaveAttribute('data-primary');
    await expect(buttons.filter((button) => button.hasAttribute('data-primary'))).toHaveLength(1);
    await expect(within(toast).getByText(t.ui('codeBadge', { code: '2005' }))).toBeVisible();
  },
};

/** Severity "info" without actions: code 0 ("Operate succeed") only informs, so it offers no buttons. */
export const InfoWithoutActions: Story = {
  args: { error: OPERATE_SUCCEED_0 },
  play: async ({ canvasElement, globals }) => {
    const toast = await within(canvasElement).findByRole('status', { name: kitTexts(globals).title(OPERATE_SUCCEED_0) });
    await expect(toast).toHaveAttribute('data-severity', 'info');
    await expect(actionButtons(toast)).toHaveLength(0);
  },
};

/** Severity "info" for a cancelled request (an `AbortError`): polite, with a single "Try again". */
export const InfoAbortedRequest: Story = {
  args: { error: new DOMException('The user aborted a request.', 'AbortError') },
  play: async ({ args, canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('status', { name: t.title(args.error) });
    await expect(toast).toHaveAttribute('data-severity', 'info');
    await expect(actionButtons(toast)).toHaveLength(1);
    await expect(within(toast).getByRole('button', { name: t.action('retry') })).toBeVisible();
  },
};

/** Severity "warning": 510, too many requests. Announced politely (role status). */
export const WarningRateLimited: Story = {
  args: { error: RATE_LIMITED_510 },
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('status', { name: t.title(RATE_LIMITED_510) });
    await expect(toast).toHaveAttribute('data-severity', 'warning');
    await expect(within(toast).getByRole('button', { name: t.action('retry_later') })).toBeVisible();
  },
};

/** Severity "critical": 401, the API key was refused. Announced assertively (role alert). */
export const CriticalUnauthorized: Story = {
  args: { error: UNAUTHORIZED_401 },
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('alert', { name: t.title(UNAUTHORIZED_401) });
    await expect(toast).toHaveAttribute('data-severity', 'critical');
    await expect(within(toast).getByRole('button', { name: t.action('check_api_key') })).toBeVisible();
  },
};

/** A 200-character title override (the longest shown) and a long unbroken server message wrap inside a 360 px column. */
export const LongTexts: Story = {
  args: {
    title: LONG_TITLE,
    message: `${LONG_TITLE} Check the details below.`,
    error: { success: false, code: 2005, message: UNBROKEN },
  },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
  play: async ({ canvasElement, globals }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: LONG_TITLE });
    await expect(LONG_TITLE).toHaveLength(200);
    await userEvent.click(within(toast).getByText(kitTexts(globals).ui('details')));
    await expect(within(toast).getByText(UNBROKEN)).toBeVisible();
    for (const element of [toast, ...toast.querySelectorAll<HTMLElement>('p, dd, summary')]) {
      await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
    }
    await expect(toast.getBoundingClientRect().width).toBeLessThanOrEqual(361);
  },
};

/** The same failure arrived seven times: the title shows ×7. */
export const RepeatedSevenTimes: Story = {
  args: { count: 7 },
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const titleWithCount = `${t.title(MARGIN_2005)} ${t.ui('repeatCount', { count: 7 })}`;
    const toast = await within(canvasElement).findByRole('alert', { name: ignoringSpaces(titleWithCount) });
    await expect(toast.querySelector('[data-mek-count]')).toHaveTextContent(t.ui('repeatCount', { count: 7 }));
    await expect(toast.querySelector('p')).toHaveTextContent(titleWithCount);
  },
};

/** Details open: the server's text is shown as plain text; markup in it never becomes elements. */
export const DetailsOpen: Story = {
  args: { error: { success: false, code: 2005, message: '<b>bold</b> 余额不足' } },
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('alert', { name: t.title(MARGIN_2005) });
    await userEvent.click(within(toast).getByText(t.ui('details')));
    await expect(toast.querySelector('details')).toHaveAttribute('open');
    await expect(within(toast).getByText(t.ui('serverMessage'))).toBeVisible();
    await expect(within(toast).getByText(/bold/)).toBeVisible();
    await expect(within(toast).getByText(/bold/).textContent).not.toContain('<');
    await expect(toast.querySelector('b')).toBeNull();
  },
};

/** "Copy details" puts the code, time and server text on the clipboard, never the request's API key. */
export const CopyDetails: Story = {
  args: {
    // An axios-style error: the request headers carry the trader's key, which must never be copied.
    error: {
      isAxiosError: true,
      message: 'Request failed',
      config: { headers: { ApiKey: 'mx0vglSECRETKEY123456', Signature: 'abc' } },
      response: { status: 200, headers: {}, data: MARGIN_2005 },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('alert', { name: t.title(MARGIN_2005) });
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      await userEvent.click(within(toast).getByText(t.ui('details')));
      await userEvent.click(within(toast).getByRole('button', { name: t.ui('copyDetails') }));
      await expect(writeText).toHaveBeenCalledTimes(1);
      // The copied report is for support tickets, so its field names stay English in every locale.
      const copied = String(writeText.mock.calls[0]?.[0]);
      await expect(copied).toContain('Code: 2005');
      await expect(copied).toContain('Server message: 余额不足');
      await expect(copied).not.toContain('ApiKey');
      await expect(copied).not.toContain('mx0vglSECRETKEY123456');
      await expect(await within(toast).findByText(t.ui('copied'))).toBeVisible();
    } finally {
      writeText.mockRestore();
    }
  },
};

/** `showCode={false}` hides the "Code 2005" badge (the code stays in `data-code` and the details). */
export const WithoutCodeBadge: Story = {
  args: { showCode: false },
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('alert', { name: t.title(MARGIN_2005) });
    await expect(within(toast).queryByText(t.ui('codeBadge', { code: '2005' }))).toBeNull();
    await expect(toast.querySelector('[data-mek-code]')).toBeNull();
    await expect(toast).toHaveAttribute('data-code', '2005');
  },
};

/** `unstyled` drops the kit's class names but keeps the `data-*` hooks to style it yourself. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement, globals }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: kitTexts(globals).title(MARGIN_2005) });
    await expect(toast).toHaveAttribute('data-severity', 'error');
    await expect(toast).toHaveAttribute('data-category', 'balance');
    await expect(canvasElement.querySelector('[class*="mek-"]')).toBeNull();
  },
};

function OrderForm(props: Omit<ComponentProps<typeof ApiErrorToast>, 'error'>) {
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <form
      aria-label="Order form"
      style={{ display: 'grid', gap: 8, maxWidth: 380 }}
      onSubmit={(event) => {
        event.preventDefault();
        setFailure({ ...MARGIN_2005 });
      }}
    >
      <label>
        Quantity (BTC) <input name="quantity" type="number" defaultValue={10} />
      </label>
      <button type="submit">Place order</button>
      {failure !== null && <ApiErrorToast {...props} error={failure} live="polite" onDismiss={() => setFailure(null)} />}
    </form>
  );
}

/** Press "Place order": the failure shows inline under the form, announced politely instead of interrupting. */
export const InlineUnderOrderForm: Story = {
  render: ({ error: _error, ...args }) => <OrderForm {...args} />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    const toast = await canvas.findByRole('status', { name: t.title(MARGIN_2005) });
    await expect(canvas.getByRole('form', { name: 'Order form' })).toContainElement(toast);
    await userEvent.click(within(toast).getByRole('button', { name: t.ui('dismiss') }));
    await waitFor(() => expect(canvas.queryByRole('status', { name: t.title(MARGIN_2005) })).toBeNull());
  },
};

/** A nested `ApiErrorProvider locale="zh-CN"` shows the Chinese texts, loaded on demand, whatever the toolbar says. */
export const ChineseLocale: Story = {
  render: (args) => (
    <div lang="zh-CN">
      <ApiErrorProvider locale="zh-CN">
        <ApiErrorToast {...args} />
      </ApiErrorProvider>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const zh = kitTexts({ locale: 'zh-CN' });
    const toast = await within(canvasElement).findByRole('alert', { name: zh.title(MARGIN_2005) });
    await expect(toast).toHaveAttribute('lang', 'zh-CN');
    await expect(within(toast).getByRole('button', { name: zh.action('transfer_funds') })).toBeVisible();
  },
};

/** Keyboard: Tab reaches the first action and Enter runs it; Esc on the toast dismisses it. */
export const KeyboardActionAndEscape: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('alert', { name: t.title(MARGIN_2005) });
    toast.focus();
    await userEvent.tab();
    await expect(within(toast).getByRole('button', { name: t.action('transfer_funds') })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onAction).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
    toast.focus();
    await userEvent.keyboard('{Escape}');
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

/**
 * Every reason MEXC gives on an order record (`errorCode` next to `state`, here from `push.personal.order`
 * frames): its own code space, the `order` catalog, so `20` reads "post-only order cancelled", not
 * "Unrecognized error (code 20)". Its texts load on demand, in every shipped locale.
 */
export const OrderRecordReasons: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 8, maxWidth: 440 }}>
      {ORDER_FRAMES.map((frame) => (
        <ApiErrorToast key={frame.data.errorCode} {...args} error={frame} showDetails={false} />
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const postOnly = packFor(storyLocale(globals)).order.post_only_cancel;
    const title = await within(canvasElement).findByText(postOnly.title as string);
    const toast = title.closest<HTMLElement>('[data-mek-toast]')!;
    await expect(toast).toHaveAttribute('data-catalog', 'order');
    await expect(toast).toHaveAttribute('data-code', '20');
    await expect(toast).toHaveAccessibleDescription(postOnly.message as string);
    await expect(within(toast).getByRole('button', { name: kitTexts(globals).action('adjust_price') })).toBeVisible();
    const toasts = canvasElement.querySelectorAll('[data-mek-toast][data-catalog="order"]');
    await expect(toasts).toHaveLength(ORDER_FRAMES.length);
    await expect(canvasElement).not.toHaveTextContent(kitTexts(globals).title({ code: 99999 }).split('99999')[0]!);
  },
};

/** In Arabic: `dir="rtl"` on the toast, the primary action first from the right, texts in Arabic. */
export const InArabic: Story = {
  globals: { locale: 'ar', dir: 'rtl' },
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('alert', { name: t.title(MARGIN_2005) });
    await expect(toast).toHaveAttribute('lang', 'ar');
    await expect(toast).toHaveAttribute('dir', 'rtl');
    const [primary, second] = actionButtons(toast);
    // mirrored: the first (primary) action sits to the right of the second
    await expect(primary!.getBoundingClientRect().left).toBeGreaterThan(second!.getBoundingClientRect().left);
  },
};
