import { SEED_IDS } from './simulator-state';
import type { ChangeLeverageBody, SubmitOrderBody } from './types';

/** A ready-made request against the seeded simulator state, and what the simulator answers. */
export type SimulatorScenario =
  | { endpoint: 'submitOrder'; description: string; body: Partial<SubmitOrderBody>; expectedCode: number }
  | { endpoint: 'cancelOrders'; description: string; body: string[]; expectedCode: 0; expectedItemCodes: number[] }
  | { endpoint: 'changeLeverage'; description: string; body: ChangeLeverageBody; expectedCode: number }
  | { endpoint: 'transfer'; description: string; body: { amount: number }; expectedCode: number };

/**
 * Requests that make the simulator answer each code it knows, assuming the seed of
 * `createSimulatorState()` (250 USDT available, 5000 USDT in spot, a 20x isolated BTC_USDT long,
 * one open ETH_USDT order). `expectedCode` 0 means a success envelope.
 *
 * - `oversizedOrder` → 2005: 10 BTC at 20x needs 32 500 USDT of margin.
 * - `fractionalVolume` → 2011: `vol` 0.5, as if it were coins, not contracts.
 * - `badPricePrecision` → 2015: 65000.05 with BTC_USDT's 0.1 tick.
 * - `missingSide` → 600: no `side`.
 * - `leverageMismatch` → 2021: 10x while the BTC_USDT isolated long is at 20x.
 * - `unavailablePair` → 6005: LUNA_USDT is listed but not open for trading.
 * - `unknownContract` → 1001: no such contract.
 * - `leverageOutOfRange` → 2006: 200x on a 125x-max contract.
 * - `validLimitOrder` → 0: a small ETH_USDT limit order (order id in `data`).
 * - `postOnlyCrossesBook` → 0, then cancelled: a post-only ETH_USDT buy above the last price (3400) would
 *   take liquidity; MEXC accepts it and cancels it at once (order record `state` 4, `errorCode` 20).
 * - `mixedBatchCancel` → success envelope with per-item codes 0 (open), 2041 (filled), 2040 (unknown).
 * - `positionNotFound` → 2009: change the leverage of a position that does not exist.
 * - `transferOverSpot` → 2005: move more USDT than the spot account holds (demo-only endpoint).
 */
export const simulatorScenarios = {
  oversizedOrder: {
    endpoint: 'submitOrder',
    description: 'Order needs more margin than the available balance',
    body: { symbol: 'BTC_USDT', price: 65000, vol: 100000, leverage: 20, side: 1, type: 1, openType: 1 },
    expectedCode: 2005,
  },
  fractionalVolume: {
    endpoint: 'submitOrder',
    description: 'Quantity in coins instead of whole contracts',
    body: { symbol: 'BTC_USDT', price: 65000, vol: 0.5, leverage: 20, side: 1, type: 1, openType: 1 },
    expectedCode: 2011,
  },
  badPricePrecision: {
    endpoint: 'submitOrder',
    description: 'Price finer than the contract tick',
    body: { symbol: 'BTC_USDT', price: 65000.05, vol: 10, leverage: 20, side: 1, type: 1, openType: 1 },
    expectedCode: 2015,
  },
  missingSide: {
    endpoint: 'submitOrder',
    description: 'Required field left out',
    body: { symbol: 'BTC_USDT', price: 65000, vol: 10, leverage: 20, type: 1, openType: 1 },
    expectedCode: 600,
  },
  leverageMismatch: {
    endpoint: 'submitOrder',
    description: 'Leverage differs from the open position on the same side',
    body: { symbol: 'BTC_USDT', price: 65000, vol: 10, leverage: 10, side: 1, type: 1, openType: 1 },
    expectedCode: 2021,
  },
  unavailablePair: {
    endpoint: 'submitOrder',
    description: 'Pair not open for trading',
    body: { symbol: 'LUNA_USDT', price: 0.1, vol: 10, leverage: 5, side: 1, type: 1, openType: 1 },
    expectedCode: 6005,
  },
  unknownContract: {
    endpoint: 'submitOrder',
    description: 'Contract that does not exist',
    body: { symbol: 'FOO_USDT', price: 1, vol: 1, leverage: 5, side: 1, type: 1, openType: 1 },
    expectedCode: 1001,
  },
  leverageOutOfRange: {
    endpoint: 'submitOrder',
    description: 'Leverage above the contract maximum',
    body: { symbol: 'BTC_USDT', price: 65000, vol: 10, leverage: 200, side: 3, type: 1, openType: 1 },
    expectedCode: 2006,
  },
  validLimitOrder: {
    endpoint: 'submitOrder',
    description: 'Small limit order that fits the balance',
    body: { symbol: 'ETH_USDT', price: 3350.5, vol: 5, leverage: 10, side: 1, type: 1, openType: 1 },
    expectedCode: 0,
  },
  postOnlyCrossesBook: {
    endpoint: 'submitOrder',
    description: 'Post-only buy above the last price: accepted, then cancelled (order errorCode 20)',
    body: { symbol: 'ETH_USDT', price: 3450, vol: 5, leverage: 10, side: 1, type: 2, openType: 1 },
    expectedCode: 0,
  },
  mixedBatchCancel: {
    endpoint: 'cancelOrders',
    description: 'Cancel an open, a filled and an unknown order at once',
    body: [SEED_IDS.openEthOrderId, SEED_IDS.filledBtcOrderId, SEED_IDS.unknownOrderId],
    expectedCode: 0,
    expectedItemCodes: [0, 2041, 2040],
  },
  positionNotFound: {
    endpoint: 'changeLeverage',
    description: 'Change the leverage of a position that does not exist',
    body: { positionId: 99999999, leverage: 10 },
    expectedCode: 2009,
  },
  transferOverSpot: {
    endpoint: 'transfer',
    description: 'Transfer more than the spot balance (demo-only endpoint)',
    body: { amount: 1_000_000 },
    expectedCode: 2005,
  },
} satisfies Record<string, SimulatorScenario>;

/** Name of a ready-made scenario. */
export type SimulatorScenarioName = keyof typeof simulatorScenarios;

/** The client methods a scenario calls (structurally, so any MEXC client fits). */
export interface ScenarioClient {
  submitOrder(body: SubmitOrderBody): Promise<unknown>;
  cancelOrders(ids: string[]): Promise<unknown>;
  changeLeverage(body: ChangeLeverageBody): Promise<unknown>;
  transfer(amount: number): Promise<unknown>;
}

/** Sends a scenario's request through `client`; resolves with `data`, rejects like the client does. */
export function runSimulatorScenario(client: ScenarioClient, name: SimulatorScenarioName): Promise<unknown> {
  const scenario: SimulatorScenario = simulatorScenarios[name];
  switch (scenario.endpoint) {
    case 'submitOrder':
      // deliberately incomplete bodies (missingSide) go out as they are: the server is the judge
      return client.submitOrder(scenario.body as SubmitOrderBody);
    case 'cancelOrders':
      return client.cancelOrders([...scenario.body]);
    case 'changeLeverage':
      return client.changeLeverage(scenario.body);
    case 'transfer':
      return client.transfer(scenario.body.amount);
  }
}
