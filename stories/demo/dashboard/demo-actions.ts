// Where each toast action leads in the demo: `onAction` of the dashboard's ApiErrorProvider.
import type { ApiErrorActionId } from 'mexc-error-kit';

/** Order-form fields and the transfer amount: what an action can move focus to. */
export type FocusTarget = 'symbol' | 'side' | 'leverage' | 'vol' | 'price' | 'transfer';

/** Routes a real app would open for the actions the demo has no screen for. */
export const DEMO_ROUTES: Partial<Record<ApiErrorActionId, string>> = {
  deposit: '/assets/deposit',
  renew_api_key: '/user/openapi',
  whitelist_ip: '/user/openapi',
  enable_permission: '/user/openapi',
  open_futures_account: '/futures/open-account',
  adjust_margin: '/futures/positions',
  cancel_open_orders: '/futures/orders',
  split_batch: '/futures/orders',
  contact_support: '/support',
  check_connection: '/status',
};

/** A note the dashboard shows after an action: one of its labels' notes, or the route an app would open. */
export type DemoNote = 'clockSynced' | 'keyRestored' | 'refreshing' | { route: string };

/** What the dashboard does for the actions it handles itself. */
export interface DemoActionHandlers {
  openTransfer(): void;
  halveQuantity(): void;
  focus(target: FocusTarget): void;
  syncClock(): void;
  restoreApiKey(): void;
  refresh(): void;
  /** A short, polite note: "would open /assets/deposit". */
  note(note: DemoNote): void;
  /** Whether the order form has no side chosen (600 then points at the side). */
  sideMissing(): boolean;
}

/** Runs the demo's reaction to one action button. */
export function routeDemoAction(actionId: ApiErrorActionId, handlers: DemoActionHandlers): void {
  switch (actionId) {
    case 'transfer_funds':
      return handlers.openTransfer();
    case 'reduce_size':
      handlers.halveQuantity();
      return handlers.focus('vol');
    case 'lower_leverage':
    case 'adjust_leverage':
      return handlers.focus('leverage');
    case 'adjust_price':
      return handlers.focus('price');
    case 'adjust_quantity':
      return handlers.focus('vol');
    case 'edit_order':
      return handlers.focus(handlers.sideMissing() ? 'side' : 'vol');
    case 'choose_contract':
      return handlers.focus('symbol');
    case 'sync_clock':
      handlers.syncClock();
      return handlers.note('clockSynced');
    case 'check_api_key':
      handlers.restoreApiKey();
      return handlers.note('keyRestored');
    case 'retry':
    case 'retry_later':
    case 'refresh':
      handlers.refresh();
      return handlers.note('refreshing');
    default:
      return handlers.note({ route: DEMO_ROUTES[actionId] ?? '/' });
  }
}
