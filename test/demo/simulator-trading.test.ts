// @vitest-environment node
import { normalizeApiErrors } from 'mexc-error-kit';
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../stories/demo/api/simulator-state';
import { client, exchanges, expectCode, order, state, startSimulatorServer } from './harness';

startSimulatorServer();

describe('POST order/submit', () => {
  it.each([
    { label: 'side outside 1-4', overrides: { side: 5 }, code: 600 },
    { label: 'limit, post-only or market only', overrides: { type: 3 }, code: 600 },
    { label: 'openType not 1/2', overrides: { openType: 3 }, code: 600 },
    { label: 'non-numeric price', overrides: { price: 'cheap' }, code: 600 },
    { label: 'non-numeric vol', overrides: { vol: 'ten' }, code: 600 },
    { label: 'limit without price', overrides: { price: undefined }, code: 600 },
    { label: 'opening without leverage', overrides: { leverage: undefined }, code: 600 },
    { label: 'no symbol', overrides: { symbol: '' }, code: 600 },
    { label: 'zero vol', overrides: { vol: 0 }, code: 2011 },
    { label: 'negative vol', overrides: { vol: -3 }, code: 2011 },
    { label: 'ETH price beyond 0.01', overrides: { price: 3350.005 }, code: 2015 },
    { label: 'leverage 0', overrides: { leverage: 0 }, code: 2006 },
    { label: 'leverage above 100x', overrides: { leverage: 101 }, code: 2006 },
    { label: 'fractional leverage', overrides: { leverage: 2.5 }, code: 2006 },
    {
      label: 'closing a short that does not exist',
      overrides: { symbol: 'BTC_USDT', price: 65000, side: 2, leverage: undefined },
      code: 2009,
    },
    { label: 'closing more than held', overrides: { symbol: 'BTC_USDT', price: 65000, vol: 1001, side: 4 }, code: 2008 },
    { label: 'unknown symbol before field checks', overrides: { symbol: 'DOGE_USDT', side: 9 }, code: 1001 },
    { label: 'unavailable pair before field checks', overrides: { symbol: 'LUNA_USDT', vol: 0.5 }, code: 6005 },
  ])('$label → $code', async ({ overrides, code }) => {
    await expectCode(client().submitOrder(order(overrides)), code);
  });

  it('checks 2011 before 2015, 2015 before 2006, 2006 before 2021, 2021 before 2005', async () => {
    const api = client();
    await expectCode(api.submitOrder(order({ vol: 0.5, price: 3350.005 })), 2011);
    await expectCode(api.submitOrder(order({ price: 3350.005, leverage: 500 })), 2015);
    await expectCode(api.submitOrder(order({ symbol: 'BTC_USDT', price: 65000, leverage: 500 })), 2006);
    await expectCode(api.submitOrder(order({ symbol: 'BTC_USDT', price: 65000, vol: 10_000_000, leverage: 10 })), 2021);
  });

  it('a limit order rests as an open order and freezes its margin', async () => {
    const api = client();
    const orderId = await api.submitOrder(order({ price: 3350.5, vol: 5 }));
    expect(orderId).toMatch(/^\d{18}$/);
    const [asset] = await api.getAssets();
    // 5 × 0.01 ETH × 3350.5 / 10x = 16.7525 USDT frozen, on top of the seeded ETH order's 33
    expect(asset).toMatchObject({ availableBalance: 233.2475, frozenBalance: 49.7525 });
    expect(await api.getOpenOrders('ETH_USDT')).toContainEqual(
      expect.objectContaining({ orderId, vol: 5, price: 3350.5, state: 2, orderType: 1 }),
    );
  });

  it('a market order opens or grows a position at the last price', async () => {
    const api = client();
    await api.transfer(500);
    await api.submitOrder(order({ type: 5, price: undefined, vol: 10, leverage: 5, side: 3, openType: 2 }));
    await api.submitOrder(order({ symbol: 'BTC_USDT', type: 5, price: undefined, vol: 1000, leverage: 20 }));
    const positions = await api.getOpenPositions();
    expect(positions).toContainEqual(
      expect.objectContaining({ symbol: 'ETH_USDT', positionType: 2, openType: 2, holdVol: 10, leverage: 5, im: 68 }),
    );
    expect(positions).toContainEqual(expect.objectContaining({ symbol: 'BTC_USDT', holdVol: 2000, holdAvgPrice: 64500, im: 645 }));
    expect((await api.getAssets())[0]).toMatchObject({ availableBalance: 357, positionMargin: 713 });
  });

  it('2005 for margin above the balance, even by a little, and success once funds arrive', async () => {
    const api = client();
    const body = order({ symbol: 'BTC_USDT', price: 65000, vol: 770, leverage: 20 });
    await expectCode(api.submitOrder(body), 2005);
    await api.transfer(1);
    await expect(api.submitOrder(body)).resolves.toMatch(/^\d+$/);
  });

  it('a market close releases margin and realizes the PnL', async () => {
    const api = client();
    await api.submitOrder(order({ symbol: 'BTC_USDT', type: 5, price: undefined, vol: 400, side: 4, leverage: undefined }));
    expect((await api.getOpenPositions())[0]).toMatchObject({ holdVol: 600, im: 192, realised: 40 });
    expect((await api.getAssets())[0]).toMatchObject({ availableBalance: 250 + 128 + 40, positionMargin: 192 });
  });
});

describe('POST order/cancel', () => {
  it('answers success with one result per id; the kit turns failed items into errors', async () => {
    const api = client();
    const results = await api.cancelOrders([SEED_IDS.openEthOrderId, SEED_IDS.filledBtcOrderId, SEED_IDS.unknownOrderId]);
    expect(exchanges.at(-1)).toMatchObject({ status: 200, body: { success: true, code: 0 } });
    expect(results).toEqual([
      { orderId: SEED_IDS.openEthOrderId, errorCode: 0, errorMsg: 'success' },
      { orderId: SEED_IDS.filledBtcOrderId, errorCode: 2041, errorMsg: 'order state cannot be cancelled' },
      { orderId: SEED_IDS.unknownOrderId, errorCode: 2040, errorMsg: 'order not exist' },
    ]);
    expect(normalizeApiErrors(results)).toEqual([
      expect.objectContaining({ code: 2041, orderId: SEED_IDS.filledBtcOrderId }),
      expect.objectContaining({ code: 2040, orderId: SEED_IDS.unknownOrderId }),
    ]);
    expect(await api.getOpenOrders()).toEqual([]);
    expect((await api.getAssets())[0]).toMatchObject({ availableBalance: 250 + 33, frozenBalance: 0 });
    expect((await api.cancelOrders([SEED_IDS.openEthOrderId]))[0]).toMatchObject({ errorCode: 2041 });
  });

  it('unfreezes the position of a cancelled close order', async () => {
    const api = client();
    const orderId = await api.submitOrder(order({ symbol: 'BTC_USDT', price: 70000, vol: 1000, side: 4, leverage: undefined }));
    await expectCode(api.submitOrder(order({ symbol: 'BTC_USDT', price: 70000, vol: 1, side: 4, leverage: undefined })), 2008);
    await api.cancelOrders([orderId]);
    expect((await api.getOpenPositions())[0]).toMatchObject({ frozenVol: 0 });
  });

  it('600 for an empty or malformed list, 2013 above 50 ids', async () => {
    const api = client();
    await expectCode(api.cancelOrders([]), 600);
    await expectCode(api.request({ method: 'POST', path: '/api/v1/private/order/cancel', body: { orderId: '1' } }), 600);
    await expectCode(api.cancelOrders(Array.from({ length: 51 }, (_, i) => String(i))), 2013);
  });
});

describe('POST position/change_leverage', () => {
  it('re-margins the position, by id or by symbol + side + mode', async () => {
    const api = client();
    await api.changeLeverage({ positionId: SEED_IDS.btcLongPositionId, leverage: 25 });
    expect((await api.getOpenPositions())[0]).toMatchObject({ leverage: 25, im: 256 });
    expect((await api.getAssets())[0]).toMatchObject({ availableBalance: 314, positionMargin: 256 });
    await api.changeLeverage({ symbol: 'BTC_USDT', positionType: 1, openType: 1, leverage: 40 });
    expect((await api.getOpenPositions())[0]).toMatchObject({ leverage: 40, im: 160 });
    await expectCode(api.submitOrder(order({ symbol: 'BTC_USDT', price: 65000, leverage: 25 })), 2021);
  });

  it('2006 out of range, 2009 without a position, 2005 when the margin is not there', async () => {
    const api = client();
    await expectCode(api.changeLeverage({ positionId: SEED_IDS.btcLongPositionId, leverage: 126 }), 2006);
    await expectCode(api.changeLeverage({ positionId: SEED_IDS.btcLongPositionId, leverage: 0 }), 2006);
    await expectCode(api.changeLeverage({ positionId: 1, leverage: 10 }), 2009);
    await expectCode(api.changeLeverage({ symbol: 'ETH_USDT', positionType: 2, openType: 1, leverage: 10 }), 2009);
    await expectCode(api.changeLeverage({ positionId: SEED_IDS.btcLongPositionId, leverage: 5 }), 2005);
  });

  it('600 for a missing leverage or position, 1001 for an unknown symbol', async () => {
    await expectCode(client().changeLeverage({ leverage: 10 }), 600);
    await expectCode(client().request({ method: 'POST', path: '/api/v1/private/position/change_leverage', body: { positionId: 1 } }), 600);
    await expectCode(client().changeLeverage({ symbol: 'XYZ_USDT', positionType: 1, openType: 1, leverage: 10 }), 1001);
  });
});

describe('POST private/demo/transfer (demo only)', () => {
  it('moves USDT from spot to futures', async () => {
    expect(await client().transfer(1000)).toMatchObject({ amount: 1000, spotBalance: 4000, availableBalance: 1250, currency: 'USDT' });
    expect(state.spotBalance).toBe(4000);
  });

  it('2005 beyond the spot balance, 600 for a non-positive amount', async () => {
    await expectCode(client().transfer(5000.01), 2005);
    await expectCode(client().transfer(0), 600);
    await expectCode(client().transfer(-5), 600);
  });
});
