import type orderCatalog from '../../core/catalogs/order.catalog';
import type { CatalogTexts } from '../../core/text/messages';

/** English: a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: 'Order OK',
      message: 'Nothing went wrong with this order.',
    },
    param_invalid: {
      title: 'Order rejected: invalid details',
      message:
        'MEXC rejected this order because one of its settings was invalid. Check the price, quantity and leverage, then place it again.',
    },
    insufficient_balance: {
      title: 'Order rejected: not enough margin',
      message:
        'Your futures account didn’t have enough available margin for this order. Transfer funds to your futures account, or reduce the order size or leverage.',
    },
    position_not_exists: {
      title: 'No position to close',
      message: 'This close order found no open position to reduce, so it was rejected. Refresh your positions before closing again.',
    },
    position_not_enough: {
      title: 'Close order larger than position',
      message:
        'This close order asked for more than your open position holds. Refresh your positions and lower the quantity to what you can close.',
    },
    position_liquidated: {
      title: 'Position liquidated',
      message:
        'Your position was liquidated because its margin fell below the maintenance level. Check your positions and your futures account.',
    },
    order_liquidated: {
      title: 'Order filled by liquidation',
      message: 'This order was filled as part of a liquidation. Check your positions and your futures account.',
    },
    risk_level_limit: {
      title: 'Order rejected: risk limit reached',
      message: 'Filling this order would take your position beyond its current risk limit. Reduce the order size or lower the leverage.',
    },
    system_cancel: {
      title: 'Order cancelled by MEXC',
      message: 'MEXC’s system cancelled this order. Refresh your orders, and contact support if the reason isn’t clear.',
    },
    position_mode_mismatch: {
      title: 'Order doesn’t match position mode',
      message:
        'This order doesn’t fit your account’s position mode (hedge or one-way). Edit the order or change the position mode, then place it again.',
    },
    reduce_only_liquidated: {
      title: 'Reduce-only order cancelled',
      message: 'This reduce-only order was cancelled because its position was liquidated. Refresh your positions.',
    },
    contract_not_enabled: {
      title: 'Contract not open for trading',
      message: 'This contract isn’t open for trading right now, so the order was rejected. Choose another contract.',
    },
    delivery_cancel: {
      title: 'Cancelled at contract delivery',
      message: 'The contract reached delivery, so this open order was cancelled. Refresh your orders.',
    },
    position_liquidated_cancel: {
      title: 'Cancelled: position liquidated',
      message: 'This order was cancelled because its position was liquidated. Refresh your positions and orders.',
    },
    adl_cancel: {
      title: 'Cancelled by auto-deleveraging',
      message: 'Auto-deleveraging (ADL) reduced your position, so this order was cancelled. Refresh your positions and orders.',
    },
    restricted_account_cancel: {
      title: 'Cancelled: account restricted',
      message: 'This order was cancelled because your account is restricted from trading. Contact MEXC support.',
    },
    funding_settlement_cancel: {
      title: 'Cancelled during funding settlement',
      message: 'This order was cancelled while funding was being settled. Place it again once settlement is over.',
    },
    position_margin_change_cancel: {
      title: 'Cancelled: position margin changed',
      message:
        'The position’s initial margin changed (after a leverage change, for example), so this order was cancelled. Edit the order and place it again.',
    },
    ioc_cancel: {
      title: 'Unfilled rest cancelled (IOC)',
      message:
        'Immediate-or-cancel: the part of the order that couldn’t fill at once was cancelled. Place a new order for the rest if you still want it.',
    },
    fok_cancel: {
      title: 'Not filled in full (FOK)',
      message:
        'Fill-or-kill: the order couldn’t fill completely at once, so none of it was executed. Adjust the price or size and place it again.',
    },
    post_only_cancel: {
      title: 'Post-only order cancelled',
      message:
        'Your post-only order would have filled at once as a taker, so it was cancelled instead. Move the price away from the market and place it again.',
    },
    market_rest_cancel: {
      title: 'Rest of market order cancelled',
      message:
        'Part of your market order couldn’t fill, so the unfilled rest was cancelled. Check your position, and place a new order for the rest if needed.',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
