import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { ApiErrorProvider, ApiErrorToast } from 'mexc-error-kit';
import zhCN from 'mexc-error-kit/locales/zh-CN';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';

/** MEXC answers HTTP 200 with this body when the futures account lacks margin. */
const MARGIN_2005 = { success: false, code: 2005, message: '余额不足' };
const LONG_TITLE = `${'Order rejected: the exchange could not reserve margin for this position. '.repeat(5).slice(0, 299)}.`;
const UNBROKEN = 'INSUFFICIENT_MARGIN_FOR_ORDER_'.repeat(14);

const actionButtons = (root: HTMLElement) => root.querySelectorAll('[data-mek-action]');

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
    live: { control: 'inline-radio', options: ['assertive', 'polite', 'off'] },
    count: { control: { type: 'number', min: 1 } },
  },
} satisfies Meta<typeof ApiErrorToast>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Severity "info" without actions: code 0 ("Operate succeed") only informs, so it offers no buttons. */
export const InfoWithoutActions: Story = {
  args: { error: { success: false, code: 0, message: 'Operate succeed' } },
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('status', { name: 'Done' });
    await expect(toast).toHaveAttribute('data-severity', 'info');
    await expect(actionButtons(toast)).toHaveLength(0);
  },
};

/** Severity "info" for a cancelled request (an `AbortError`): polite, with a single "Try again". */
export const InfoAbortedRequest: Story = {
  args: { error: new DOMException('The user aborted a request.', 'AbortError') },
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('status', { name: 'Request cancelled' });
    await expect(toast).toHaveAttribute('data-severity', 'info');
    await expect(within(toast).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Severity "warning": 510, too many requests. Announced politely (role status). */
export const WarningRateLimited: Story = {
  args: { error: { success: false, code: 510, message: '请求频率过快' } },
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('status', { name: 'Too many requests' });
    await expect(toast).toHaveAttribute('data-severity', 'warning');
    await expect(within(toast).getByRole('button', { name: 'Try again later' })).toBeVisible();
  },
};

/** Severity "error" with actions: 2005, not enough margin, offers four next steps; the first is primary. */
export const ErrorWithActions: Story = {
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: 'Not enough margin' });
    await expect(toast).toHaveAttribute('data-severity', 'error');
    await expect(toast).toHaveAttribute('data-code', '2005');
    const labels = [...actionButtons(toast)].map((button) => button.textContent);
    await expect(labels).toEqual(['Transfer funds', 'Reduce size', 'Deposit', 'Lower leverage']);
    await expect(within(toast).getByRole('button', { name: 'Transfer funds' })).toHaveAttribute('data-primary');
    await expect(within(toast).getByText('Code 2005')).toBeVisible();
  },
};

/** Severity "critical": 401, the API key was refused. Announced assertively (role alert). */
export const CriticalUnauthorized: Story = {
  args: { error: { success: false, code: 401, message: '未授权' } },
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: 'API key not accepted' });
    await expect(toast).toHaveAttribute('data-severity', 'critical');
    await expect(within(toast).getByRole('button', { name: 'Check API key' })).toBeVisible();
  },
};

/** A 300-character title override and a long unbroken server message wrap inside a 360 px column. */
export const LongTexts: Story = {
  args: {
    title: LONG_TITLE,
    message: `${LONG_TITLE} Check the details below.`,
    error: { success: false, code: 2005, message: UNBROKEN },
  },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: LONG_TITLE });
    await expect(LONG_TITLE).toHaveLength(300);
    await userEvent.click(within(toast).getByText('Details'));
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
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: /^Not enough margin\s*×7$/ });
    await expect(toast.querySelector('[data-mek-count]')).toHaveTextContent('×7');
    await expect(toast.querySelector('p')).toHaveTextContent('Not enough margin ×7');
  },
};

/** Details open: the server's text is shown as plain text; markup in it never becomes elements. */
export const DetailsOpen: Story = {
  args: { error: { success: false, code: 2005, message: '<b>bold</b> 余额不足' } },
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: 'Not enough margin' });
    await userEvent.click(within(toast).getByText('Details'));
    await expect(toast.querySelector('details')).toHaveAttribute('open');
    await expect(within(toast).getByText('Server message')).toBeVisible();
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
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: 'Not enough margin' });
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      await userEvent.click(within(toast).getByText('Details'));
      await userEvent.click(within(toast).getByRole('button', { name: 'Copy details' }));
      await expect(writeText).toHaveBeenCalledTimes(1);
      const copied = String(writeText.mock.calls[0]?.[0]);
      await expect(copied).toContain('Code: 2005');
      await expect(copied).toContain('Server message: 余额不足');
      await expect(copied).not.toContain('ApiKey');
      await expect(copied).not.toContain('mx0vglSECRETKEY123456');
      await expect(await within(toast).findByText('Copied')).toBeVisible();
    } finally {
      writeText.mockRestore();
    }
  },
};

/** `showCode={false}` hides the "Code 2005" badge (the code stays in `data-code` and the details). */
export const WithoutCodeBadge: Story = {
  args: { showCode: false },
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: 'Not enough margin' });
    await expect(within(toast).queryByText('Code 2005')).toBeNull();
    await expect(toast.querySelector('[data-mek-code]')).toBeNull();
  },
};

/** `unstyled` drops the kit's class names but keeps the `data-*` hooks to style it yourself. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: 'Not enough margin' });
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

/** Inline under an order form after a failed submit, announced politely instead of interrupting. */
export const InlineUnderOrderForm: Story = {
  render: ({ error: _error, ...args }) => <OrderForm {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    const toast = await canvas.findByRole('status', { name: 'Not enough margin' });
    await expect(canvas.getByRole('form', { name: 'Order form' })).toContainElement(toast);
    await userEvent.click(within(toast).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(canvas.queryByRole('status', { name: 'Not enough margin' })).toBeNull());
  },
};

/** A nested `ApiErrorProvider locale="zh-CN"` shows the Chinese texts, loaded on demand. */
export const ChineseLocale: Story = {
  render: (args) => (
    <div lang="zh-CN">
      <ApiErrorProvider locale="zh-CN">
        <ApiErrorToast {...args} />
      </ApiErrorProvider>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: zhCN.balance_insufficient.title });
    await expect(within(toast).getByRole('button', { name: zhCN.actions.transfer_funds })).toBeVisible();
  },
};

/** Keyboard: Tab reaches the first action and Enter runs it; Esc on the toast dismisses it. */
export const KeyboardActionAndEscape: Story = {
  play: async ({ args, canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert', { name: 'Not enough margin' });
    toast.focus();
    await userEvent.tab();
    await expect(within(toast).getByRole('button', { name: 'Transfer funds' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onAction).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
    toast.focus();
    await userEvent.keyboard('{Escape}');
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};
