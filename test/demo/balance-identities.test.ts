// @vitest-environment node
// The balances of MEXC's `GET /api/v1/private/account/assets`, as the simulator defines them:
//   frozenBalance  = Σ orderMargin of the open orders, each vol × contractSize × price / leverage
//                    (closing orders freeze position volume, not margin)
//   positionMargin = Σ im of the open positions, each holdVol × contractSize × holdAvgPrice / leverage
//   unrealized     = Σ (lastPrice − holdAvgPrice) × holdVol × contractSize, negated for shorts
//   equity         = availableBalance + frozenBalance + positionMargin + unrealized
//   cashBalance    = availableBalance (MEXC documents it as the withdrawable balance)
// and no money appears or vanishes: available + frozen + position margin moves only by transfers and
// realized PnL (the simulator charges no fees).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cancelOrders, changeLeverage, demoTransfer, submitOrder } from '../../stories/demo/api/simulator-rules';
import {
  accountAssets,
  createSimulatorState,
  findPosition,
  openOrders,
  SEED_IDS,
  type SimulatorContract,
  type SimulatorState,
} from '../../stories/demo/api/simulator-state';
import type { ContractAsset, ContractOrder, OpenPosition, OpenType, OrderSide, PositionType } from '../../stories/demo/api/types';
import { client, order, state, startSimulatorServer } from './harness';

startSimulatorServer();

/** What a client reads: the asset row, the open orders and the open positions. */
interface AccountView {
  asset: ContractAsset;
  orders: ContractOrder[];
  positions: OpenPosition[];
}

const initialMargin = (vol: number, contract: SimulatorContract, price: number, leverage: number) =>
  (vol * contract.contractSize * price) / leverage;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
/** The money in the futures account, unrealized PnL aside. */
const wallet = (asset: ContractAsset) => asset.availableBalance + asset.frozenBalance + asset.positionMargin;
const pnlOf = (positionType: PositionType, contract: SimulatorContract, entry: number, exit: number, vol: number) =>
  (positionType === 1 ? 1 : -1) * (exit - entry) * vol * contract.contractSize;

function expectBalanceIdentities({ asset, orders, positions }: AccountView, contracts: Record<string, SimulatorContract>): void {
  const spec = (symbol: string) => {
    expect(contracts[symbol], symbol).toBeDefined();
    return contracts[symbol]!;
  };
  for (const o of orders) {
    const opening = o.side === 1 || o.side === 3;
    expect(o.orderMargin, `order ${o.orderId}`).toBeCloseTo(opening ? initialMargin(o.vol, spec(o.symbol), o.price, o.leverage) : 0, 6);
  }
  for (const p of positions)
    expect(p.im, `position ${p.positionId}`).toBeCloseTo(initialMargin(p.holdVol, spec(p.symbol), p.holdAvgPrice, p.leverage), 6);
  expect(asset.frozenBalance).toBeCloseTo(sum(orders.map((o) => o.orderMargin)), 6);
  expect(asset.positionMargin).toBeCloseTo(sum(positions.map((p) => p.im)), 6);
  expect(asset.unrealized).toBeCloseTo(
    sum(positions.map((p) => pnlOf(p.positionType, spec(p.symbol), p.holdAvgPrice, spec(p.symbol).lastPrice, p.holdVol))),
    6,
  );
  expect(asset.equity).toBeCloseTo(asset.availableBalance + asset.frozenBalance + asset.positionMargin + asset.unrealized, 6);
  expect(asset.cashBalance).toBe(asset.availableBalance);
  expect(asset.availableBalance).toBeGreaterThanOrEqual(0);
}

async function readAccount(): Promise<AccountView> {
  const api = client();
  const [[asset], orders, positions] = await Promise.all([
    api.getAssets(),
    api.getOpenOrders(undefined, { pageSize: 100 }),
    api.getOpenPositions(),
  ]);
  return { asset: asset!, orders, positions };
}

describe('the seeded account', () => {
  it('uses MEXC’s contract sizes and adds up', async () => {
    expect(state.contracts.BTC_USDT?.contractSize).toBe(0.0001);
    expect(state.contracts.ETH_USDT?.contractSize).toBe(0.01);
    const view = await readAccount();
    expectBalanceIdentities(view, state.contracts);
    // ETH order: 10 contracts × 0.01 ETH × 3 300 / 10x = 33; BTC long: 1000 × 0.0001 BTC × 64 000 / 20x = 320,
    // up (65 000 − 64 000) × 1000 × 0.0001 = 100
    expect(view.orders.find((o) => o.orderId === SEED_IDS.openEthOrderId)).toMatchObject({ orderMargin: 33 });
    expect(view.asset).toMatchObject({
      availableBalance: 250,
      frozenBalance: 33,
      positionMargin: 320,
      unrealized: 100,
      equity: 703,
      cashBalance: 250,
    });
  });
});

describe('after each operation', () => {
  it('a limit order, its cancel, a market open, a partial close, a leverage change and a transfer keep the identities', async () => {
    const api = client();
    let expectedWallet = wallet((await readAccount()).asset);
    const step = async (label: string) => {
      const view = await readAccount();
      expectBalanceIdentities(view, state.contracts);
      expect(wallet(view.asset), label).toBeCloseTo(expectedWallet, 6);
      return view;
    };

    const before = await step('seed');
    const orderId = await api.submitOrder(order({ price: 3350.5, vol: 5, leverage: 10 }));
    expect((await step('limit order')).asset.frozenBalance).toBeCloseTo(before.asset.frozenBalance + 16.7525, 6);
    await api.cancelOrders([orderId]);
    expect((await step('cancel')).asset).toEqual(before.asset);
    await api.submitOrder(order({ type: 5, price: undefined, vol: 10, leverage: 5, side: 3 }));
    expect((await step('market open')).positions).toHaveLength(2);
    // 400 of the 1000 BTC contracts bought at 64 000, sold at 65 000: 400 × 0.0001 × 1 000 = 40 realized
    await api.submitOrder(order({ symbol: 'BTC_USDT', type: 5, price: undefined, vol: 400, side: 4, leverage: undefined }));
    expectedWallet += 40;
    await step('partial close');
    await api.changeLeverage({ positionId: SEED_IDS.btcLongPositionId, leverage: 25 });
    expect((await step('leverage')).positions.find((p) => p.positionId === SEED_IDS.btcLongPositionId)).toMatchObject({
      leverage: 25,
      im: 153.6,
    });
    await api.transfer(100);
    expectedWallet += 100;
    await step('transfer');
  });

  type Operation =
    | {
        kind: 'order';
        symbol: 'BTC_USDT' | 'ETH_USDT';
        side: OrderSide;
        market: boolean;
        vol: number;
        priceSteps: number;
        leverage: number;
        openType: OpenType;
      }
    | { kind: 'cancel'; pick: number }
    | { kind: 'leverage'; pick: number; leverage: number }
    | { kind: 'transfer'; amount: number };

  const orderOperation: fc.Arbitrary<Operation> = fc.record({
    kind: fc.constant('order' as const),
    symbol: fc.constantFrom('BTC_USDT' as const, 'ETH_USDT' as const),
    side: fc.constantFrom<OrderSide>(1, 2, 3, 4),
    market: fc.boolean(),
    vol: fc.integer({ min: 1, max: 800 }),
    priceSteps: fc.integer({ min: -50, max: 50 }),
    // few leverages, so that orders often match an open position's (else 2021)
    leverage: fc.constantFrom(10, 20, 50, 100),
    openType: fc.constantFrom<OpenType>(1, 2),
  });
  const operation: fc.Arbitrary<Operation> = fc.oneof(
    { arbitrary: orderOperation, weight: 6 },
    { arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }), weight: 1 },
    {
      arbitrary: fc.record({ kind: fc.constant('leverage' as const), pick: fc.nat(), leverage: fc.integer({ min: 1, max: 125 }) }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant('transfer' as const), amount: fc.integer({ min: 1, max: 2500 }) }), weight: 1 },
  );

  /** Applies one operation through the simulator's rules: whether it succeeded, and how the wallet must have moved. */
  function apply(sim: SimulatorState, op: Operation): { ok: boolean; moved: number } {
    switch (op.kind) {
      case 'transfer': {
        const ok = demoTransfer(sim, { amount: op.amount }).ok;
        return { ok, moved: ok ? op.amount : 0 };
      }
      case 'cancel': {
        const open = openOrders(sim);
        const outcome = cancelOrders(sim, [open[op.pick % Math.max(open.length, 1)]?.orderId ?? SEED_IDS.unknownOrderId]);
        return { ok: outcome.ok && outcome.data[0]?.errorCode === 0, moved: 0 };
      }
      case 'leverage': {
        const position = sim.positions[op.pick % Math.max(sim.positions.length, 1)];
        return { ok: changeLeverage(sim, { positionId: position?.positionId ?? 1, leverage: op.leverage }).ok, moved: 0 };
      }
      case 'order': {
        const contract = sim.contracts[op.symbol]!;
        const positionType: PositionType = op.side === 1 || op.side === 4 ? 1 : 2;
        const closing = op.side === 2 || op.side === 4;
        const position = findPosition(sim, op.symbol, positionType, op.openType);
        const entry = position?.holdAvgPrice;
        // a close mostly fits the position (part or all of it); beyond its free volume it gets 2008
        const vol = closing && position ? 1 + ((op.vol - 1) % position.holdVol) : op.vol;
        const price = op.market ? undefined : contract.lastPrice + op.priceSteps * 10;
        const ok = submitOrder(sim, {
          symbol: op.symbol,
          side: op.side,
          type: op.market ? 5 : 1,
          vol,
          openType: op.openType,
          leverage: op.leverage,
          price,
        }).ok;
        // only a market close realizes PnL, at the last price
        const realizes = ok && op.market && closing && entry !== undefined;
        return { ok, moved: realizes ? pnlOf(positionType, contract, entry, contract.lastPrice, vol) : 0 };
      }
    }
  }

  it('hold over any sequence of orders, cancels, leverage changes and transfers (property)', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (operations) => {
        const sim = createSimulatorState();
        let expectedWallet = wallet(accountAssets(sim)[0]!);
        for (const op of operations) {
          const before = accountAssets(sim)[0]!;
          const { ok, moved } = apply(sim, op);
          const asset = accountAssets(sim)[0]!;
          expectBalanceIdentities({ asset, orders: openOrders(sim), positions: sim.positions }, sim.contracts);
          expectedWallet += moved;
          expect(wallet(asset)).toBeCloseTo(expectedWallet, 6);
          // a rejected request (2005, 2008, 2021...) changes no balance
          if (!ok) expect(asset).toEqual(before);
        }
      }),
      { numRuns: 200 },
    );
  });
});
