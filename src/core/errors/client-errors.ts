// Failures of the HTTP client itself (no answer, or no answer in time), recognized by the class names,
// error codes and message texts of the common clients: fetch in each browser, undici (Node's fetch),
// axios, got, ky, node-fetch and ccxt, plus the same errors printed as text ("RequestTimeout: mexc POST …").

/** A failure on the client's side: cancelled on purpose, given up waiting, or no answer at all. */
export type ClientFailure = 'aborted' | 'timeout' | 'network';

const ABORT_NAMES = new Set(['AbortError', 'CanceledError', 'CancelledError', 'CancelError']);
// TimeoutError (DOM, got, ky), RequestTimeout (ccxt), Headers/Body/ConnectTimeoutError (undici),
// ReadTimeout and ConnectTimeout (Python requests), SocketTimeoutException (Java).
const TIMEOUT_NAME = /^\w*Time[oO]ut(Error|Exception)?$/;
// ccxt: NetworkError and its ExchangeNotAvailable; undici: SocketError; Python and Java connection errors.
const NETWORK_NAMES = new Set([
  'NetworkError',
  'ExchangeNotAvailable',
  'SocketError',
  'ConnectionError',
  'ConnectionResetError',
  'ConnectionRefusedError',
  'ConnectException',
  'UnknownHostException',
]);

const ABORT_CODES = new Set(['ERR_CANCELED', 'ABORT_ERR']);
const TIMEOUT_CODES = new Set([
  'ECONNABORTED', // axios timeout
  'ETIMEDOUT',
  'ETIMEOUT',
  'ESOCKETTIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const NETWORK_CODES = new Set([
  'ERR_NETWORK', // axios
  'ERR_INTERNET_DISCONNECTED',
  'ECONNRESET',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ENETDOWN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT',
  'UND_ERR_CLOSED',
]);

const CODE_WORD = /\b(E[A-Z]{2,}|ERR_[A-Z_]+|UND_ERR_[A-Z_]+|ABORT_ERR)\b/g;
// Chrome "Failed to fetch", Firefox "NetworkError when attempting to fetch resource.", React Native
// "Network request failed", undici "fetch failed", axios "Network Error", Node "socket hang up".
const NETWORK_TEXT = /failed to fetch|networkerror|network ?error|network request failed|fetch failed|socket hang up/i;
// Safari's "Load failed" is too plain a phrase to trust without its TypeError.
const SAFARI_NETWORK_TEXT = /^\s*load failed\s*$/i;
// A timeout class named in a longer text: Node prints undici's cause after "TypeError: fetch failed".
const TIMEOUT_CLASS_TEXT = /\b[A-Z]\w*Time[oO]ut(Error|Exception)\b/;
// axios "timeout of 5000ms exceeded", ky "Request timed out", ccxt "request timed out (10000 ms)".
const TIMEOUT_TEXT = /\btime(d)? ?out\b|\btimeout of \d+ ?ms exceeded/i;
// "TypeError: Failed to fetch", "ccxt.base.errors.RequestTimeout: mexc POST …", "AxiosError [ERR_NETWORK]: …"
const LEADING_NAME = /^\s*(?:[A-Za-z_$][\w$]*\.){0,8}([A-Za-z_$][\w$]{0,60})(?:\s?\[([\w-]{1,40})\])?:\s/;
const MAX_SCANNED_LENGTH = 20_000;

/** The failure an error class name or error code stands for, if any. */
export function failureByNameOrCode(name: string, code: string): ClientFailure | undefined {
  const upper = code.toUpperCase();
  if (ABORT_NAMES.has(name) || ABORT_CODES.has(upper)) return 'aborted';
  if (TIMEOUT_NAME.test(name) || TIMEOUT_CODES.has(upper)) return 'timeout';
  if (NETWORK_NAMES.has(name) || NETWORK_CODES.has(upper)) return 'network';
  return undefined;
}

/**
 * The failure an error's message describes: an error code in the text (`connect ECONNREFUSED …`), a
 * fetch failure or a timeout phrase. A `TypeError` is only read for fetch failures, since "x.timeout is
 * not a function" is a bug, not a timeout.
 */
export function failureByMessage(message: string, name: string): ClientFailure | undefined {
  const text = message.length > MAX_SCANNED_LENGTH ? message.slice(0, MAX_SCANNED_LENGTH) : message;
  let network = false;
  for (const [word] of text.matchAll(CODE_WORD)) {
    const failure = failureByNameOrCode('', word);
    if (failure === 'timeout' || failure === 'aborted') return failure;
    if (failure === 'network') network = true;
  }
  if (TIMEOUT_CLASS_TEXT.test(text)) return 'timeout';
  if (network || NETWORK_TEXT.test(text) || (name === 'TypeError' && SAFARI_NETWORK_TEXT.test(text))) return 'network';
  if (name !== 'TypeError' && TIMEOUT_TEXT.test(text)) return 'timeout';
  return undefined;
}

/**
 * The failure a client error printed as text describes (`String(error)`, a log line, a relayed message):
 * its leading class name (`RequestTimeout: mexc POST …`, `TypeError: Failed to fetch`), a bracketed code,
 * or its message.
 */
export function failureOfText(text: string): ClientFailure | undefined {
  const head = text.length > MAX_SCANNED_LENGTH ? text.slice(0, MAX_SCANNED_LENGTH) : text;
  const leading = LEADING_NAME.exec(head);
  const name = leading?.[1] ?? '';
  const byName = failureByNameOrCode(name, leading?.[2] ?? '');
  if (byName) return byName;
  if (SAFARI_NETWORK_TEXT.test(head)) return 'network'; // the bare text of Safari's TypeError
  return failureByMessage(leading ? head.slice(leading[0].length) : head, name);
}
