// Property-based tests of redaction: a credential in any form, anywhere in a text, is gone; the name
// stays; redacting or cleaning the result again changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../src/core/index';
import { toPlainServerText } from '../../../src/core/errors/plain-text';
import { PROPERTY_TIMEOUT, RUNS } from './constants';
import { tokenString } from './inputs-generic';

const words = fc.constantFrom(
  ['api', 'key'],
  ['api', 'secret'],
  ['secret'],
  ['secret', 'key'],
  ['private', 'key'],
  ['password'],
  ['passphrase'],
  ['token'],
  ['signature'],
  ['sign'],
  ['authorization'],
  ['request', 'time'],
  ['timestamp'],
);
const style = fc.constantFrom<(parts: readonly string[]) => string>(
  (parts) => parts.map((part, i) => (i === 0 ? part : part[0]!.toUpperCase() + part.slice(1))).join(''),
  (parts) => parts.join('_'),
  (parts) => parts.join('-'),
  (parts) => parts.join('_').toUpperCase(),
  (parts) => parts.map((part) => part[0]!.toUpperCase() + part.slice(1)).join('-'),
);
const name = fc.tuple(words, style, fc.constantFrom('', 'x-', 'mexc_')).map(([parts, spell, prefix]) => prefix + spell(parts));
// Credentials: letters and digits with at least one digit, so even the space-separated form counts.
const credential = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9]{5,24}$/), fc.nat(9))
  .map(([body, digit]) => `${body.slice(0, 3)}${digit}${body.slice(3)}`);
const form = fc.constantFrom<(key: string, value: string) => string>(
  (key, value) => `${key}=${value}`,
  (key, value) => `${key}: ${value}`,
  (key, value) => `"${key}":"${value}"`,
  (key, value) => `'${key}': '${value}'`,
  (key, value) => `${key} ${value}`,
  (key, value) => `a%3D1%26${key}%3D${value}%26b%3D2`,
);

describe('redaction', { timeout: PROPERTY_TIMEOUT }, () => {
  it('removes a credential in any form from any surrounding text, and keeps its name', () => {
    fc.assert(
      fc.property(tokenString, name, form, credential, tokenString, (before, key, build, value, after) => {
        // " . " ends whatever the random text before left open (a dangling "sign=" would take the pair as its value).
        const text = `${before} . ${build(key, value)} ${after}`;
        const redacted = redactSecrets(text);
        expect(redacted).not.toContain(value);
        expect(redacted).toContain(key);
      }),
      { numRuns: RUNS },
    );
  });

  it('is a fixed point: redacting or cleaning the result again changes nothing', () => {
    const text = fc.oneof(
      tokenString,
      fc
        .tuple(tokenString, name, form, credential, tokenString)
        .map(([before, key, build, value, after]) => `${before}${build(key, value)}${after}`),
      fc
        .array(
          fc.oneof(name, credential, fc.constantFrom(' ', '=', ': ', '"', "'", '%3D', '%26', 'Basic ', 'Bearer ', '[redacted]', '…')),
          { maxLength: 12 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const once = redactSecrets(input);
        expect(redactSecrets(once)).toBe(once);
        const clean = toPlainServerText(input);
        if (clean !== undefined) expect(toPlainServerText(clean)).toBe(clean);
      }),
      { numRuns: RUNS },
    );
  });
});
