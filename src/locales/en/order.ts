import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** English: a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: 'No issue with this order',
      message: 'MEXC reported no error for this order, so there’s nothing to do.',
    },
    param_invalid: {
      title: 'Order rejected: invalid details',
      message:
        'MEXC rejected this order because one of its details wasn’t valid. Check the price, quantity and leverage, then edit the order and place it again.',
    },
    insufficient_balance: {
      title: 'Order rejected: not enough margin',
      message:
        'Your futures account didn’t have enough available margin, so this order was rejected. Transfer funds to your futures account (deposit first if needed), or reduce the order size or leverage.',
    },
    position_not_exists: {
      title: 'Close order rejected: no position',
      message:
        'This close order found no position to close (it may already have been closed), so it was rejected. Refresh your positions to see what’s still open.',
    },
    position_not_enough: {
      title: 'Close order rejected: too large',
      message:
        'This close order was for more than your position’s closable quantity (other close orders may already hold part of it), so it was rejected. Refresh your positions and lower the quantity.',
    },
    position_liquidated: {
      title: 'Order ended: position liquidated',
      message:
        'This order ended because its position was liquidated. Refresh your positions to see what remains, and check the margin in your futures account.',
    },
    order_liquidated: {
      title: 'Order closed out by liquidation',
      message:
        'This order was closed out as part of a liquidation. Refresh your positions to see what remains, and check the margin in your futures account.',
    },
    risk_level_limit: {
      title: 'Order rejected: over risk limit',
      message:
        'This order would have taken your position past the risk limit for its leverage, so it was rejected. Reduce the order size or lower the leverage.',
    },
    system_cancel: {
      title: 'Order cancelled by MEXC',
      message: 'MEXC’s system cancelled this order. Refresh your orders, and contact support if you need to know why.',
    },
    position_mode_mismatch: {
      title: 'Order rejected: position mode mismatch',
      message:
        'This order didn’t match your account’s position mode (one-way or hedge), so it was rejected. Edit it to fit your current mode, then place it again.',
    },
    reduce_only_liquidated: {
      title: 'Reduce-only order cancelled',
      message: 'This reduce-only order was cancelled because its position was liquidated. Refresh your positions to see what remains.',
    },
    contract_not_enabled: {
      title: 'Order rejected: contract not tradable',
      message: 'This contract isn’t open for trading right now, so the order was rejected. Choose another contract.',
    },
    delivery_cancel: {
      title: 'Order cancelled at delivery',
      message: 'The contract reached delivery, so this open order was cancelled. Refresh your orders and positions.',
    },
    position_liquidated_cancel: {
      title: 'Order cancelled: position liquidated',
      message: 'This order was cancelled because its position was liquidated. Refresh your positions and orders.',
    },
    adl_cancel: {
      title: 'Order cancelled by auto-deleveraging',
      message: 'Auto-deleveraging (ADL) reduced your position, so this order was cancelled. Refresh your positions and orders.',
    },
    restricted_account_cancel: {
      title: 'Order cancelled: account restricted',
      message: 'This order was cancelled because of a trading restriction on your account. Contact support to find out why.',
    },
    funding_settlement_cancel: {
      title: 'Order cancelled at funding settlement',
      message: 'This order was cancelled during funding settlement. Once settlement is over, place it again if you still want it.',
    },
    position_margin_change_cancel: {
      title: 'Order cancelled: position margin changed',
      message:
        'The position’s initial margin changed (for example, after a leverage change), so this order was cancelled. Check the size and leverage, then place it again.',
    },
    ioc_cancel: {
      title: 'IOC order: unfilled rest cancelled',
      message:
        'Immediate-or-cancel: whatever couldn’t fill at once was cancelled. Check what filled, and place a new order for the rest if you still want it.',
    },
    fok_cancel: {
      title: 'FOK order cancelled, nothing filled',
      message:
        'Fill-or-kill: the order couldn’t fill in full at once, so it was cancelled with nothing filled. Adjust the price or size and place it again.',
    },
    post_only_cancel: {
      title: 'Post-only order cancelled',
      message:
        'This post-only order would have filled at once as a taker, so it was cancelled. Set a buy price below the best ask or a sell price above the best bid, then place it again.',
    },
    market_rest_cancel: {
      title: 'Market order: unfilled rest cancelled',
      message:
        'Your market order couldn’t fill in full, so the unfilled rest was cancelled. Check your position, and place a new order for the rest if you still want it.',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
