// @vitest-environment node
import { getApiErrorDefinition, normalizeApiError, resolveApiError } from 'mexc-error-kit';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOrderFeed, type OrderFeed } from '../../stories/demo/api/order-feed';
import { createMexcSimulatorHandlers } from '../../stories/demo/api/simulator';
import { resetSimulatorState, SEED_IDS } from '../../stories/demo/api/simulator-state';
import type { PersonalOrderFrame } from '../../stories/demo/api/types';
import { client, order, state } from './harness';

// The simulator's push.personal.order channel, with a server of this file's own so the feed can be attached;
// each test listens to a fresh channel.
let feed: OrderFeed = createOrderFeed();
const frames: PersonalOrderFrame[] = [];
const currentFeed: OrderFeed = { publish: (record) => feed.publish(record), subscribe: (listener) => feed.subscribe(listener) };
const server = setupServer(...createMexcSimulatorHandlers({ state, burstLimit: 100, feed: currentFeed }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetSimulatorState(state);
  feed = createOrderFeed();
  frames.length = 0;
  feed.subscribe((frame) => frames.push(frame));
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Waits until the feed has pushed `count` frames (they arrive in tasks of their own). */
const pushed = (count: number) => vi.waitFor(() => expect(frames).toHaveLength(count));

describe('push.personal.order', () => {
  it('a post-only buy above the last price is accepted, cancelled at once with errorCode 20, and freezes nothing', async () => {
    const api = client();
    const orderId = await api.submitOrder(order({ type: 2, price: 3450 }));
    await pushed(1);
    expect(frames[0]).toEqual({
      channel: 'push.personal.order',
      data: expect.objectContaining({ orderId, symbol: 'ETH_USDT', orderType: 2, state: 4, errorCode: 20, price: 3450, vol: 5 }),
      ts: expect.any(Number),
    });
    expect((await api.getOpenOrders()).map((open) => open.orderId)).toEqual([SEED_IDS.openEthOrderId]);
    expect((await api.getAssets())[0]).toMatchObject({ availableBalance: 250, frozenBalance: 33 });
  });

  it('the kit reads that frame as the order catalog’s reason 20: post-only cancelled, in English and Chinese', async () => {
    await client().submitOrder(order({ type: 2, price: 3450 }));
    await pushed(1);
    const frame = frames[0]!;
    const error = normalizeApiError(frame);
    expect(error).toMatchObject({ catalog: 'order', code: 20, source: 'websocket', orderId: frame.data.orderId });
    expect(getApiErrorDefinition(error).key).toBe('post_only_cancel');
    const { default: en } = await import('../../src/locales/en/index');
    const { default: zhCN } = await import('../../src/locales/zh-CN/index');
    expect(resolveApiError(frame, { locale: 'en', messages: { en } }).title).toBe(en.order.post_only_cancel.title);
    expect(resolveApiError(frame, { locale: 'zh-CN', messages: { 'zh-CN': zhCN } }).title).toBe(zhCN.order.post_only_cancel.title);
  });

  it('a post-only order that would not take rests like a limit order; a post-only close above the last price is cancelled too', async () => {
    const api = client();
    const resting = await api.submitOrder(order({ type: 2, price: 3350 }));
    const close = await api.submitOrder(order({ symbol: 'BTC_USDT', type: 2, price: 64000, vol: 10, side: 4, leverage: undefined }));
    await pushed(2);
    expect(frames.map(({ data }) => [data.orderId, data.state, data.errorCode])).toEqual([
      [resting, 2, 0],
      [close, 4, 20],
    ]);
    expect((await api.getOpenPositions('BTC_USDT'))[0]).toMatchObject({ frozenVol: 0 });
  });

  it('pushes filled and cancelled orders, and nothing for a rejected request', async () => {
    const api = client();
    await expect(api.submitOrder(order({ vol: 100_000 }))).rejects.toMatchObject({ code: 2005 });
    await api.submitOrder(order({ type: 5, price: undefined }));
    await api.cancelOrders([SEED_IDS.openEthOrderId, SEED_IDS.unknownOrderId]);
    await pushed(2);
    expect(frames.map(({ data }) => [data.state, data.errorCode])).toEqual([
      [3, 0],
      [4, 0],
    ]);
    expect(frames[1]!.data.orderId).toBe(SEED_IDS.openEthOrderId);
    // a filled or plainly cancelled order (errorCode 0) is no failure
    expect(frames.every((frame) => frame.data.errorCode === 0)).toBe(true);
  });
});
