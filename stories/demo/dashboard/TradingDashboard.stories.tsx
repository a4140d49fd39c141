import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { kitTexts, packFor, storyLocale } from '../../support/kit-texts';
import type { KitStoryParameters } from '../../support/story-parameters';
import {
  clippedControls,
  dashboard,
  fillOrder,
  findRow,
  placeOrderSuccessfully,
  SCENARIO_CASES,
  setClockSkew,
  usdt,
  waitForDashboard,
  waitForRemoval,
} from './dashboard-play';
import { TradingDashboard } from './TradingDashboard';

/**
 * The kit in a real screen: a MEXC futures trading dashboard (order form, balance, positions, open
 * orders) talking to a MEXC API simulator that runs in the page, with MEXC's paths, JSON shapes,
 * request signing and error codes. Failed queries and mutations toast through
 * `createApiErrorQueryClient`; each toast action is routed by the `onAction` of a nested
 * `ApiErrorProvider` (Transfer funds opens the transfer panel, Sync clock resets the skew...). Order
 * updates arrive on a WebSocket-style `push.personal.order` feed; an order that ended for a reason (a
 * post-only order cancelled: `errorCode` 20) goes to `showApiError` as it came off the socket.
 * The "Try an error" panel provokes every error for real. The locale follows the toolbar.
 */
const meta = {
  title: 'Start here/Trading dashboard demo',
  component: TradingDashboard,
  render: (args, { globals }) => <TradingDashboard {...args} locale={args.locale ?? storyLocale(globals)} />,
  // No 'autodocs': a docs page would mount several dashboards (several toasters, several <main>).
  // `sharedToastStore`: the story's provider uses the kit's shared store, like an app's top-level provider,
  // so that `showApiError` and the query client's default store reach the dashboard's toaster.
  parameters: { layout: 'fullscreen', sharedToastStore: true } satisfies KitStoryParameters & { layout: string },
} satisfies Meta<typeof TradingDashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * What `npm start` opens: the seeded account (250 USDT available, a 20x BTC long, an open ETH order),
 * read from the simulator. Its test only reads, so the page is left as a visitor finds it.
 */
export const Dashboard: Story = {
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement);
    const ui = dashboard(canvas);
    await step('balance, positions and open orders come from the simulator', async () => {
      await expect(canvas.getByRole('heading', { level: 1, name: 'Trading dashboard (demo)' })).toBeVisible();
      await waitForDashboard(canvas, globals);
      // ETH order: 10 contracts × 0.01 ETH × 3 300 / 10x = 33 frozen; BTC long: 1000 × 0.0001 BTC × 64 000 / 20x
      // = 320 of margin, up (65 000 − 64 000) × 1000 × 0.0001 = 100; equity 250 + 33 + 320 + 100
      const balances = {
        Available: usdt(250, globals),
        'Frozen by open orders': usdt(33, globals),
        'Position margin': usdt(320, globals),
        'Unrealized PnL': usdt(100, globals),
        Equity: usdt(703, globals),
      };
      for (const [label, value] of Object.entries(balances)) await expect(ui.balanceValue(label)).toHaveTextContent(value);
      const btc = await findRow(ui.positions(), 'BTC_USDT');
      await expect(within(btc).getByText('20x')).toBeVisible();
      await expect(within(btc).getByText(usdt(320, globals))).toBeVisible();
      await expect(within(await findRow(ui.orders(), 'ETH_USDT')).getByText(usdt(33, globals))).toBeVisible();
      await expect(ui.toaster(kitTexts(globals))).toBeInTheDocument();
      await expect(canvas.queryByRole('alert')).toBeNull();
    });
    await step('every field is labelled', async () => {
      for (const field of [ui.contract(), ui.side(), ui.leverage(), ui.quantity(), ui.price(), ui.skew()])
        await expect(field).toBeEnabled();
      await expect(ui.contract()).toHaveValue('ETH_USDT');
      await expect(
        canvas.getByText(
          new RegExp(`^Margin needed: ${usdt(16.75, globals).source.slice(1, -1)} · available ${usdt(250, globals).source.slice(1, -1)}$`),
        ),
      ).toBeVisible();
    });
  },
};

/**
 * The dashboard on a 1280 × 800 screen: no horizontal scrolling, every control (the positions' "Set
 * leverage" included) fully visible, each panel heading shown once and naming its table.
 */
export const FitsA1280pxScreen: Story = {
  parameters: {
    viewport: { options: { desktop1280: { name: 'Desktop 1280 × 800', styles: { width: '1280px', height: '800px' }, type: 'desktop' } } },
  },
  globals: { viewport: { value: 'desktop1280', isRotated: false } },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const ui = dashboard(canvas);
    await waitForDashboard(canvas, globals);
    await expect(window.innerWidth).toBe(1280);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    const setLeverage = within(await findRow(ui.positions(), 'BTC_USDT')).getByRole('button', { name: /^Set leverage/ });
    await expect(setLeverage).toBeVisible();
    await expect(clippedControls(canvasElement)).toEqual([]);
    for (const name of ['Positions', 'Open orders']) {
      await expect(canvas.getByRole('heading', { level: 2, name })).toBeVisible();
      await expect(canvas.getAllByText(name)).toHaveLength(1);
      await expect(canvas.getByRole('table', { name })).toBeVisible();
    }
  },
};

/** The form's default ETH limit order fits: it is placed, rests as an open order and freezes its margin. */
export const ValidOrderIsPlaced: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const ui = dashboard(canvas);
    await waitForDashboard(canvas, globals);
    await placeOrderSuccessfully(canvas);
    // 5 contracts × 0.01 ETH × 3 350.5 / 10x = 16.7525 move from available to frozen (33 + 16.7525)
    await expect(await ui.balance().findByText(usdt(233.25, globals))).toBeVisible();
    await expect(ui.balanceValue('Frozen by open orders')).toHaveTextContent(usdt(49.75, globals));
    await expect(ui.balanceValue('Equity')).toHaveTextContent(usdt(703, globals));
    await waitFor(() => expect(ui.orders().getAllByRole('rowheader', { name: 'ETH_USDT' })).toHaveLength(2));
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/**
 * A 1000-contract BTC order needs 325 USDT of margin with 250 available: MEXC answers 2005, the
 * toast's "Transfer funds" opens the transfer panel with the shortfall, and after the transfer the
 * same order goes through.
 */
export const OversizedOrderShowsTransfer: Story = {
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement);
    const ui = dashboard(canvas);
    const texts = kitTexts(globals);
    await waitForDashboard(canvas, globals);
    await step('2005 toast', async () => {
      await fillOrder(canvas, { contract: 'BTC_USDT', side: '1', leverage: '20', quantity: '1000', price: '65000' });
      await expect(canvas.getByText(new RegExp(`^Margin needed: ${usdt(325, globals).source.slice(1, -1)}`))).toBeVisible();
      await userEvent.click(ui.placeOrder());
      const toast = await within(ui.toaster(texts)).findByRole('alert', { name: texts.title(2005) });
      await expect(toast).toHaveAccessibleDescription(texts.message(2005));
      await expect(toast).toHaveTextContent(texts.ui('codeBadge', { code: '2005' }));
      await userEvent.click(within(toast).getByRole('button', { name: texts.action('transfer_funds') }));
      await waitForRemoval(toast);
    });
    await step('Transfer funds opens the panel with the 75 USDT shortfall', async () => {
      await expect(await canvas.findByRole('heading', { level: 2, name: 'Transfer funds' })).toBeVisible();
      const amount = canvas.getByRole('spinbutton', { name: 'Amount (USDT)' });
      await waitFor(() => expect(amount).toHaveFocus());
      await expect(amount).toHaveValue(75);
      await userEvent.click(canvas.getByRole('button', { name: 'Transfer' }));
      await expect(await canvas.findByText(new RegExp(`^Transferred ${usdt(75, globals).source.slice(1, -1)}\\.`))).toBeVisible();
      await expect(await ui.balance().findByText(usdt(325, globals))).toBeVisible();
    });
    await step('the same order now fits', async () => {
      await placeOrderSuccessfully(canvas);
      await expect(canvas.queryByRole('alert')).toBeNull();
    });
  },
};

/** A clock 15 s ahead: 513 "Device clock out of sync"; "Sync clock" resets the skew and the order goes through. */
export const ClockSkewSuggestsSync: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const ui = dashboard(canvas);
    const texts = kitTexts(globals);
    await waitForDashboard(canvas, globals);
    await setClockSkew(canvas, '15');
    await userEvent.click(ui.placeOrder());
    const toast = await canvas.findByRole('status', { name: texts.title(513) });
    await expect(toast).toHaveTextContent(texts.ui('codeBadge', { code: String(513) }));
    await expect(await canvas.findByText('Order not placed (code 513). See the notification.')).toBeVisible();
    await userEvent.click(within(toast).getByRole('button', { name: texts.action('sync_clock') }));
    await waitForRemoval(toast);
    await expect(ui.skew()).toHaveValue(0);
    await expect(canvas.getByText(/^Clock synced/)).toBeVisible();
    await placeOrderSuccessfully(canvas);
  },
};

/** Eight requests at once against a limit of five: the rejected ones (510) merge into ONE toast counting ×N. */
export const BurstShowsOneCountedToast: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const texts = kitTexts(globals);
    const title = texts.title(510);
    await waitForDashboard(canvas, globals);
    await userEvent.click(dashboard(canvas).scenario('Burst of 8 requests (510)'));
    const summary = await canvas.findByText(/^8 requests: \d+ answered, \d+ rejected with code 510\.$/);
    const rejected = Number(/(\d+) rejected/.exec(summary.textContent ?? '')?.[1]);
    await expect(rejected).toBeGreaterThanOrEqual(2);
    const counted = texts.ui('repeatCount', { count: rejected });
    // testing-library's name computation drops the space before the count: "Too many requests×6"
    const toast = await canvas.findByRole('status', {
      name: (name) => name.replace(/\s+/g, '') === `${title}${counted}`.replace(/\s+/g, ''),
    });
    await expect(toast).toHaveTextContent(`${title} ${counted}`);
    await expect(toast).toHaveTextContent(texts.ui('codeBadge', { code: String(510) }));
    await expect(canvas.getAllByRole('status', { name: (name) => name.startsWith(title) })).toHaveLength(1);
    await expect(canvas.queryAllByRole('alert')).toHaveLength(0);
  },
};

/**
 * Cancelling an open, a filled and an unknown order in one request: MEXC answers success with
 * per-item `errorCode`s; the demo toasts each failed item (2041, 2040) and the open one is cancelled.
 */
export const BatchCancelItemErrors: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const ui = dashboard(canvas);
    const texts = kitTexts(globals);
    await waitForDashboard(canvas, globals);
    await userEvent.click(ui.scenario('Batch cancel with errors'));
    const filled = await canvas.findByRole('status', { name: texts.title(2041) });
    await expect(filled).toHaveTextContent(texts.ui('codeBadge', { code: String(2041) }));
    const unknown = await canvas.findByRole('status', { name: texts.title(2040) });
    await expect(unknown).toHaveTextContent(texts.ui('codeBadge', { code: String(2040) }));
    await expect(await canvas.findByText('Cancelled 1 of 3 orders.')).toBeVisible();
    await expect(await ui.orders().findByText('No open orders.')).toBeVisible();
  },
};

/**
 * Every order and connection scenario of the "Try an error" panel, one after the other: the simulator
 * answers its code, the kit shows the right toast, and the toast's action leads where the demo routes it.
 */
export const EveryScenarioLeadsToItsFix: Story = {
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement);
    const ui = dashboard(canvas);
    const texts = kitTexts(globals);
    await waitForDashboard(canvas, globals);
    for (const scenario of SCENARIO_CASES) {
      await step(`${scenario.button} → ${scenario.code} → ${scenario.action}`, async () => {
        await userEvent.click(ui.scenario(scenario.button));
        const toast = await canvas.findByRole(scenario.role, { name: texts.title(scenario.code) });
        await expect(toast).toHaveTextContent(texts.ui('codeBadge', { code: String(scenario.code) }));
        await userEvent.click(within(toast).getByRole('button', { name: texts.action(scenario.action) }));
        await waitForRemoval(toast);
        await scenario.check(ui, canvas);
      });
    }
  },
};

/**
 * A post-only buy above the last price would take liquidity: the exchange accepts it, cancels it at once
 * and pushes the record on `push.personal.order` with `state` 4 and `errorCode` 20. The demo hands the
 * frame to `showApiError`: the trader reads "post-only order cancelled" in the toolbar's language, and
 * "Adjust price" leads to the price field.
 */
export const PostOnlyCancelledOnTheFeed: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const ui = dashboard(canvas);
    const texts = kitTexts(globals);
    const postOnly = packFor(storyLocale(globals)).order.post_only_cancel;
    await waitForDashboard(canvas, globals);
    let toast!: HTMLElement;
    await step('the order is accepted, then the feed says it was cancelled (errorCode 20)', async () => {
      await userEvent.click(ui.scenario('Post-only order crosses the book (20)'));
      const placed = await canvas.findByText(/^Order \d{18} placed\.$/);
      const orderId = /\d{18}/.exec(placed.textContent ?? '')![0];
      const frame = await waitFor(() => {
        const line = canvasElement.querySelector(`[data-order-id="${orderId}"]`);
        expect(line).toHaveAttribute('data-error-code', '20');
        return line!;
      });
      await expect(frame).toHaveTextContent(/cancelled, errorCode 20/);
      toast = await canvas.findByRole('status', { name: postOnly.title as string });
    });
    await step('the toast: the order catalog’s reason 20, in the toolbar’s language', async () => {
      await expect(texts.title({ channel: 'push.personal.order', data: { state: 4, errorCode: 20 } })).toBe(postOnly.title);
      await expect(toast).toHaveAccessibleDescription(postOnly.message as string);
      await expect(toast).toHaveAttribute('data-catalog', 'order');
      await expect(toast).toHaveTextContent(texts.ui('codeBadge', { code: String(20) }));
      // the cancelled order never rests: only the seeded ETH order is open
      await expect(ui.orders().getAllByRole('rowheader', { name: 'ETH_USDT' })).toHaveLength(1);
    });
    await step('"Adjust price" leads to the price field', async () => {
      await userEvent.click(within(toast).getByRole('button', { name: texts.action('adjust_price') }));
      await waitForRemoval(toast);
      await waitFor(() => expect(ui.price()).toHaveFocus());
      await expect(ui.price()).toHaveValue(3450);
    });
  },
};
