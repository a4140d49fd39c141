import { http, HttpResponse, type HttpHandler } from 'msw';
import { serverLanguage, serverMessage, type ServerLanguage } from './server-messages';
import { signaturesMatch, signRequest, toQueryParamString } from './signing';
import type { OrderFeed } from './order-feed';
import { cancelOrders, changeLeverage, demoTransfer, submitOrder, type RuleOutcome } from './simulator-rules';
import { accountAssets, createSimulatorState, openOrders, type SimulatorState } from './simulator-state';

export { runSimulatorScenario, simulatorScenarios, type SimulatorScenario, type SimulatorScenarioName } from './simulator-scenarios';

/** The only key pair the simulator accepts unless told otherwise. Not a real MEXC key. */
export const SIMULATOR_DEMO_CREDENTIALS = {
  apiKey: 'mx0vglDemoSimulatorKey',
  secretKey: 'local-simulator-secret-not-a-real-key',
} as const;

/** Options of {@link createMexcSimulatorHandlers}. */
export interface MexcSimulatorOptions {
  /** Exchange state to serve; pass one to inspect or reset it. Defaults to a fresh `createSimulatorState()`. */
  state?: SimulatorState;
  /** The accepted `ApiKey`. */
  apiKey?: string;
  /** The secret signatures are checked with. */
  secretKey?: string;
  /** Requests admitted per window before 510 (default 5). */
  burstLimit?: number;
  /** Length of the rate window in ms (default 1000). */
  burstWindowMs?: number;
  /** The `push.personal.order` channel: every order record the requests create or change is pushed on it. */
  feed?: OrderFeed;
}

/** Largest accepted lead of `Request-Time` over the simulator clock, in ms. */
export const MAX_REQUEST_TIME_AHEAD_MS = 2_000;
/** Largest accepted lag of `Request-Time` behind the simulator clock, in ms. */
export const MAX_REQUEST_TIME_BEHIND_MS = 10_000;

interface Gate {
  state: SimulatorState;
  apiKey: string;
  secretKey: string;
  burstLimit: number;
  burstWindowMs: number;
}

interface RouteInput {
  body: unknown;
  params: Record<string, string | readonly string[] | undefined>;
  url: URL;
}

function failure(code: number, language: ServerLanguage): Response {
  return HttpResponse.json({ success: false, code, message: serverMessage(code, language) });
}

function reply(outcome: RuleOutcome<unknown>, language: ServerLanguage): Response {
  if (!outcome.ok) return failure(outcome.code, language);
  return HttpResponse.json(outcome.data === undefined ? { success: true, code: 0 } : { success: true, code: 0, data: outcome.data });
}

async function authenticate(request: Request, paramString: string, gate: Gate): Promise<number | undefined> {
  const apiKey = request.headers.get('ApiKey');
  if (!apiKey || apiKey !== gate.apiKey) return 401;
  const requestTime = request.headers.get('Request-Time') ?? '';
  const now = Date.now();
  if (!/^\d{1,16}$/.test(requestTime)) return 513;
  const offset = Number(requestTime) - now;
  if (offset > MAX_REQUEST_TIME_AHEAD_MS || -offset > MAX_REQUEST_TIME_BEHIND_MS) return 513;
  const expected = await signRequest({ apiKey, secretKey: gate.secretKey, requestTime, paramString });
  if (!signaturesMatch(expected, (request.headers.get('Signature') ?? '').toLowerCase())) return 602;
  const recent = gate.state.requestTimes.filter((time) => now - time < gate.burstWindowMs);
  gate.state.requestTimes = recent;
  if (recent.length >= gate.burstLimit) return 510;
  recent.push(now);
  return undefined;
}

function privateRoute(method: 'get' | 'post', path: string, gate: Gate, handle: (input: RouteInput) => RuleOutcome<unknown>): HttpHandler {
  return http[method](`*/api/v1/private/${path}`, async ({ request, params }) => {
    const url = new URL(request.url);
    const language = serverLanguage(request.headers.get('Language'));
    const raw = method === 'post' ? await request.text() : '';
    const paramString = method === 'post' ? raw : toQueryParamString(url.searchParams);
    const denied = await authenticate(request, paramString, gate);
    if (denied !== undefined) return failure(denied, language);
    let body: unknown;
    try {
      body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
    } catch {
      return failure(601, language);
    }
    return reply(handle({ body, params, url }), language);
  });
}

/** Runs a rule, then pushes every order record it created or whose state it changed (none when it failed). */
function pushingOrders<T>(state: SimulatorState, feed: OrderFeed | undefined, run: () => RuleOutcome<T>): RuleOutcome<T> {
  const before = new Map(state.orders.map((order) => [order.orderId, order.state]));
  const outcome = run();
  for (const order of state.orders) if (before.get(order.orderId) !== order.state) feed?.publish(order);
  return outcome;
}

function pageOf<T>(items: T[], url: URL): T[] {
  const size = Math.min(Math.max(Number(url.searchParams.get('page_size')) || 20, 1), 100);
  const page = Math.max(Number(url.searchParams.get('page_num')) || 1, 1);
  return items.slice((page - 1) * size, page * size);
}

/**
 * MSW 2 handlers for a local, in-memory MEXC futures (contract) API under `/api/v1` — relative or on
 * any origin. Every error is HTTP 200 with `{ success: false, code, message }`, the message in Chinese
 * unless the request sends `Language: en`. Private requests are checked in MEXC's order: 401 (no or
 * unknown `ApiKey`), 513 (`Request-Time` missing, more than 10 s behind or 2 s ahead), 602 (signature),
 * 510 (more than `burstLimit` requests per `burstWindowMs`), then the endpoint's own rules.
 *
 * Endpoints: `GET private/account/assets`, `GET private/position/open_positions`,
 * `GET private/order/list/open_orders/{symbol?}`, `POST private/order/submit`, `POST private/order/cancel`,
 * `POST private/position/change_leverage`, and `POST private/demo/transfer` — DEMO ONLY, not a MEXC
 * endpoint: moves `{ amount }` USDT from the simulated spot balance to the futures account. With a
 * `feed`, each order placed, filled or cancelled is also pushed as a `push.personal.order` frame.
 *
 * @example
 * const worker = setupWorker(...createMexcSimulatorHandlers({ state }));
 */
export function createMexcSimulatorHandlers(options: MexcSimulatorOptions = {}): HttpHandler[] {
  const gate: Gate = {
    state: options.state ?? createSimulatorState(),
    apiKey: options.apiKey ?? SIMULATOR_DEMO_CREDENTIALS.apiKey,
    secretKey: options.secretKey ?? SIMULATOR_DEMO_CREDENTIALS.secretKey,
    burstLimit: options.burstLimit ?? 5,
    burstWindowMs: options.burstWindowMs ?? 1000,
  };
  const { state } = gate;
  const { feed } = options;
  return [
    privateRoute('get', 'account/assets', gate, () => ({ ok: true, data: accountAssets(state) })),
    privateRoute('get', 'position/open_positions', gate, ({ url }) => {
      const symbol = url.searchParams.get('symbol');
      return { ok: true, data: state.positions.filter((p) => symbol === null || p.symbol === symbol) };
    }),
    privateRoute('get', 'order/list/open_orders/:symbol?', gate, ({ params, url }) => {
      const symbol = typeof params.symbol === 'string' && params.symbol !== '' ? params.symbol : undefined;
      return { ok: true, data: pageOf(openOrders(state, symbol), url) };
    }),
    privateRoute('post', 'order/submit', gate, ({ body }) => pushingOrders(state, feed, () => submitOrder(state, body))),
    privateRoute('post', 'order/cancel', gate, ({ body }) => pushingOrders(state, feed, () => cancelOrders(state, body))),
    privateRoute('post', 'position/change_leverage', gate, ({ body }) => changeLeverage(state, body)),
    privateRoute('post', 'demo/transfer', gate, ({ body }) => demoTransfer(state, body)),
  ];
}
