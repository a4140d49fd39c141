// Helpers for the dashboard stories' play functions: find panels by their names, fill the order form.
import { expect, userEvent, waitFor, within } from 'storybook/test';

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
    positions: () => within(canvas.getByRole('table', { name: 'Open positions' })),
    orders: () => within(canvas.getByRole('table', { name: 'Open orders' })),
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

/** Waits until the first queries answered: the seeded 250 USDT and the open ETH order are on screen. */
export async function waitForDashboard(canvas: Canvas): Promise<void> {
  const ui = dashboard(canvas);
  await expect(await ui.balance().findByText('250.00 USDT')).toBeVisible();
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
