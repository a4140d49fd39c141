import {
  estimateLiquidationPrice,
  findPosition,
  initialMargin,
  makeOrder,
  nextOrderId,
  nextPositionId,
  round8,
  type SimulatorContract,
  type SimulatorState,
} from './simulator-state';
import { CANCEL_ITEM_MESSAGES } from './server-messages';
import type {
  CancelOrderResult,
  ContractOrder,
  DemoTransferResult,
  OpenPosition,
  OpenType,
  OrderSide,
  OrderType,
  PositionType,
} from './types';

/** What a business rule decided: the `data` of a success envelope, or the MEXC code of the error. */
export type RuleOutcome<T> = { ok: true; data: T } | { ok: false; code: number };

/** Most ids one cancel request may carry (more gets 2013). */
export const MAX_CANCEL_BATCH = 50;

const fail = (code: number): { ok: false; code: number } => ({ ok: false, code });
const done = <T>(data: T): RuleOutcome<T> => ({ ok: true, data });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

function oneOf<T extends number>(value: unknown, allowed: readonly T[]): T | undefined {
  const n = toNumber(value);
  return allowed.find((candidate) => candidate === n);
}

function onTick(price: number, tick: number): boolean {
  const steps = price / tick;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

function leverageInRange(leverage: number, contract: Pick<SimulatorContract, 'minLeverage' | 'maxLeverage'>): boolean {
  return Number.isInteger(leverage) && leverage >= contract.minLeverage && leverage <= contract.maxLeverage;
}

interface ValidOrder {
  contract: SimulatorContract;
  side: OrderSide;
  type: OrderType;
  openType: OpenType;
  vol: number;
  price: number | undefined;
  leverage: number | undefined;
}

function validateOrder(state: SimulatorState, body: unknown): ValidOrder | number {
  if (!isRecord(body) || typeof body.symbol !== 'string' || body.symbol === '') return 600;
  const contract = state.contracts[body.symbol];
  if (!contract) return 1001;
  if (!contract.available) return 6005;
  const side = oneOf<OrderSide>(body.side, [1, 2, 3, 4]);
  const type = oneOf<OrderType>(body.type, [1, 2, 5]);
  const openType = oneOf<OpenType>(body.openType, [1, 2]);
  const vol = toNumber(body.vol);
  const price = body.price === undefined ? undefined : toNumber(body.price);
  const leverage = body.leverage === undefined ? undefined : toNumber(body.leverage);
  if (side === undefined || type === undefined || openType === undefined || vol === undefined) return 600;
  if ((body.price !== undefined && price === undefined) || (type !== 5 && price === undefined) || (price !== undefined && price <= 0))
    return 600;
  if ((body.leverage !== undefined && leverage === undefined) || ((side === 1 || side === 3) && leverage === undefined)) return 600;
  if (!Number.isInteger(vol) || vol <= 0) return 2011;
  if (price !== undefined && !onTick(price, contract.priceUnit)) return 2015;
  return { contract, side, type, openType, vol, price, leverage };
}

function openPosition(
  state: SimulatorState,
  order: ValidOrder,
  positionType: PositionType,
  fillPrice: number,
  margin: number,
): OpenPosition {
  const existing = findPosition(state, order.contract.symbol, positionType, order.openType);
  const leverage = order.leverage ?? 1;
  const now = Date.now();
  if (existing) {
    const holdVol = existing.holdVol + order.vol;
    existing.holdAvgPrice = round8((existing.holdAvgPrice * existing.holdVol + fillPrice * order.vol) / holdVol);
    existing.holdVol = holdVol;
    existing.im = round8(existing.im + margin);
    existing.oim = existing.im;
    existing.liquidatePrice = estimateLiquidationPrice(positionType, existing.holdAvgPrice, leverage);
    existing.updateTime = now;
    return existing;
  }
  const position: OpenPosition = {
    positionId: nextPositionId(state),
    symbol: order.contract.symbol,
    positionType,
    openType: order.openType,
    state: 1,
    holdVol: order.vol,
    frozenVol: 0,
    closeVol: 0,
    closeAvgPrice: 0,
    holdFee: 0,
    realised: 0,
    holdAvgPrice: fillPrice,
    openAvgPrice: fillPrice,
    liquidatePrice: estimateLiquidationPrice(positionType, fillPrice, leverage),
    oim: margin,
    im: margin,
    leverage,
    createTime: now,
    updateTime: now,
  };
  state.positions.push(position);
  return position;
}

function closePosition(state: SimulatorState, position: OpenPosition, vol: number, fillPrice: number): void {
  const { contractSize } = state.contracts[position.symbol]!;
  const direction = position.positionType === 1 ? 1 : -1;
  const pnl = round8(direction * (fillPrice - position.holdAvgPrice) * vol * contractSize);
  const released = round8((position.im * vol) / position.holdVol);
  position.holdVol -= vol;
  position.closeVol += vol;
  position.im = round8(position.im - released);
  position.realised = round8(position.realised + pnl);
  position.updateTime = Date.now();
  state.account.availableBalance = round8(state.account.availableBalance + released + pnl);
  if (position.holdVol === 0) state.positions = state.positions.filter((p) => p !== position);
}

/**
 * A post-only order fills only as a maker: a buy (open long, close short) at or above the last price, or
 * a sell at or below it, would take liquidity at once.
 */
function wouldTake(side: OrderSide, price: number, lastPrice: number): boolean {
  return side === 1 || side === 2 ? price >= lastPrice : price <= lastPrice;
}

/** MEXC's order-record reason for a post-only order cancelled because it would have taken liquidity. */
export const POST_ONLY_CANCELLED = 20;

/**
 * `POST /api/v1/private/order/submit`, after authentication. Checks, in order: 600 (no symbol),
 * 1001, 6005, 600 (fields), 2011, 2015, then for opening sides 2006, 2021, 2005 and for closing
 * sides 2009, 2008. Limit orders rest as open orders; market orders fill at the last price. A post-only
 * order (type 2) that would take liquidity is accepted, as on MEXC, and cancelled at once: its record
 * says `state` 4 with `errorCode` 20, and it freezes nothing.
 */
export function submitOrder(state: SimulatorState, body: unknown): RuleOutcome<string> {
  const order = validateOrder(state, body);
  if (typeof order === 'number') return fail(order);
  const { contract, side, type, openType, vol } = order;
  const positionType: PositionType = side === 1 || side === 4 ? 1 : 2;
  const fillPrice = type === 5 ? contract.lastPrice : order.price!;
  const postOnlyCancelled = type === 2 && wouldTake(side, fillPrice, contract.lastPrice);
  const cancelled = { state: 4 as const, errorCode: POST_ONLY_CANCELLED };
  const record = (fields: Partial<ContractOrder>): RuleOutcome<string> => {
    const orderId = nextOrderId(state);
    const now = Date.now();
    const common = { symbol: contract.symbol, price: fillPrice, vol, leverage: order.leverage ?? 0, side, orderType: type, openType };
    state.orders.push(makeOrder({ ...common, orderId, createTime: now, updateTime: now, ...fields }));
    return done(orderId);
  };
  if (side === 1 || side === 3) {
    const leverage = order.leverage!;
    if (!leverageInRange(leverage, contract)) return fail(2006);
    const existing = findPosition(state, contract.symbol, positionType, openType);
    if (existing && existing.leverage !== leverage) return fail(2021);
    const margin = initialMargin(vol, contract.contractSize, fillPrice, leverage);
    if (margin > state.account.availableBalance) return fail(2005);
    if (postOnlyCancelled) return record(cancelled);
    state.account.availableBalance = round8(state.account.availableBalance - margin);
    if (type !== 5) {
      return record({ orderMargin: margin });
    }
    const position = openPosition(state, order, positionType, fillPrice, margin);
    return record({ positionId: position.positionId, state: 3, dealVol: vol, dealAvgPrice: fillPrice, usedMargin: margin });
  }
  const position = findPosition(state, contract.symbol, positionType, openType);
  if (!position) return fail(2009);
  if (vol > position.holdVol - position.frozenVol) return fail(2008);
  if (postOnlyCancelled) return record({ positionId: position.positionId, leverage: position.leverage, ...cancelled });
  if (type !== 5) {
    position.frozenVol += vol;
    return record({ positionId: position.positionId, leverage: position.leverage });
  }
  closePosition(state, position, vol, fillPrice);
  return record({ positionId: position.positionId, leverage: position.leverage, state: 3, dealVol: vol, dealAvgPrice: fillPrice });
}

/**
 * `POST /api/v1/private/order/cancel` with an array of order ids: 600 for anything else, 2013 for more
 * than {@link MAX_CANCEL_BATCH}; otherwise a success with one result per id (0 cancelled, 2040 unknown
 * id, 2041 no longer open).
 */
export function cancelOrders(state: SimulatorState, body: unknown): RuleOutcome<CancelOrderResult[]> {
  if (!Array.isArray(body) || body.length === 0 || !body.every((id) => typeof id === 'string' || typeof id === 'number')) return fail(600);
  if (body.length > MAX_CANCEL_BATCH) return fail(2013);
  return done(
    body.map((raw): CancelOrderResult => {
      const orderId = String(raw);
      const order = state.orders.find((o) => o.orderId === orderId);
      if (!order) return { orderId, errorCode: 2040, errorMsg: CANCEL_ITEM_MESSAGES[2040] };
      if (order.state !== 2) return { orderId, errorCode: 2041, errorMsg: CANCEL_ITEM_MESSAGES[2041] };
      order.state = 4;
      order.updateTime = Date.now();
      if (order.side === 1 || order.side === 3) {
        state.account.availableBalance = round8(state.account.availableBalance + order.orderMargin);
      } else {
        const position = state.positions.find((p) => p.positionId === order.positionId);
        if (position) position.frozenVol = Math.max(0, position.frozenVol - order.vol);
      }
      return { orderId, errorCode: 0, errorMsg: 'success' };
    }),
  );
}

/**
 * `POST /api/v1/private/position/change_leverage`, by `positionId` or by `symbol` + `positionType` +
 * `openType`: 600 (malformed), 1001, 2006 (outside the contract's range), 2009 (no such open position),
 * 2005 (the position needs more margin than is available). Re-margins the position on success.
 */
export function changeLeverage(state: SimulatorState, body: unknown): RuleOutcome<undefined> {
  if (!isRecord(body)) return fail(600);
  const leverage = toNumber(body.leverage);
  const positionId = body.positionId === undefined ? undefined : toNumber(body.positionId);
  const positionType = oneOf<PositionType>(body.positionType, [1, 2]);
  const openType = oneOf<OpenType>(body.openType, [1, 2]);
  const symbol = typeof body.symbol === 'string' ? body.symbol : undefined;
  if (leverage === undefined) return fail(600);
  if (positionId === undefined && (symbol === undefined || positionType === undefined || openType === undefined)) return fail(600);
  if (symbol !== undefined && !state.contracts[symbol]) return fail(1001);
  const position =
    positionId !== undefined
      ? state.positions.find((p) => p.positionId === positionId && p.state === 1)
      : findPosition(state, symbol!, positionType!, openType!);
  const contract = state.contracts[position?.symbol ?? symbol ?? ''];
  const range = contract ?? { minLeverage: 1, maxLeverage: Math.max(...Object.values(state.contracts).map((c) => c.maxLeverage)) };
  if (!leverageInRange(leverage, range)) return fail(2006);
  if (!position || !contract) return fail(2009);
  const im = initialMargin(position.holdVol, contract.contractSize, position.holdAvgPrice, leverage);
  const extra = round8(im - position.im);
  if (extra > state.account.availableBalance) return fail(2005);
  state.account.availableBalance = round8(state.account.availableBalance - extra);
  Object.assign(position, {
    leverage,
    im,
    oim: im,
    liquidatePrice: estimateLiquidationPrice(position.positionType, position.holdAvgPrice, leverage),
    updateTime: Date.now(),
  });
  return done(undefined);
}

/** The demo-only spot → futures transfer: 600 for a missing or non-positive amount, 2005 beyond the spot balance. */
export function demoTransfer(state: SimulatorState, body: unknown): RuleOutcome<DemoTransferResult> {
  const amount = isRecord(body) ? toNumber(body.amount) : undefined;
  if (amount === undefined || amount <= 0) return fail(600);
  if (amount > state.spotBalance) return fail(2005);
  state.spotBalance = round8(state.spotBalance - amount);
  state.account.availableBalance = round8(state.account.availableBalance + amount);
  return done({
    transferId: `demo-${state.nextId++}`,
    currency: 'USDT',
    amount,
    spotBalance: state.spotBalance,
    availableBalance: state.account.availableBalance,
  });
}
