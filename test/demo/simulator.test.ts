// @vitest-environment node
import { resolveApiError, unwrapApiResponse } from 'mexc-error-kit';
import { describe, expect, it } from 'vitest';
import { createMexcClient } from '../../stories/demo/api/client';
import { signRequest } from '../../stories/demo/api/signing';
import {
  createMexcSimulatorHandlers,
  runSimulatorScenario,
  simulatorScenarios,
  type SimulatorScenarioName,
} from '../../stories/demo/api/simulator';
import { SEED_IDS } from '../../stories/demo/api/simulator-state';
import {
  apiKey,
  BASE,
  client,
  exchanges,
  expectCode,
  order,
  recordingFetch,
  rejectionOf,
  secretKey,
  state,
  startSimulatorServer,
} from './harness';

const server = startSimulatorServer();

describe('reads', () => {
  it('answers in English with a Language header', async () => {
    const error = await rejectionOf(client({ language: 'en' }).submitOrder(order({ symbol: 'LUNA_USDT' })));
    expect(error.apiError.serverMessage).toBe('The trading pair is not available');
  });

  it('returns the seeded account, position and open orders', async () => {
    const api = client();
    const [asset] = await api.getAssets();
    expect(asset).toEqual({
      currency: 'USDT',
      availableBalance: 250,
      frozenBalance: 33,
      positionMargin: 320,
      cashBalance: 250,
      unrealized: 100,
      equity: 703,
    });
    const positions = await api.getOpenPositions();
    expect(positions).toEqual([
      expect.objectContaining({ symbol: 'BTC_USDT', positionType: 1, openType: 1, leverage: 20, holdVol: 1000, im: 320 }),
    ]);
    expect(await api.getOpenPositions('ETH_USDT')).toEqual([]);
    expect((await api.getOpenOrders()).map((o) => o.orderId)).toEqual([SEED_IDS.openEthOrderId]);
    expect(await api.getOpenOrders('BTC_USDT')).toEqual([]);
  });

  it('serves any origin, like the relative /api/v1 paths of the Storybook demo', async () => {
    expect(await client({ baseUrl: 'http://localhost:6006/' }).getAssets()).toHaveLength(1);
  });

  it('signs GET query params (sorted) and pages', async () => {
    const api = client();
    await api.submitOrder(order());
    expect(await api.getOpenOrders('ETH_USDT', { pageNum: 1, pageSize: 1 })).toHaveLength(1);
    expect(await api.getOpenOrders('ETH_USDT', { pageNum: 2, pageSize: 1 })).toHaveLength(1);
    expect(await api.getOpenOrders('ETH_USDT', { pageNum: 3, pageSize: 1 })).toEqual([]);
  });
});

describe('authentication, in MEXC’s order', () => {
  it('401 without an ApiKey header, and for an unknown key', async () => {
    await expectCode(client({ omitSignature: true }).getAssets(), 401);
    expect(exchanges.at(-1)!.headers.has('ApiKey')).toBe(false);
    await expectCode(client({ apiKey: 'mx0vglSomeoneElse' }).getAssets(), 401);
    await expectCode(client({ apiKey: 'mx0vglSomeoneElse', clockSkewMs: 60_000, badSignature: true }).getAssets(), 401);
  });

  it('513 when Request-Time is missing, malformed, 2 s ahead or 10 s behind', async () => {
    await expectCode(client({ clockSkewMs: 3_000 }).getAssets(), 513);
    await expectCode(client({ clockSkewMs: -11_000 }).getAssets(), 513);
    await expectCode(client({ clockSkewMs: () => 3_000, badSignature: true }).getAssets(), 513);
    for (const requestTime of [undefined, 'yesterday']) {
      const headers: Record<string, string> = { ApiKey: apiKey, Signature: 'x' };
      if (requestTime) headers['Request-Time'] = requestTime;
      await expectCode(recordingFetch(`${BASE}/api/v1/private/account/assets`, { headers }).then(unwrapApiResponse), 513);
    }
  });

  it('accepts a clock 9 s behind or 1.5 s ahead', async () => {
    expect(await client({ clockSkewMs: -9_000 }).getAssets()).toHaveLength(1);
    expect(await client({ clockSkewMs: () => 1_500 }).getAssets()).toHaveLength(1);
  });

  it('602 for a tampered signature or the wrong secret', async () => {
    await expectCode(client({ badSignature: true }).getAssets(), 602);
    await expectCode(client({ secretKey: 'not-the-secret' }).submitOrder(order()), 602);
    expect(state.orders.filter((o) => o.state === 2)).toHaveLength(1);
  });

  it('601 for a correctly signed body that is not JSON', async () => {
    const requestTime = String(Date.now());
    const body = '{oops';
    const signature = await signRequest({ apiKey, secretKey, requestTime, paramString: body });
    const response = recordingFetch(`${BASE}/api/v1/private/order/submit`, {
      method: 'POST',
      headers: { ApiKey: apiKey, 'Request-Time': requestTime, Signature: signature },
      body,
    });
    await expectCode(response.then(unwrapApiResponse), 601);
  });

  it('510 only after burstLimit requests in the window, then recovers', async () => {
    server.use(...createMexcSimulatorHandlers({ state, burstWindowMs: 300 }));
    const api = client();
    for (let i = 0; i < 5; i++) await api.getAssets();
    const error = await expectCode(api.getAssets(), 510);
    expect(resolveApiError(error)).toMatchObject({ key: 'rate_limited', retryable: true });
    await new Promise((done) => setTimeout(done, 350));
    expect(await api.getAssets()).toHaveLength(1);
  });

  it('does not count rejected requests against the limit', async () => {
    server.use(...createMexcSimulatorHandlers({ state }));
    const api = client();
    for (let i = 0; i < 5; i++) await rejectionOf(client({ badSignature: true }).getAssets());
    for (let i = 0; i < 5; i++) await api.getAssets();
    await expectCode(api.getAssets(), 510);
  });
});

const scenarioKeys: Partial<Record<SimulatorScenarioName, string>> = {
  oversizedOrder: 'balance_insufficient',
  fractionalVolume: 'order_quantity_invalid',
  badPricePrecision: 'precision_invalid',
  missingSide: 'parameter_error',
  leverageMismatch: 'leverage_mismatch',
  unavailablePair: 'pair_unavailable',
  unknownContract: 'contract_not_found',
  leverageOutOfRange: 'leverage_invalid',
  positionNotFound: 'position_not_found',
  transferOverSpot: 'balance_insufficient',
};

describe('simulatorScenarios', () => {
  for (const name of Object.keys(simulatorScenarios) as SimulatorScenarioName[]) {
    const scenario = simulatorScenarios[name];
    it(`${name} → ${scenario.expectedCode}`, async () => {
      const before = JSON.stringify(state);
      const run = runSimulatorScenario(client(), name);
      if (scenario.expectedCode === 0) {
        const data = await run;
        expect(exchanges.at(-1)).toMatchObject({ status: 200, body: { success: true, code: 0 } });
        if ('expectedItemCodes' in scenario)
          expect((data as { errorCode: number }[]).map((item) => item.errorCode)).toEqual(scenario.expectedItemCodes);
        else expect(data).toMatch(/^\d{18}$/);
        return;
      }
      const error = await expectCode(run, scenario.expectedCode);
      expect(resolveApiError(error).key).toBe(scenarioKeys[name]);
      expect(JSON.stringify({ ...state, requestTimes: [] })).toBe(JSON.stringify({ ...JSON.parse(before), requestTimes: [] }));
    });
  }
});

describe('the kit reads the simulator', () => {
  it('resolves the oversized order to balance_insufficient with a transfer action', async () => {
    const thrown = await rejectionOf(runSimulatorScenario(client(), 'oversizedOrder'));
    const resolved = resolveApiError(thrown, { locale: 'en' });
    expect(resolved).toMatchObject({
      code: 2005,
      key: 'balance_insufficient',
      category: 'balance',
      httpStatus: 200,
      serverMessage: '余额不足',
    });
    expect(resolved.actions.map((action) => action.id)).toContain('transfer_funds');
  });

  it('resolves auth and clock failures', async () => {
    expect(resolveApiError(await rejectionOf(client({ omitSignature: true }).getAssets())).key).toBe('unauthorized');
    expect(resolveApiError(await rejectionOf(client({ badSignature: true }).getAssets())).key).toBe('signature_invalid');
    expect(resolveApiError(await rejectionOf(client({ clockSkewMs: 3_000 }).getAssets())).key).toBe('request_time_invalid');
  });
});

describe('the secret', () => {
  it('never appears in requests, errors or the client', async () => {
    const api = client({ badSignature: true });
    const errors = [
      await rejectionOf(api.getAssets()),
      await rejectionOf(client().submitOrder(order({ vol: 0.5 }))),
      await rejectionOf(client({ clockSkewMs: 20_000 }).getAssets()),
    ];
    await client()
      .getAssets()
      .catch(() => undefined);
    const failing = createMexcClient({
      baseUrl: 'http://unreachable.invalid',
      apiKey,
      secretKey,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const networkError = await failing.getAssets().catch((error: unknown) => error);
    for (const error of [...errors, networkError]) {
      const text = `${String(error)} ${(error as Error).stack ?? ''} ${JSON.stringify(error)} ${JSON.stringify(resolveApiError(error))}`;
      expect(text).not.toContain(secretKey);
    }
    for (const exchange of exchanges) expect(JSON.stringify([...exchange.headers])).not.toContain(secretKey);
    expect(JSON.stringify(Object.entries(api))).not.toContain(secretKey);
    expect(Object.values(api).map(String).join()).not.toContain(secretKey);
  });
});
