// Order records (REST order queries, the push.personal.order WebSocket push): their `errorCode` is the reason
// the order ended, in the `order` code space, not an API business code. A batch item keeps the futures codes.
import { describe, expect, it } from 'vitest';
import { loadApiErrorTexts, normalizeApiError, normalizeApiErrors, resolveApiError, showApiError } from '../../src/core/index';
import { getDefaultToastStore } from '../../src/core/toasts/default-store';
import enPack from '../../src/locales/en/index';
import zhCN from '../../src/locales/zh-CN/index';

const ORDER_ID = '102067003631907840';
/** A post-only order cancelled because it would have taken liquidity (MEXC's documented shape). */
const RECORD = {
  orderId: ORDER_ID,
  symbol: 'CRV_USDT',
  externalOid: '_m_95bc2b72d3784bce8f9efecbdef9fe35',
  side: 1,
  orderType: 2,
  openType: 1,
  vol: 1,
  price: 0.707,
  leverage: 10,
  state: 4,
  errorCode: 20,
  createTime: 1610005069976,
  updateTime: 1610005069983,
};
const FRAME = { channel: 'push.personal.order', data: RECORD, ts: 1610005069989 };

describe('normalizeApiError: order records', () => {
  it('reads a push.personal.order frame as an order reason from the WebSocket', () => {
    expect(normalizeApiError(FRAME)).toEqual({ catalog: 'order', code: 20, source: 'websocket', orderId: ORDER_ID });
    expect(normalizeApiError(JSON.stringify(FRAME))).toEqual({ catalog: 'order', code: 20, source: 'websocket', orderId: ORDER_ID });
  });

  it('reads a REST order record, bare or in its success envelope', () => {
    const expected = { catalog: 'order', code: 20, source: 'api', orderId: ORDER_ID };
    expect(normalizeApiError(RECORD)).toEqual(expected);
    expect(normalizeApiError({ success: true, code: 0, data: RECORD })).toEqual(expected);
    expect(normalizeApiErrors({ success: true, code: 0, data: RECORD })).toEqual([expected]);
  });

  it('reads the same errorCode on a batch item (it has an errorMsg) as a futures code', () => {
    expect(normalizeApiError({ orderId: '739', errorCode: 20, errorMsg: 'x' })).toEqual({
      catalog: 'futures',
      code: 20,
      source: 'api',
      serverMessage: 'x',
      orderId: '739',
    });
    expect(normalizeApiError({ orderId: '102', errorCode: 2040, errorMsg: 'order not exist' })).toMatchObject({
      catalog: 'futures',
      code: 2040,
    });
  });

  it('gives one error per failed record of an order list, and none for orders that ended normally', () => {
    const history = {
      success: true,
      code: 0,
      data: [
        { ...RECORD, orderId: '1', state: 3, errorCode: 0 },
        { ...RECORD, orderId: '2', state: 5, errorCode: 2 },
        { ...RECORD, orderId: '3' },
      ],
    };
    expect(normalizeApiErrors(history)).toEqual([
      { catalog: 'order', code: 2, source: 'api', orderId: '2' },
      { catalog: 'order', code: 20, source: 'api', orderId: '3' },
    ]);
    expect(normalizeApiErrors({ channel: 'push.personal.order', data: { ...RECORD, state: 3, errorCode: 0 } })).toEqual([]);
    expect(normalizeApiErrors({ success: true, code: 0, data: { ...RECORD, state: 3, errorCode: 0 } })).toEqual([]);
  });

  it('keeps an order id beyond 2^53 exact when the frame arrives as text', () => {
    const text = '{"channel":"push.personal.order","data":{"orderId":101716841474621953,"state":4,"errorCode":20}}';
    expect(normalizeApiError(text).orderId).toBe('101716841474621953');
  });

  it('is not fooled by an object that only looks like a record', () => {
    // no state, or a state no order has: not a record
    expect(normalizeApiError({ errorCode: 20 }).catalog).toBe('futures');
    expect(normalizeApiError({ state: 9, errorCode: 20 }).catalog).toBe('futures');
    expect(normalizeApiError({ channel: 'push.personal.order', data: { orderId: '1' } })).toEqual({
      catalog: 'futures',
      code: null,
      source: 'unknown',
    });
  });
});

describe('resolveApiError: order records', () => {
  it('shows a post-only cancel from the push in English and in zh-CN', async () => {
    const english = resolveApiError(FRAME, { messages: { en: enPack } });
    expect(english).toMatchObject({
      catalog: 'order',
      code: 20,
      key: 'post_only_cancel',
      title: 'Post-only order cancelled',
      i18nKey: 'mexc.order.post_only_cancel',
      source: 'websocket',
      orderId: ORDER_ID,
      locale: 'en',
      retryable: false,
    });
    expect(english.actions.map((action) => action.id)).toEqual(['adjust_price', 'edit_order']);
    expect(resolveApiError(FRAME, { messages: await loadApiErrorTexts('en', ['order']) }).title).toBe('Post-only order cancelled');

    const chinese = resolveApiError(FRAME, { locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect(chinese).toMatchObject({ key: 'post_only_cancel', title: zhCN.order.post_only_cancel.title, locale: 'zh-CN' });
    expect(chinese.title).toMatch(/只做 Maker/);
    expect(chinese.actions[0]!.label).toBe(zhCN.actions.adjust_price);
  });

  it('says which reason it is, in words with the code, before the order texts are loaded', () => {
    const unloaded = resolveApiError(FRAME);
    expect(unloaded.key).toBe('post_only_cancel');
    expect(unloaded.title).toContain('20');
    expect(unloaded.title).not.toContain('post_only_cancel');
  });

  it('words order reasons by code in their own catalog only', () => {
    const messages = { en: { order: { '20': { title: 'Post-only: would have filled at once' } } } };
    expect(resolveApiError(FRAME, { messages }).title).toBe('Post-only: would have filled at once');
    expect(resolveApiError({ success: false, code: 20 }, { messages }).title).not.toBe('Post-only: would have filled at once');
  });

  it('shows the push as a toast that keeps the order catalog', () => {
    const id = showApiError(FRAME);
    const toast = getDefaultToastStore()
      .getSnapshot()
      .visible.find((each) => each.id === id);
    expect(toast).toMatchObject({ kind: 'failure', severity: 'info', error: { catalog: 'order', code: 20, orderId: ORDER_ID } });
    getDefaultToastStore().dismiss(id!);
  });
});

describe('normalizeApiError: the code space of a bare code', () => {
  it('is futures unless the caller names another catalog (a spot endpoint, say)', () => {
    expect(normalizeApiError({ success: false, code: 2005 }).catalog).toBe('futures');
    const spot = normalizeApiError({ success: false, code: 2005, msg: 'Insufficient balance' }, { catalog: 'spot' });
    expect(spot).toMatchObject({ catalog: 'spot', code: 2005, source: 'api' });
    // A catalog the kit does not ship yet still shows the code, never futures' meaning of it.
    expect(resolveApiError(spot).key).toBe('unknown_code');
  });

  it('reads order records as order reasons whatever catalog the caller names', () => {
    expect(normalizeApiError(FRAME, { catalog: 'spot' })).toMatchObject({ catalog: 'order', code: 20 });
  });

  it('ignores a catalog id that is not one (markup, empty, too long)', () => {
    for (const catalog of ['<b>x</b>', '', 'x'.repeat(40), 42]) {
      expect(normalizeApiError({ code: 2005 }, { catalog } as never).catalog).toBe('futures');
    }
  });
});
