import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { kitTexts, packFor, storyLocale } from '../../support/kit-texts';
import type { KitStoryParameters } from '../../support/story-parameters';
import { fillIn, plural } from './demo-labels';
import {
  clippedControls,
  dashboard,
  demoLabels,
  fillOrder,
  findRow,
  placeOrderSuccessfully,
  SCENARIO_CASES,
  setClockSkew,
  shown,
  shownWithin,
  templateRegExp,
  usdt,
  usdtSource,
  waitForDashboard,
  waitForRemoval,
} from './dashboard-play';
import { formatNumber } from './format';
import { TradingDashboard } from './TradingDashboard';

/**
 * The kit in a real screen: a MEXC futures trading dashboard (order form, balance, positions, open
 * orders) talking to a MEXC API simulator that runs in the page, with MEXC's paths, JSON shapes,
 * request signing and error codes. Failed queries and mutations toast through
 * `createApiErrorQueryClient`; each toast action is routed by the `onAction` of a nested
 * `ApiErrorProvider` (Transfer funds opens the transfer panel, Sync clock resets the skew...). Order
 * updates arrive on a WebSocket-style `push.personal.order` feed; an order that ended for a reason (a
 * post-only order cancelled: `errorCode` 20) goes to `showApiError` as it came off the socket.
 * The "Try an error" panel provokes every error for real. The locale follows the toolbar: the demo's own labels
 * (`demo-labels.ts`, one file per locale under `labels/`) as well as the toasts.
 */
const meta = {
  title: 'Start here/Trading dashboard demo',
  component: TradingDashboard,
  render: (args, { globals }) => <TradingDashboard {...args} locale={args.locale ?? storyLocale(globals)} />,
  // No 'autodocs': a docs page would mount several dashboards (several toasters, several <main>).
  // `sharedToastStore`: the story's provider uses the kit's shared store, like an app's top-level provider,
  // so that `showApiError` and the query client's default store reach the dashboard's toaster.
  // `pseudoAllowed`: under en-XA, the contracts' names and the unit are data, not labels (ETH_USDT, 250.00 USDT).
  parameters: {
    layout: 'fullscreen',
    sharedToastStore: true,
    pseudoAllowed: ['USDT', 'BTC', 'ETH', 'LUNA'],
  } satisfies KitStoryParameters & { layout: string },
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
    const ui = dashboard(canvas, demoLabels(globals));
    await step('balance, positions and open orders come from the simulator', async () => {
      await expect(canvas.getByRole('heading', { level: 1, name: ui.labels.title })).toBeVisible();
      await waitForDashboard(canvas, globals);
      // ETH order: 10 contracts × 0.01 ETH × 3 300 / 10x = 33 frozen; BTC long: 1000 × 0.0001 BTC × 64 000 / 20x
      // = 320 of margin, up (65 000 − 64 000) × 1000 × 0.0001 = 100; equity 250 + 33 + 320 + 100
      const balances = {
        availableBalance: usdt(250, globals),
        frozenBalance: usdt(33, globals),
        positionMargin: usdt(320, globals),
        unrealized: usdt(100, globals),
        equity: usdt(703, globals),
      } as const;
      for (const [row, value] of Object.entries(balances))
        await expect(ui.balanceValue(row as keyof typeof balances)).toHaveTextContent(value);
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
      const margin = { margin: usdtSource(16.75, globals), available: usdtSource(250, globals) };
      await expect(canvas.getByText(templateRegExp(ui.labels.form.marginNeededAvailable, margin))).toBeVisible();
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
    const ui = dashboard(canvas, demoLabels(globals));
    await waitForDashboard(canvas, globals);
    await expect(window.innerWidth).toBe(1280);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    const { labels } = ui;
    const btcLong = fillIn(labels.positionName, { symbol: 'BTC_USDT', side: labels.positionTypes[1] });
    const setLeverage = within(await findRow(ui.positions(), 'BTC_USDT')).getByRole('button', {
      name: fillIn(labels.positions.setLeverageOf, { position: btcLong }),
    });
    await expect(setLeverage).toBeVisible();
    await expect(clippedControls(canvasElement)).toEqual([]);
    for (const name of [labels.positions.heading, labels.orders.heading]) {
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
    const ui = dashboard(canvas, demoLabels(globals));
    await waitForDashboard(canvas, globals);
    await placeOrderSuccessfully(canvas, ui);
    // 5 contracts × 0.01 ETH × 3 350.5 / 10x = 16.7525 move from available to frozen (33 + 16.7525)
    await expect(await ui.balance().findByText(usdt(233.25, globals))).toBeVisible();
    await expect(ui.balanceValue('frozenBalance')).toHaveTextContent(usdt(49.75, globals));
    await expect(ui.balanceValue('equity')).toHaveTextContent(usdt(703, globals));
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
    const ui = dashboard(canvas, demoLabels(globals));
    const texts = kitTexts(globals);
    await waitForDashboard(canvas, globals);
    await step('2005 toast', async () => {
      await fillOrder(ui, { contract: 'BTC_USDT', side: '1', leverage: '20', quantity: '1000', price: '65000' });
      const margin = { margin: usdtSource(325, globals), available: usdtSource(250, globals) };
      await expect(canvas.getByText(templateRegExp(ui.labels.form.marginNeededAvailable, margin))).toBeVisible();
      await userEvent.click(ui.placeOrder());
      const toast = await within(ui.toaster(texts)).findByRole('alert', { name: texts.title(2005) });
      await expect(toast).toHaveAccessibleDescription(texts.message(2005));
      await expect(toast).toHaveTextContent(texts.ui('codeBadge', { code: '2005' }));
      await userEvent.click(within(toast).getByRole('button', { name: texts.action('transfer_funds') }));
      await waitForRemoval(toast);
    });
    await step('Transfer funds opens the panel with the 75 USDT shortfall', async () => {
      const labels = ui.labels.transfer;
      await expect(await canvas.findByRole('heading', { level: 2, name: labels.heading })).toBeVisible();
      const amount = canvas.getByRole('spinbutton', { name: labels.amount });
      await waitFor(() => expect(amount).toHaveFocus());
      await expect(amount).toHaveValue(75);
      await userEvent.click(canvas.getByRole('button', { name: labels.submit }));
      const done = templateRegExp(labels.done, { amount: usdtSource(75, globals), spot: usdtSource(4925, globals) });
      await expect(await canvas.findByText(done)).toBeVisible();
      await expect(await ui.balance().findByText(usdt(325, globals))).toBeVisible();
    });
    await step('the same order now fits', async () => {
      await placeOrderSuccessfully(canvas, ui);
      await expect(canvas.queryByRole('alert')).toBeNull();
    });
  },
};

/** A clock 15 s ahead: 513 "Device clock out of sync"; "Sync clock" resets the skew and the order goes through. */
export const ClockSkewSuggestsSync: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const ui = dashboard(canvas, demoLabels(globals));
    const texts = kitTexts(globals);
    await waitForDashboard(canvas, globals);
    await setClockSkew(ui, '15');
    await userEvent.click(ui.placeOrder());
    const toast = await canvas.findByRole('status', { name: texts.title(513) });
    await expect(toast).toHaveTextContent(texts.ui('codeBadge', { code: String(513) }));
    await expect(await canvas.findByText(shown(fillIn(ui.labels.form.notPlacedCode, { code: 513 })))).toBeVisible();
    await userEvent.click(within(toast).getByRole('button', { name: texts.action('sync_clock') }));
    await waitForRemoval(toast);
    await expect(ui.skew()).toHaveValue(0);
    await expect(canvas.getByText(shown(ui.labels.notes.clockSynced))).toBeVisible();
    await placeOrderSuccessfully(canvas, ui);
  },
};

/** Eight requests at once against a limit of five: the rejected ones (510) merge into ONE toast counting ×N. */
export const BurstShowsOneCountedToast: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const texts = kitTexts(globals);
    const title = texts.title(510);
    const labels = demoLabels(globals);
    await waitForDashboard(canvas, globals);
    await userEvent.click(dashboard(canvas, labels).scenario('burst'));
    const done = plural(labels.scenarios.burstDone, 8, storyLocale(globals), { answered: '{answered}', rejected: '{rejected}', code: 510 });
    const pattern = templateRegExp(done, { answered: '\\d+', rejected: '(?<rejected>\\d+)' });
    const summary = await canvas.findByText(pattern);
    const rejected = Number(pattern.exec(summary.textContent ?? '')?.groups?.rejected);
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
    const ui = dashboard(canvas, demoLabels(globals));
    const texts = kitTexts(globals);
    await waitForDashboard(canvas, globals);
    await userEvent.click(ui.scenario('batchCancel'));
    const filled = await canvas.findByRole('status', { name: texts.title(2041) });
    await expect(filled).toHaveTextContent(texts.ui('codeBadge', { code: String(2041) }));
    const unknown = await canvas.findByRole('status', { name: texts.title(2040) });
    await expect(unknown).toHaveTextContent(texts.ui('codeBadge', { code: String(2040) }));
    await expect(
      await canvas.findByText(shown(plural(ui.labels.orders.cancelled, 3, storyLocale(globals), { cancelled: 1 }))),
    ).toBeVisible();
    await expect(await ui.orders().findByText(shown(ui.labels.orders.empty))).toBeVisible();
  },
};

/**
 * Every order and connection scenario of the "Try an error" panel, one after the other: the simulator
 * answers its code, the kit shows the right toast, and the toast's action leads where the demo routes it.
 */
export const EveryScenarioLeadsToItsFix: Story = {
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement);
    const ui = dashboard(canvas, demoLabels(globals));
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
    const ui = dashboard(canvas, demoLabels(globals));
    const texts = kitTexts(globals);
    const postOnly = packFor(storyLocale(globals)).order.post_only_cancel;
    await waitForDashboard(canvas, globals);
    let toast!: HTMLElement;
    await step('the order is accepted, then the feed says it was cancelled (errorCode 20)', async () => {
      await userEvent.click(ui.scenario('postOnlyCrossesBook'));
      const placed = await canvas.findByText(ui.placedText());
      const orderId = ui.placedText().exec(placed.textContent ?? '')!.groups!.orderId!;
      const frame = await waitFor(() => {
        const line = canvasElement.querySelector(`[data-order-id="${orderId}"]`);
        expect(line).toHaveAttribute('data-error-code', '20');
        return line!;
      });
      const { labels } = ui;
      const locale = storyLocale(globals);
      // the scenario's order: a post-only buy of 5 ETH_USDT contracts at 3450, cancelled (state 4) for reason 20
      const line = { symbol: 'ETH_USDT', type: labels.orderTypes[2], side: labels.sides[1], vol: formatNumber(5, locale) };
      const end = { price: formatNumber(3450, locale), state: labels.orderStates[4], errorCode: 20 };
      // any spaces as any spaces: a no-break space groups 3 450 in French
      await expect(frame).toHaveTextContent(shownWithin(fillIn(labels.feed.line, { ...line, ...end })));
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
