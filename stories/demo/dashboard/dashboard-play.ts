// Helpers for the dashboard stories' play functions: find panels by their names, fill the order form.
// The demo's own texts are English (lang="en" on its root); the kit's toasts follow the toolbar locale,
// so they are found with `kitTexts(globals)`, never by English literals.
import type { ApiErrorActionId } from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyLocale, type KitTexts } from '../../support/kit-texts';
import { formatUsdt } from './format';

type Canvas = ReturnType<typeof within>;

/** An order as typed in the form; selects take the option's value. */
export interface OrderInput {
  contract?: string;
  side?: '' | '1' | '2' | '3' | '4';
  leverage?: string;
  quantity?: string;
  price?: string;
}

/** The named panels and fields of the dashboard. */
export function dashboard(canvas: Canvas) {
  return {
    balance: () => within(canvas.getByRole('region', { name: 'Balance' })),
    positions: () => within(canvas.getByRole('table', { name: 'Positions' })),
    orders: () => within(canvas.getByRole('table', { name: 'Open orders' })),
    /** The value (`<dd>`) the Balance panel shows for a label (`<dt>`), e.g. "Equity". */
    balanceValue: (label: string) => within(canvas.getByRole('region', { name: 'Balance' })).getByText(label).nextElementSibling,
    /** The toaster's live region, named in the toolbar's locale. */
    toaster: (texts: KitTexts) => canvas.getByRole('region', { name: `${texts.ui('regionLabel')} (Alt+T)` }),
    contract: () => canvas.getByRole('combobox', { name: 'Contract' }),
    side: () => canvas.getByRole('combobox', { name: 'Side' }),
    leverage: () => canvas.getByRole('spinbutton', { name: 'Leverage' }),
    quantity: () => canvas.getByRole('spinbutton', { name: 'Quantity (contracts)' }),
    price: () => canvas.getByRole('spinbutton', { name: 'Price (USDT)' }),
    skew: () => canvas.getByRole('spinbutton', { name: 'Clock skew (seconds)' }),
    placeOrder: () => canvas.getByRole('button', { name: 'Place order' }),
    scenario: (label: string) => within(canvas.getByRole('group', { name: 'Scenarios' })).getByRole('button', { name: label }),
  };
}

/** An amount as the dashboard writes it in the toolbar's locale (`250.00 USDT`, `250,00 USDT` in German), any spaces. */
export function usdt(value: number, globals: Record<string, unknown>): RegExp {
  const [number] = formatUsdt(value, storyLocale(globals)).split('\u00a0');
  return new RegExp(`^\\s*${number!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+USDT\\s*$`);
}

/** Waits until the first queries answered: the seeded 250 USDT and the open ETH order are on screen. */
export async function waitForDashboard(canvas: Canvas, globals: Record<string, unknown>): Promise<void> {
  const ui = dashboard(canvas);
  await expect(await ui.balance().findByText(usdt(250, globals))).toBeVisible();
  await expect(await ui.orders().findByRole('rowheader', { name: 'ETH_USDT' })).toBeVisible();
}

async function retype(field: HTMLElement, value: string): Promise<void> {
  await userEvent.clear(field);
  if (value !== '') await userEvent.type(field, value);
}

/** Fills the order form; fields not given keep their values. */
export async function fillOrder(canvas: Canvas, order: OrderInput): Promise<void> {
  const ui = dashboard(canvas);
  if (order.contract !== undefined) await userEvent.selectOptions(ui.contract(), order.contract);
  if (order.side !== undefined) await userEvent.selectOptions(ui.side(), order.side);
  if (order.leverage !== undefined) await retype(ui.leverage(), order.leverage);
  if (order.quantity !== undefined) await retype(ui.quantity(), order.quantity);
  if (order.price !== undefined) await retype(ui.price(), order.price);
}

/** Clicks "Place order" and waits for the form's "Order … placed." status. */
export async function placeOrderSuccessfully(canvas: Canvas): Promise<void> {
  await userEvent.click(dashboard(canvas).placeOrder());
  await expect(await canvas.findByText(/^Order \d{18} placed\.$/)).toBeVisible();
}

/** Sets the clock skew field to `seconds`. */
export async function setClockSkew(canvas: Canvas, seconds: string): Promise<void> {
  await retype(dashboard(canvas).skew(), seconds);
}

/** Waits until `element` (a toast) has left the page. */
export async function waitForRemoval(element: HTMLElement): Promise<void> {
  await waitFor(() => expect(element).not.toBeInTheDocument());
}

/** The table row whose row header is `name` (a contract), within a table. */
export async function findRow(table: Canvas, name: string): Promise<HTMLElement> {
  return (await table.findByRole('rowheader', { name })).closest('tr')!;
}

/** Controls outside the page's width or cut off by a scrolling ancestor, described for the failure message. */
export function clippedControls(root: HTMLElement): string[] {
  const pageWidth = document.documentElement.clientWidth;
  return Array.from(root.querySelectorAll<HTMLElement>('button, input, select, textarea')).flatMap((control) => {
    const box = control.getBoundingClientRect();
    const outside = (left: number, right: number) => box.left < left - 0.5 || box.right > right + 0.5;
    let clipped = outside(0, pageWidth);
    for (let parent = control.parentElement; parent && !clipped; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX === 'visible') continue;
      const frame = parent.getBoundingClientRect();
      clipped = outside(frame.left, frame.right);
    }
    return clipped ? [control.getAttribute('aria-label') ?? (control.textContent?.trim() || control.id || control.tagName)] : [];
  });
}

/** One scenario button, the toast it must raise and the action that fixes it. */
export interface ScenarioCase {
  button: string;
  role: 'alert' | 'status';
  /** The MEXC code the simulator answers; the toast's title is the kit's for it, in the toolbar's locale. */
  code: number;
  action: ApiErrorActionId;
  /** What the action must have done. */
  check: (ui: ReturnType<typeof dashboard>, canvas: Canvas) => Promise<void>;
}

const focused = (field: () => HTMLElement) => async () => waitFor(() => expect(field()).toHaveFocus());
const demoKeyRestored = async (_ui: unknown, canvas: Canvas) => {
  await expect(canvas.getByText('API key: demo key, requests signed')).toBeVisible();
};

/** Every order and connection scenario of the "Try an error" panel that answers with an API code, and its fix. */
export const SCENARIO_CASES: readonly ScenarioCase[] = [
  {
    button: 'Oversized order (2005)',
    role: 'alert',
    code: 2005,
    action: 'reduce_size',
    check: async (ui) => {
      await focused(ui.quantity)();
      await expect(ui.quantity()).toHaveValue(50000);
    },
  },
  {
    button: 'Oversized order (2005)',
    role: 'alert',
    code: 2005,
    action: 'deposit',
    check: async (_ui, canvas) => {
      await expect(canvas.getByText('Demo: here the app would open /assets/deposit.')).toBeVisible();
    },
  },
  { button: 'Fractional quantity (2011)', role: 'status', code: 2011, action: 'adjust_quantity', check: (ui) => focused(ui.quantity)() },
  { button: 'Bad price precision (2015)', role: 'status', code: 2015, action: 'adjust_price', check: (ui) => focused(ui.price)() },
  { button: 'Missing side (600)', role: 'status', code: 600, action: 'edit_order', check: (ui) => focused(ui.side)() },
  { button: 'Leverage mismatch (2021)', role: 'status', code: 2021, action: 'adjust_leverage', check: (ui) => focused(ui.leverage)() },
  { button: 'Unavailable pair (6005)', role: 'status', code: 6005, action: 'choose_contract', check: (ui) => focused(ui.contract)() },
  { button: 'No API key (401)', role: 'alert', code: 401, action: 'check_api_key', check: demoKeyRestored },
  { button: 'Bad signature (602)', role: 'alert', code: 602, action: 'check_api_key', check: demoKeyRestored },
  {
    button: 'Clock skew +15 s (513)',
    role: 'status',
    code: 513,
    action: 'sync_clock',
    check: async (ui) => {
      await expect(ui.skew()).toHaveValue(0);
    },
  },
];
