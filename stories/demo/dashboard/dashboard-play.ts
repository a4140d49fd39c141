// Helpers for the dashboard stories' play functions: find panels by their names, fill the order form.
// The demo's labels and the kit's toasts both follow the toolbar locale, so elements are found by role and
// `demoLabels(globals)` or `kitTexts(globals)`, never by English literals.
import type { ApiErrorActionId } from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storyLocale, type KitTexts } from '../../support/kit-texts';
import { demoLabelsFor, fillIn, type DemoLabels } from './demo-labels';
import { formatUsdt } from './format';
import type { ScenarioId } from './ScenariosPanel';

type Canvas = ReturnType<typeof within>;

/** An order as typed in the form; selects take the option's value. */
export interface OrderInput {
  contract?: string;
  side?: '' | '1' | '2' | '3' | '4';
  leverage?: string;
  quantity?: string;
  price?: string;
}

/** The demo's labels in the toolbar's locale of a story context: `demoLabels(context.globals)`. */
export function demoLabels(globals: Record<string, unknown> | undefined): DemoLabels {
  return demoLabelsFor(storyLocale(globals)).labels;
}

/** The named panels and fields of the dashboard, found by the labels of the story's locale. */
export function dashboard(canvas: Canvas, labels: DemoLabels) {
  const { form } = labels;
  const balance = () => within(canvas.getByRole('region', { name: labels.balance.heading }));
  return {
    labels,
    balance,
    positions: () => within(canvas.getByRole('table', { name: labels.positions.heading })),
    orders: () => within(canvas.getByRole('table', { name: labels.orders.heading })),
    /** The value (`<dd>`) the Balance panel shows for an amount (`<dt>`), e.g. equity. */
    balanceValue: (row: keyof DemoLabels['balance']['rows']) => balance().getByText(shown(labels.balance.rows[row])).nextElementSibling,
    /** The toaster's live region, named in the toolbar's locale. */
    toaster: (texts: KitTexts) => canvas.getByRole('region', { name: `${texts.ui('regionLabel')} (Alt+T)` }),
    contract: () => canvas.getByRole('combobox', { name: form.contract }),
    side: () => canvas.getByRole('combobox', { name: form.side }),
    leverage: () => canvas.getByRole('spinbutton', { name: form.leverage }),
    quantity: () => canvas.getByRole('spinbutton', { name: form.quantity }),
    price: () => canvas.getByRole('spinbutton', { name: form.price }),
    skew: () => canvas.getByRole('spinbutton', { name: labels.connection.skew }),
    placeOrder: () => canvas.getByRole('button', { name: form.submit }),
    scenario: (id: ScenarioId) =>
      within(canvas.getByRole('group', { name: labels.scenarios.legend })).getByRole('button', { name: labels.scenarios.names[id] }),
    /** The form's status line after an order was placed, `Order … placed.` (any order id). */
    placedText: () => templateRegExp(form.placed, { orderId: '(?<orderId>\\d{18})' }),
  };
}

/** The dashboard's panels and fields, as `dashboard(canvas, labels)` finds them. */
export type Dashboard = ReturnType<typeof dashboard>;

/** `text` matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` matched literally, any run of spaces as any run of spaces (French `:` has a narrow no-break space before it). */
function literal(text: string): string {
  return escapeRegExp(text).replace(/\s+/g, '\\s+');
}

/**
 * Matches `template` whole, each `{name}` matching `patterns[name]` (a regular expression's source), other names
 * as written. Spaces match any spaces: Testing Library reads a page's no-break spaces as plain ones.
 */
export function templateRegExp(template: string, patterns: Readonly<Record<string, string>>): RegExp {
  const pieces = template.split(/(\{\w+\})/);
  const source = pieces.map((piece, index) => (index % 2 === 1 ? (patterns[piece.slice(1, -1)] ?? literal(piece)) : literal(piece)));
  return new RegExp(`^${source.join('')}$`);
}

/** A text as the page shows it, for text queries and toHaveTextContent: whole, any spaces as any spaces. */
export function shown(text: string): RegExp {
  return new RegExp(`^\\s*${literal(text)}\\s*$`);
}

/** As {@link shown}, but anywhere in the element's text (toHaveTextContent of an element that says more). */
export function shownWithin(text: string): RegExp {
  return new RegExp(literal(text));
}

/** The source of `usdt(value, globals)` without its anchors, to go inside a `templateRegExp` pattern. */
export function usdtSource(value: number, globals: Record<string, unknown>): string {
  return usdt(value, globals).source.slice(1, -1);
}

/** An amount as the dashboard writes it in the toolbar's locale (`250.00 USDT`, `250,00 USDT` in German), any spaces. */
export function usdt(value: number, globals: Record<string, unknown>): RegExp {
  // the number may group digits with a (no-break) space itself (`4 925,00` in Russian): any space matches
  const number = formatUsdt(value, storyLocale(globals)).replace(/\u00a0USDT$/, '');
  return new RegExp(`^\\s*${escapeRegExp(number).replace(/\s/g, '\\s')}\\s+USDT\\s*$`);
}

/** Waits until the first queries answered: the seeded 250 USDT and the open ETH order are on screen. */
export async function waitForDashboard(canvas: Canvas, globals: Record<string, unknown>): Promise<void> {
  const ui = dashboard(canvas, demoLabels(globals));
  await expect(await ui.balance().findByText(usdt(250, globals))).toBeVisible();
  await expect(await ui.orders().findByRole('rowheader', { name: 'ETH_USDT' })).toBeVisible();
}

async function retype(field: HTMLElement, value: string): Promise<void> {
  await userEvent.clear(field);
  if (value !== '') await userEvent.type(field, value);
}

/** Fills the order form; fields not given keep their values. */
export async function fillOrder(ui: Dashboard, order: OrderInput): Promise<void> {
  if (order.contract !== undefined) await userEvent.selectOptions(ui.contract(), order.contract);
  if (order.side !== undefined) await userEvent.selectOptions(ui.side(), order.side);
  if (order.leverage !== undefined) await retype(ui.leverage(), order.leverage);
  if (order.quantity !== undefined) await retype(ui.quantity(), order.quantity);
  if (order.price !== undefined) await retype(ui.price(), order.price);
}

/** Clicks "Place order" and waits for the form's "Order … placed." status. */
export async function placeOrderSuccessfully(canvas: Canvas, ui: Dashboard): Promise<void> {
  await userEvent.click(ui.placeOrder());
  await expect(await canvas.findByText(ui.placedText())).toBeVisible();
}

/** Sets the clock skew field to `seconds`. */
export async function setClockSkew(ui: Dashboard, seconds: string): Promise<void> {
  await retype(ui.skew(), seconds);
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
  button: ScenarioId;
  role: 'alert' | 'status';
  /** The MEXC code the simulator answers; the toast's title is the kit's for it, in the toolbar's locale. */
  code: number;
  action: ApiErrorActionId;
  /** What the action must have done. */
  check: (ui: Dashboard, canvas: Canvas) => Promise<void>;
}

const focused = (field: () => HTMLElement) => async () => waitFor(() => expect(field()).toHaveFocus());
const demoKeyRestored = async ({ labels }: Dashboard, canvas: Canvas) => {
  await expect(canvas.getByText(shown(fillIn(labels.connection.apiKey, { key: labels.connection.keyModes.demo })))).toBeVisible();
};

/** Every order and connection scenario of the "Try an error" panel that answers with an API code, and its fix. */
export const SCENARIO_CASES: readonly ScenarioCase[] = [
  {
    button: 'oversizedOrder',
    role: 'alert',
    code: 2005,
    action: 'reduce_size',
    check: async (ui) => {
      await focused(ui.quantity)();
      await expect(ui.quantity()).toHaveValue(50000);
    },
  },
  {
    button: 'oversizedOrder',
    role: 'alert',
    code: 2005,
    action: 'deposit',
    check: async ({ labels }, canvas) => {
      const route = canvas.getByText('/assets/deposit', { selector: 'code' });
      await expect(route).toBeVisible();
      await expect(route.parentElement).toHaveTextContent(shown(fillIn(labels.notes.route, { route: '/assets/deposit' })));
    },
  },
  { button: 'fractionalVolume', role: 'status', code: 2011, action: 'adjust_quantity', check: (ui) => focused(ui.quantity)() },
  { button: 'badPricePrecision', role: 'status', code: 2015, action: 'adjust_price', check: (ui) => focused(ui.price)() },
  { button: 'missingSide', role: 'status', code: 600, action: 'edit_order', check: (ui) => focused(ui.side)() },
  { button: 'leverageMismatch', role: 'status', code: 2021, action: 'adjust_leverage', check: (ui) => focused(ui.leverage)() },
  { button: 'unavailablePair', role: 'status', code: 6005, action: 'choose_contract', check: (ui) => focused(ui.contract)() },
  { button: 'noApiKey', role: 'alert', code: 401, action: 'check_api_key', check: demoKeyRestored },
  { button: 'badSignature', role: 'alert', code: 602, action: 'check_api_key', check: demoKeyRestored },
  {
    button: 'clockSkew',
    role: 'status',
    code: 513,
    action: 'sync_clock',
    check: async (ui) => {
      await expect(ui.skew()).toHaveValue(0);
    },
  },
];
