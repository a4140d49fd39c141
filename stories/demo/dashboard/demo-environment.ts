// The dashboard's private exchange: a fresh simulator state, the MSW handlers serving it, a `fetch`
// that hands each request straight to those handlers, and the exchange's `push.personal.order` feed.
// No service worker and no network: requests are resolved in the page by `getResponse`, so stories,
// tests and the static build behave the same.
import { getResponse } from 'msw';
import {
  createMexcClient,
  createMexcSimulatorHandlers,
  createOrderFeed,
  createSimulatorState,
  SIMULATOR_DEMO_CREDENTIALS,
  type MexcClient,
  type OrderFeed,
  type SimulatorContract,
  type SimulatorState,
} from '../api';

/**
 * Requests the rate limiter admits per window before answering 510. The window is shorter than MEXC's
 * so the dashboard's own refetches after an action never trip it, while a burst of 8 requests does.
 */
export const DEMO_BURST_LIMIT = 5;
export const DEMO_BURST_WINDOW_MS = 250;

/** Which credentials the demo signs with: the demo key, none at all (401) or a wrong signature (602). */
export type KeyMode = 'demo' | 'missing' | 'bad-signature';

/** What the client is built from; changed by the demo's connection controls. */
export interface ClientSettings {
  /** Added to the device clock for `Request-Time`. */
  clockSkewSeconds: number;
  keyMode: KeyMode;
  /** `Language` header: the server's own `message` follows the page language. */
  language: 'en' | 'zh';
}

/** One mounted dashboard's exchange. */
export interface DemoEnvironment {
  state: SimulatorState;
  /** `fetch` answered by the simulator handlers (404 for anything they do not serve). */
  fetch: typeof fetch;
  /** The private WebSocket's `push.personal.order` channel: a frame for each order placed, filled or cancelled. */
  feed: OrderFeed;
  /** A signed client with the given settings. */
  client(settings: ClientSettings): MexcClient;
  /** Contract specs, as a real app would read them from `GET /api/v1/contract/detail`. */
  contracts: SimulatorContract[];
}

/** A `fetch` that resolves every request with MSW handlers, in the page. */
export function createSimulatedFetch(handlers: Parameters<typeof getResponse>[0]): typeof fetch {
  return async (input, init) => {
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), globalThis.location?.href ?? 'http://localhost/'), init);
    return (await getResponse(handlers, request)) ?? new Response('Not found', { status: 404 });
  };
}

/** A new exchange with the simulator's seed: 250 USDT available, a 20x BTC long, one open ETH order. */
export function createDemoEnvironment(): DemoEnvironment {
  const state = createSimulatorState();
  const feed = createOrderFeed();
  const handlers = createMexcSimulatorHandlers({ state, feed, burstLimit: DEMO_BURST_LIMIT, burstWindowMs: DEMO_BURST_WINDOW_MS });
  const simulatedFetch = createSimulatedFetch(handlers);
  return {
    state,
    fetch: simulatedFetch,
    feed,
    contracts: Object.values(state.contracts).map((contract) => ({ ...contract })),
    client: ({ clockSkewSeconds, keyMode, language }) =>
      createMexcClient({
        ...SIMULATOR_DEMO_CREDENTIALS,
        fetch: simulatedFetch,
        clockSkewMs: clockSkewSeconds * 1000,
        language,
        omitSignature: keyMode === 'missing',
        badSignature: keyMode === 'bad-signature',
      }),
  };
}
