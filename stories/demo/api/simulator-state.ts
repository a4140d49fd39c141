import type { ContractAsset, ContractOrder, OpenPosition, OpenType, PositionType } from './types';

/** A futures contract as the simulator knows it. */
export interface SimulatorContract {
  symbol: string;
  /** Coins per contract: `vol` is counted in contracts. */
  contractSize: number;
  /** Price tick: a price with more precision gets 2015. */
  priceUnit: number;
  minLeverage: number;
  maxLeverage: number;
  lastPrice: number;
  /** `false` for a delisted or not yet opened pair: orders on it get 6005. */
  available: boolean;
}

/**
 * The futures account's free USDT. Every other balance is derived from the orders and positions (see
 * {@link accountAssets}), so no total can drift from what it sums.
 */
export interface SimulatorAccount {
  currency: 'USDT';
  availableBalance: number;
}

/** Everything the simulated exchange remembers. Mutable; {@link resetSimulatorState} restores the seed. */
export interface SimulatorState {
  contracts: Record<string, SimulatorContract>;
  account: SimulatorAccount;
  /** USDT in the spot account, the source of the demo transfer. */
  spotBalance: number;
  positions: OpenPosition[];
  /** Every order, whatever its state; open ones have `state: 2`. */
  orders: ContractOrder[];
  /** `Date.now()` of each request admitted by the rate limiter, oldest first. */
  requestTimes: number[];
  nextId: number;
}

/** Seed values a story can tune. */
export interface SimulatorSeed {
  availableBalance?: number;
  spotBalance?: number;
}

/** Ids present in the seeded state, for scenarios and tests. */
export const SEED_IDS = {
  btcLongPositionId: 40012345,
  openEthOrderId: '739521845100000001',
  filledBtcOrderId: '739521845100000002',
  unknownOrderId: '739521845199999999',
} as const;

const SEED_TIME = Date.UTC(2025, 0, 6, 8, 0, 0);

/** Rounds a USDT amount or price to 8 decimals, dropping float noise. */
export function round8(value: number): number {
  return Math.round(value * 1e8) / 1e8;
}

/** Initial margin of `vol` contracts: `vol * contractSize * price / leverage`. */
export function initialMargin(vol: number, contractSize: number, price: number, leverage: number): number {
  return round8((vol * contractSize * price) / leverage);
}

/** Rough isolated liquidation price with a 0.4 % maintenance margin rate. */
export function estimateLiquidationPrice(positionType: PositionType, avgPrice: number, leverage: number): number {
  const move = 1 / leverage - 0.004;
  return Math.round(avgPrice * (positionType === 1 ? 1 - move : 1 + move) * 10) / 10;
}

/** MEXC USDT-M specs: BTC_USDT is 0.0001 BTC a contract, ETH_USDT 0.01 ETH. */
function seedContracts(): Record<string, SimulatorContract> {
  return {
    BTC_USDT: {
      symbol: 'BTC_USDT',
      contractSize: 0.0001,
      priceUnit: 0.1,
      minLeverage: 1,
      maxLeverage: 125,
      lastPrice: 65000,
      available: true,
    },
    ETH_USDT: {
      symbol: 'ETH_USDT',
      contractSize: 0.01,
      priceUnit: 0.01,
      minLeverage: 1,
      maxLeverage: 100,
      lastPrice: 3400,
      available: true,
    },
    LUNA_USDT: {
      symbol: 'LUNA_USDT',
      contractSize: 1,
      priceUnit: 0.0001,
      minLeverage: 1,
      maxLeverage: 20,
      lastPrice: 0.1,
      available: false,
    },
  };
}

/** A 20x isolated long of 1000 BTC_USDT contracts opened at 64 000 (the simulator charges no fees). */
function seedPosition(btc: SimulatorContract): OpenPosition {
  const holdVol = 1000;
  const price = 64000;
  const leverage = 20;
  const im = initialMargin(holdVol, btc.contractSize, price, leverage);
  return {
    positionId: SEED_IDS.btcLongPositionId,
    symbol: btc.symbol,
    positionType: 1,
    openType: 1,
    state: 1,
    holdVol,
    frozenVol: 0,
    closeVol: 0,
    holdAvgPrice: price,
    openAvgPrice: price,
    closeAvgPrice: 0,
    liquidatePrice: estimateLiquidationPrice(1, price, leverage),
    oim: im,
    im,
    holdFee: 0,
    realised: 0,
    leverage,
    createTime: SEED_TIME,
    updateTime: SEED_TIME,
  };
}

/** A new order record with MEXC's fields; `state` 2 (open) unless given. */
export function makeOrder(
  fields: Pick<ContractOrder, 'orderId' | 'symbol' | 'price' | 'vol' | 'leverage' | 'side' | 'orderType' | 'openType'> &
    Partial<ContractOrder>,
): ContractOrder {
  return {
    positionId: 0,
    state: 2,
    dealVol: 0,
    dealAvgPrice: 0,
    orderMargin: 0,
    usedMargin: 0,
    category: 1,
    errorCode: 0,
    createTime: SEED_TIME,
    updateTime: SEED_TIME,
    ...fields,
  };
}

/** An open ETH limit order (its margin frozen) and the filled order that opened the BTC position. */
function seedOrders(eth: SimulatorContract, position: OpenPosition): ContractOrder[] {
  const open = { symbol: eth.symbol, price: 3300, vol: 10, leverage: 10 };
  return [
    makeOrder({
      ...open,
      orderId: SEED_IDS.openEthOrderId,
      side: 1,
      orderType: 1,
      openType: 1,
      orderMargin: initialMargin(open.vol, eth.contractSize, open.price, open.leverage),
    }),
    makeOrder({
      orderId: SEED_IDS.filledBtcOrderId,
      symbol: position.symbol,
      positionId: position.positionId,
      price: position.openAvgPrice,
      vol: position.holdVol,
      leverage: position.leverage,
      side: 1,
      orderType: 1,
      openType: 1,
      state: 3,
      dealVol: position.holdVol,
      dealAvgPrice: position.openAvgPrice,
      usedMargin: position.oim,
    }),
  ];
}

/** A fresh exchange: 250 USDT available, 5000 USDT in spot, one 20x isolated BTC long, one open ETH order. */
export function createSimulatorState(seed: SimulatorSeed = {}): SimulatorState {
  const contracts = seedContracts();
  const position = seedPosition(contracts.BTC_USDT!);
  return {
    contracts,
    account: { currency: 'USDT', availableBalance: seed.availableBalance ?? 250 },
    spotBalance: seed.spotBalance ?? 5000,
    positions: [position],
    orders: seedOrders(contracts.ETH_USDT!, position),
    requestTimes: [],
    nextId: 1,
  };
}

/** Puts `state` back to the seed, in place (handlers holding it see the change). */
export function resetSimulatorState(state: SimulatorState, seed: SimulatorSeed = {}): SimulatorState {
  return Object.assign(state, createSimulatorState(seed));
}

/** A new order id, shaped like MEXC's 18-digit ids. */
export function nextOrderId(state: SimulatorState): string {
  return `7395218452${String(state.nextId++).padStart(8, '0')}`;
}

/** A new position id. */
export function nextPositionId(state: SimulatorState): number {
  return 40020000 + state.nextId++;
}

/** The position a side / open type lands in. */
export function findPosition(
  state: SimulatorState,
  symbol: string,
  positionType: PositionType,
  openType: OpenType,
): OpenPosition | undefined {
  return state.positions.find((p) => p.symbol === symbol && p.positionType === positionType && p.openType === openType && p.state === 1);
}

/** Unrealized PnL of a position at the contract's last price. */
export function unrealizedPnl(position: OpenPosition, contract: SimulatorContract | undefined): number {
  if (!contract) return 0;
  const direction = position.positionType === 1 ? 1 : -1;
  return round8(direction * (contract.lastPrice - position.holdAvgPrice) * position.holdVol * contract.contractSize);
}

/** Margin frozen by open orders: the sum of their `orderMargin` (closing orders freeze volume, not margin). */
export function frozenBalance(state: SimulatorState): number {
  return round8(openOrders(state).reduce((sum, order) => sum + order.orderMargin, 0));
}

/** Margin held by open positions: the sum of their initial margin `im`. */
export function positionMargin(state: SimulatorState): number {
  return round8(state.positions.reduce((sum, position) => sum + (position.state === 1 ? position.im : 0), 0));
}

/**
 * `data` of `GET /api/v1/private/account/assets`, every field derived from the state:
 * - `frozenBalance` = Σ `orderMargin` of open orders; `positionMargin` = Σ `im` of open positions;
 * - `unrealized` = Σ unrealized PnL of the positions at the last price;
 * - `equity` = `availableBalance + frozenBalance + positionMargin + unrealized`;
 * - `cashBalance` = `availableBalance`: MEXC documents it as the withdrawable balance, and margin in
 *   use, frozen margin and unrealized profit cannot be withdrawn.
 */
export function accountAssets(state: SimulatorState): ContractAsset[] {
  const { currency, availableBalance } = state.account;
  const frozen = frozenBalance(state);
  const margin = positionMargin(state);
  const unrealized = round8(state.positions.reduce((sum, p) => sum + unrealizedPnl(p, state.contracts[p.symbol]), 0));
  return [
    {
      currency,
      positionMargin: margin,
      availableBalance,
      cashBalance: availableBalance,
      frozenBalance: frozen,
      equity: round8(availableBalance + frozen + margin + unrealized),
      unrealized,
    },
  ];
}

/** Open orders (`state` 2), newest first, optionally for one symbol. */
export function openOrders(state: SimulatorState, symbol?: string): ContractOrder[] {
  return state.orders
    .filter((o) => o.state === 2 && (symbol === undefined || o.symbol === symbol))
    .sort((a, b) => b.createTime - a.createTime);
}
