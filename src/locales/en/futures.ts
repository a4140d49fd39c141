import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** English: a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: 'Done',
      message: 'Your request went through successfully.',
    },
    public_error: {
      title: 'Exchange error',
      message: 'MEXC ran into a problem and couldn’t complete this request. Try again later, and contact support if it keeps happening.',
    },
    internal_error: {
      title: 'Exchange error, result unknown',
      message:
        'MEXC hit an internal error and your order may still have gone through. Refresh your orders and positions before trying again later.',
    },
    system_busy: {
      title: 'Exchange is busy',
      message: 'MEXC is handling heavy traffic right now. Wait a moment, then try again.',
    },
    unauthorized: {
      title: 'API key not accepted',
      message: 'MEXC didn’t accept your API key. Check that the API key and secret are entered correctly and the key still exists.',
    },
    api_key_expired: {
      title: 'API key expired',
      message: 'This API key has expired (keys without an IP binding expire after 90 days). Create a new API key on MEXC and add it here.',
    },
    ip_not_whitelisted: {
      title: 'IP address not allowed',
      message: 'Your API key doesn’t accept requests from this IP address. Add this IP to the key’s whitelist on MEXC.',
    },
    unknown_request_source: {
      title: 'Request source not recognized',
      message: 'MEXC couldn’t tell where this request came from. Check your API key settings, and contact support if it keeps happening.',
    },
    rate_limited: {
      title: 'Too many requests',
      message: 'You’re sending requests faster than MEXC allows. Wait a few seconds, then try again.',
    },
    endpoint_inaccessible: {
      title: 'Not allowed for this API key',
      message: 'Your API key or account isn’t allowed to do this. Enable the needed permission on your API key, or contact support.',
    },
    request_time_invalid: {
      title: 'Device clock out of sync',
      message: 'Your device’s clock is more than 2 seconds ahead of or 10 seconds behind MEXC’s time. Sync your clock, then try again.',
    },
    parameter_error: {
      title: 'Order details not accepted',
      message: 'The order has a value the exchange does not accept. Check the price, quantity and other settings, then edit the order.',
    },
    data_decoding_error: {
      title: 'Request couldn’t be read',
      message: 'MEXC couldn’t read what this app sent. This is an app problem, not your order; contact support if it keeps happening.',
    },
    signature_invalid: {
      title: 'API key check failed',
      message: 'MEXC couldn’t verify this request with your API secret. Check that the API key and secret match and are entered correctly.',
    },
    duplicate_request: {
      title: 'Duplicate request',
      message:
        'MEXC received this request twice and the first one may already have gone through. Refresh your orders and positions before sending it again.',
    },
    account_read_permission_required: {
      title: 'Account read permission needed',
      message: 'Your API key can’t view account details. Enable the account read permission for this key on MEXC.',
    },
    account_write_permission_required: {
      title: 'Account write permission needed',
      message:
        'Your API key can’t make account changes such as margin adjustments. Enable the account write permission for this key on MEXC.',
    },
    trade_read_permission_required: {
      title: 'Trade read permission needed',
      message: 'Your API key can’t view your orders and trades. Enable the trade read permission for this key on MEXC.',
    },
    trade_write_permission_required: {
      title: 'Trading permission needed',
      message: 'Your API key isn’t allowed to place or change orders. Enable the trading permission for this key on MEXC.',
    },
    account_not_found: {
      title: 'No futures account yet',
      message: 'You don’t have a futures account on MEXC yet. Open a futures account to start trading contracts.',
    },
    contract_not_found: {
      title: 'Contract not found',
      message: 'This futures contract doesn’t exist on MEXC. Check the symbol and choose another contract.',
    },
    contract_not_activated: {
      title: 'Contract not open for trading',
      message: 'This contract isn’t open for trading right now, so orders can’t be placed on it. Choose another contract.',
    },
    risk_limit_level_invalid: {
      title: 'Risk limit tier problem',
      message:
        'The risk limit tier for this position isn’t valid. Refresh to check your risk limit, and contact support if it keeps happening.',
    },
    amount_invalid: {
      title: 'Invalid amount',
      message: 'The exchange doesn’t accept this amount. Adjust the quantity so it stays within the allowed minimum and maximum.',
    },
    order_side_invalid: {
      title: 'Invalid order direction',
      message: 'The order’s direction (open or close, long or short) isn’t valid. Edit the order and choose the right side.',
    },
    open_type_invalid: {
      title: 'Invalid margin mode',
      message: 'The order’s margin mode isn’t valid. Edit the order and choose cross or isolated margin.',
    },
    buy_price_too_high: {
      title: 'Buy price too high',
      message: 'Your buy price is above the highest price allowed right now. Adjust the price closer to the current market price.',
    },
    sell_price_too_low: {
      title: 'Sell price too low',
      message: 'Your sell price is below the lowest price allowed right now. Adjust the price closer to the current market price.',
    },
    balance_insufficient: {
      title: 'Not enough margin',
      message:
        'Your futures account doesn’t have enough available margin for this order. Transfer funds to your futures account, or reduce the order size or leverage.',
    },
    leverage_invalid: {
      title: 'Leverage not allowed',
      message: 'This leverage isn’t available for this contract or your risk limit tier. Adjust the leverage to an allowed value.',
    },
    order_price_invalid: {
      title: 'Invalid order price',
      message: 'The exchange doesn’t accept this order price. Adjust the price, then place the order again.',
    },
    closable_quantity_insufficient: {
      title: 'Not enough to close',
      message: 'The close quantity is more than the position has available to close. Refresh your position, then lower the quantity.',
    },
    position_not_found: {
      title: 'Position not found',
      message: 'This position doesn’t exist or has already been closed. Refresh to see your current positions.',
    },
    order_quantity_invalid: {
      title: 'Invalid order quantity',
      message: 'The quantity isn’t valid. On MEXC futures, quantity is counted in contracts, not coins. Adjust the number of contracts.',
    },
    cancel_limit_exceeded: {
      title: 'Too many orders to cancel',
      message: 'You tried to cancel more orders at once than MEXC allows. Split them into smaller batches and cancel again.',
    },
    batch_order_limit_exceeded: {
      title: 'Too many orders in one batch',
      message: 'This batch has more orders than MEXC allows at once. Split it into smaller batches.',
    },
    precision_invalid: {
      title: 'Too many decimal places',
      message:
        'The price or quantity has more decimal places than this contract allows. Adjust the price and quantity to the allowed step.',
    },
    plan_order_limit_exceeded: {
      title: 'Too many trigger orders',
      message: 'You’ve reached the maximum number of open trigger orders. Cancel some open trigger orders before placing a new one.',
    },
    margin_removal_exceeded: {
      title: 'Can’t remove that much margin',
      message: 'You’re trying to remove more margin than this position can release. Adjust the margin to a smaller amount.',
    },
    open_orders_active: {
      title: 'Open orders still active',
      message: 'You have active open orders for this contract, so this change isn’t possible yet. Cancel your open orders, then try again.',
    },
    leverage_mismatch: {
      title: 'Leverage differs from position',
      message: 'The order’s leverage doesn’t match the leverage of your existing position. Adjust the leverage to match the position.',
    },
    position_type_invalid: {
      title: 'Invalid position side',
      message: 'The position side (long or short) isn’t valid. Edit the order and choose the correct side.',
    },
    positions_over_max_leverage: {
      title: 'Position leverage too high for tier',
      message:
        'An open position uses more leverage than the new risk limit tier allows. Lower its leverage or reduce the position size first.',
    },
    orders_over_max_leverage: {
      title: 'Order leverage too high for tier',
      message: 'Some open orders use more leverage than the new risk limit tier allows. Cancel those orders or lower the leverage first.',
    },
    position_limit_exceeded: {
      title: 'Position too large for tier',
      message: 'Your current position is larger than the new risk limit tier allows. Reduce the position size first.',
    },
    cross_leverage_change_unsupported: {
      title: 'Can’t change cross leverage',
      message: 'Leverage can’t be changed this way for cross margin. Edit the order, or use isolated margin to set the leverage.',
    },
    margin_mode_conflict: {
      title: 'Cross and isolated can’t mix',
      message:
        'Only one margin mode, cross or isolated, is allowed per direction on a contract. Edit the order to use your position’s margin mode.',
    },
    order_quantity_over_max: {
      title: 'Order size too large',
      message: 'This order is larger than the maximum allowed for a single order. Reduce the size or split it into smaller orders.',
    },
    order_type_invalid: {
      title: 'Invalid order type',
      message: 'This order type isn’t accepted here. Edit the order and choose a supported type, such as limit or market.',
    },
    external_order_id_too_long: {
      title: 'Custom order ID too long',
      message: 'A custom order ID can be at most 32 characters. Edit the order and shorten the ID.',
    },
    risk_limit_exceeded: {
      title: 'Over your risk limit',
      message: 'This would take your position above what your current risk limit allows. Reduce the order size or lower the leverage.',
    },
    price_below_long_liquidation: {
      title: 'Price below liquidation price',
      message: 'The order price is below your long position’s liquidation price. Adjust the price to above the liquidation price.',
    },
    price_above_short_liquidation: {
      title: 'Price above liquidation price',
      message: 'The order price is above your short position’s liquidation price. Adjust the price to below the liquidation price.',
    },
    batch_query_limit_exceeded: {
      title: 'Too many orders in one lookup',
      message: 'This lookup asks for more orders at once than MEXC allows. Split it into smaller batches.',
    },
    market_price_tier_unsupported: {
      title: 'Market order type not supported',
      message: 'This kind of market order isn’t supported for this contract. Edit the order, for example use a limit order instead.',
    },
    trigger_price_type_invalid: {
      title: 'Invalid trigger price type',
      message: 'The trigger price type isn’t valid. Edit the order and choose last price, fair price or index price.',
    },
    trigger_type_invalid: {
      title: 'Invalid trigger condition',
      message:
        'The trigger condition isn’t valid. Edit the order and choose whether it triggers when the price rises or falls to the trigger price.',
    },
    execution_cycle_invalid: {
      title: 'Invalid validity period',
      message: 'The trigger order’s validity period isn’t valid. Edit the order and choose an allowed period, such as 24 hours or 7 days.',
    },
    trigger_price_invalid: {
      title: 'Invalid trigger price',
      message: 'The exchange doesn’t accept this trigger price. Check it against the current market price and adjust it.',
    },
    currency_unsupported: {
      title: 'Currency not supported',
      message: 'This currency isn’t supported here. Edit the order and choose a supported currency.',
    },
    open_orders_over_limit: {
      title: 'Too many orders',
      message: 'You’ve reached the maximum number of orders. Cancel some open orders, or contact support if you need a higher limit.',
    },
    trading_too_frequent: {
      title: 'Trading too fast',
      message: 'You’re placing orders too quickly. Wait a moment, then try again.',
    },
    position_quantity_over_max: {
      title: 'Maximum position size reached',
      message:
        'This would take your position over the maximum allowed size. Reduce the order size, or contact support about a higher limit.',
    },
    tpsl_price_missing: {
      title: 'Set a TP or SL price',
      message: 'Take-profit and stop-loss can’t both be empty. Enter a take-profit price, a stop-loss price, or both.',
    },
    tpsl_order_not_found: {
      title: 'TP/SL order not found',
      message: 'This TP/SL order no longer exists or has already been closed. Refresh to see your current orders.',
    },
    tpsl_price_invalid: {
      title: 'Invalid TP/SL price',
      message:
        'The TP/SL price isn’t valid. For a long, TP goes above and SL below the current price; the reverse for a short. Adjust the prices.',
    },
    tpsl_volume_over_position: {
      title: 'TP/SL size exceeds position',
      message: 'Your TP/SL orders add up to more than the position can close. Lower the TP/SL quantity to fit the position.',
    },
    trading_forbidden: {
      title: 'Trading disabled',
      message: 'Trading is disabled on your account. Contact support to find out why and how to restore it.',
    },
    opening_forbidden: {
      title: 'Opening positions blocked',
      message: 'Your account can’t open new positions right now, but you can still close existing ones. Contact support for details.',
    },
    time_range_invalid: {
      title: 'Invalid time range',
      message: 'The selected time range isn’t accepted. Refresh and choose a shorter range.',
    },
    pair_and_status_required: {
      title: 'Contract and status needed',
      message: 'This list needs both a contract and an order status to load. Refresh and select both.',
    },
    pair_unavailable: {
      title: 'Contract not available',
      message: 'This contract isn’t open for trading right now. Choose another contract.',
    },
    order_not_found: {
      title: 'Order not found',
      message: 'This order doesn’t exist or is no longer open. Refresh to see your current orders.',
    },
    order_not_cancellable: {
      title: 'Order can’t be cancelled',
      message: 'This order has already been filled or cancelled, so it can’t be cancelled now. Refresh to see its current status.',
    },
    service_unavailable: {
      title: 'Exchange unavailable',
      message: 'MEXC is temporarily unavailable. Wait a moment, then try again.',
    },
    gateway_timeout: {
      title: 'Exchange didn’t respond in time',
      message:
        'MEXC took too long to answer and your order may or may not have been placed. Refresh your orders before trying again later.',
    },
    request_rejected: {
      title: 'Request rejected',
      message: 'MEXC rejected this request without giving a reason. Try again later, and contact support if it keeps happening.',
    },
    maintenance: {
      title: 'Exchange under maintenance',
      message:
        'MEXC is doing system maintenance, so this request couldn’t be handled right now. Check MEXC’s announcements for when it ends, then try again.',
    },
    risk_limit_change_retired: {
      title: 'Risk limit is now automatic',
      message:
        'MEXC no longer supports changing the risk limit by hand, so this change wasn’t made: the risk limit now follows your position size automatically. Refresh to see your current risk limit.',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
