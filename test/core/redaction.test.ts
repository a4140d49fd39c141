// Redaction, table-driven: every secret name × every spelling × every form. The value must be gone, the
// name must stay, and the rest of the text must be untouched; through redactSecrets, toPlainServerText and
// a normalized serverMessage alike.
import { describe, expect, it } from 'vitest';
import { normalizeApiError, redactSecrets } from '../../src/core/index';
import { toPlainServerText } from '../../src/core/errors/plain-text';

/** Each secret name as words, spelled in every case style a server or client uses. */
const NAMES: readonly (readonly string[])[] = [
  ['api', 'key'],
  ['api', 'secret'],
  ['secret'],
  ['secret', 'key'],
  ['private', 'key'],
  ['access', 'key'],
  ['password'],
  ['passphrase'],
  ['token'],
  ['access', 'token'],
  ['signature'],
  ['sign'],
  ['authorization'],
  ['request', 'time'],
  ['timestamp'],
];

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function spellings(words: readonly string[]): string[] {
  const all = [
    words.map((word, i) => (i === 0 ? word : capitalize(word))).join(''), // camelCase
    words.join('_'), // snake_case
    words.join('-'), // kebab-case
    words.join('_').toUpperCase(), // UPPER_CASE
    words.map(capitalize).join('-'), // Header-Case
    words.map(capitalize).join(''), // PascalCase
    words.join(''), // joined lower case (apikey)
  ];
  return [...new Set(all)];
}

// A value that looks like a credential (digits, mixed case), so the space-separated form counts too.
const VALUE = 'Zq7xK2pL9mW4';

/** How the pair appears in the wild, with text around it that must survive unchanged. */
const FORMS: readonly [form: string, build: (name: string, value: string) => string][] = [
  ['key=value', (name, value) => `invalid ${name}=${value} in request`],
  ['key: value', (name, value) => `${name}: ${value}`],
  ['key:value', (name, value) => `rejected (${name}:${value})`],
  ['"key":"value"', (name, value) => `{"code":602,"${name}":"${value}","x":1}`],
  ["'key': 'value'", (name, value) => `{'code': 602, '${name}': '${value}'}`],
  ['key value', (name, value) => `bad ${name} ${value} given`],
  ['query string', (name, value) => `GET /api/v1/private/order?symbol=BTC_USDT&${name}=${value}&side=1`],
  ['URL-encoded', (name, value) => `body=symbol%3DBTC_USDT%26${name}%3D${value}%26vol%3D1`],
];

const cases = NAMES.flatMap((words) =>
  spellings(words).flatMap((name) => FORMS.map(([form, build]) => ({ name, form, text: build(name, VALUE) }))),
);

describe('redactSecrets: every name, spelling and form', () => {
  it.each(cases)('$name as $form', ({ name, text }) => {
    const expected = text.replace(VALUE, '[redacted]');
    expect(redactSecrets(text)).toBe(expected);
    expect(toPlainServerText(text)).toBe(expected);
    expect(normalizeApiError({ code: 602, message: text }).serverMessage).toBe(expected);
    expect(expected).toContain(name);
  });
});

describe('redactSecrets: credentials with a shape of their own', () => {
  it.each([
    ['Basic credentials after Authorization', 'Authorization: Basic dXNlcjpwYXNzd29yZA==', 'Authorization: [redacted]'],
    ['Bearer token after Authorization', 'authorization=Bearer eyJhbGciOiJIUzI1NiJ9.e30.x', 'authorization=[redacted]'],
    ['Basic credentials alone', 'sent Basic dXNlcjpwYXNzd29yZA== to proxy', 'sent Basic [redacted] to proxy'],
    ['Bearer token alone', 'header Bearer abc.def-ghi was rejected', 'header Bearer [redacted] was rejected'],
    ['MEXC API key alone', 'key mx0vglABCDEF1234567890 is disabled', 'key [redacted] is disabled'],
    ['MEXC web token', `invalid WEB${'a1'.repeat(32)}`, 'invalid [redacted]'],
    ['hex signature alone', `expected ${'ab12'.repeat(16)}`, 'expected [redacted]'],
    ['Request-Time header value', 'Request-Time: 1700000000000 is outside the window', 'Request-Time: [redacted] is outside the window'],
    ['timestamp, space separated', 'timestamp 1700000000000 too old', 'timestamp [redacted] too old'],
    ['prefixed header name', 'X-MEXC-APIKEY: Zq7xK2pL9mW4', 'X-MEXC-APIKEY: [redacted]'],
    ['secret, space separated, digits', 'secret s3cr3t', 'secret [redacted]'],
    ['password, space separated, long token', 'password correcthorsebatterystaple', 'password [redacted]'],
    ['signature, space separated, base64', 'signature q+/Zx=', 'signature [redacted]'],
  ])('%s', (_what, text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
    expect(redactSecrets(expected)).toBe(expected);
  });
});

describe('redactSecrets: ordinary words stay readable', () => {
  it.each([
    'Signature verification failed',
    'Invalid signature, please check your API key',
    'token expired',
    'Password incorrect',
    'Basic information is required',
    'Please sign in again',
    'design=modern, assign=none',
    'Timestamp for this request is outside of the recvWindow',
    'secret key not found',
    'tokens: 5',
  ])('%s', (text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it('still finds a credential after a name followed by prose', () => {
    expect(redactSecrets('Signature verification failed, signature abc123def')).toBe('Signature verification failed, signature [redacted]');
    expect(redactSecrets('bad password token a1b2c3')).toBe('bad password token [redacted]');
  });
});

describe('redaction is a fixed point', () => {
  it('redacting or cleaning the result again changes nothing', () => {
    for (const { text } of cases) {
      const once = toPlainServerText(text)!;
      expect(toPlainServerText(once)).toBe(once);
      expect(redactSecrets(redactSecrets(text))).toBe(redactSecrets(text));
    }
  });
});
