import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MexcApiError } from 'mexc-error-kit';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createMexcClient, type MexcClient, type MexcClientOptions } from '../../stories/demo/api/client';
import { createMexcSimulatorHandlers, SIMULATOR_DEMO_CREDENTIALS } from '../../stories/demo/api/simulator';
import { createSimulatorState, resetSimulatorState } from '../../stories/demo/api/simulator-state';
import type { SubmitOrderBody } from '../../stories/demo/api/types';

export const BASE = 'http://mexc.test';
export const { apiKey, secretKey } = SIMULATOR_DEMO_CREDENTIALS;

const fixture = (name: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8')) as { code: number; description: string }[];
/** MEXC's Chinese table: what the server must send. */
export const zhTable = new Map(fixture('mexc-contract-error-codes.zh-CN.json').map((row) => [row.code, row.description]));
/** MEXC's English table. */
export const enTable = new Map(fixture('mexc-contract-error-codes.json').map((row) => [row.code, row.description]));

/** One request as it went over the wire. */
export interface Exchange {
  status: number;
  headers: Headers;
  body: unknown;
}
/** Every request of the current test, in order. */
export const exchanges: Exchange[] = [];
/** `fetch` that records the status, request headers and parsed body of each exchange. */
export const recordingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  exchanges.push({ status: response.status, headers: new Headers(init?.headers), body: await response.clone().json() });
  return response;
};

/** The simulator state all handlers of a test file share; reset before each test. */
export const state = createSimulatorState();

/**
 * Starts an MSW node server with the simulator for the calling test file. A generous burst limit
 * here: the rate-limit tests install the default one (5 per second) with `server.use`.
 */
export function startSimulatorServer() {
  const server = setupServer(...createMexcSimulatorHandlers({ state, burstLimit: 100 }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    resetSimulatorState(state);
    exchanges.length = 0;
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A client of the simulator with the demo credentials and the recording fetch. */
export const client = (overrides: Partial<MexcClientOptions> = {}): MexcClient =>
  createMexcClient({ baseUrl: BASE, apiKey, secretKey, fetch: recordingFetch, ...overrides });

/** The MexcApiError `promise` rejects with (fails the test if it resolves or rejects otherwise). */
export async function rejectionOf(promise: Promise<unknown>): Promise<MexcApiError> {
  const outcome = await promise.then(
    (data: unknown) => ({ resolved: data }),
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(MexcApiError);
  return outcome as MexcApiError;
}

/** Asserts the raw wire answer (HTTP 200, MEXC's Chinese text) and what the client threw. */
export async function expectCode(promise: Promise<unknown>, code: number): Promise<MexcApiError> {
  const error = await rejectionOf(promise);
  expect(error.code).toBe(code);
  expect(exchanges.at(-1)).toEqual(expect.objectContaining({ status: 200, body: { success: false, code, message: zhTable.get(code) } }));
  expect(error.apiError).toMatchObject({ code, source: 'api', httpStatus: 200, serverMessage: zhTable.get(code) });
  return error;
}

/** A valid small ETH_USDT limit open-long order, with overrides (which may be invalid on purpose). */
export const order = (overrides: Partial<SubmitOrderBody> | Record<string, unknown> = {}) =>
  ({ symbol: 'ETH_USDT', price: 3350, vol: 5, leverage: 10, side: 1, type: 1, openType: 1, ...overrides }) as SubmitOrderBody;
