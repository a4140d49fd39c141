// Property-based tests of the exact-integer JSON reading: integers beyond 2^53 come back as their exact
// digits, everything else as JSON.parse gives it, and text that is not JSON stays not JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonExact } from '../../../src/core/errors/json-text';
import { PROPERTY_TIMEOUT, RUNS } from './constants';

type Tree = bigint | number | string | boolean | null | Tree[] | { [key: string]: Tree };

const leaf: fc.Arbitrary<Tree> = fc.oneof(
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.constantFrom(2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 101716841474621953n, 108885377779302912n),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
);

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('tree'), { maxKeys: 4 }),
  ),
}));

/** JSON text with bigints written as bare integer literals, as a server writes a Java long. */
function toJson(value: Tree, space: string): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map((item) => toJson(item, space)).join(`,${space}`)}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${space}${toJson(item, space)}`)
      .join(`,${space}`)}}`;
  }
  return JSON.stringify(value);
}

/** What the kit must read back: unsafe integers as digit strings, the rest as JSON.parse gives it. */
function expected(value: Tree): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(expected);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expected(item)]));
  // A double beyond 2^53 is written as an integer literal too, so it is read back as its digits.
  const text = JSON.stringify(value);
  return /^-?\d+$/.test(text) && !Number.isSafeInteger(value) ? text : (JSON.parse(text) as unknown);
}

describe('parseJsonExact', { timeout: PROPERTY_TIMEOUT }, () => {
  it('reads every integer literal exactly: beyond 2^53 as its digits, safe ones as numbers', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom('', ' ', '\n  '), (value, space) => {
        expect(parseJsonExact(toJson(value, space))).toEqual({ value: expected(value) });
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts exactly the texts JSON.parse accepts, and agrees with it where no integer is unsafe', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      '\\',
      '\\"',
      ':',
      ',',
      '-',
      '.',
      'e',
      '0',
      '1',
      '12345678901234567',
      '9007199254740993',
      ' ',
      'x',
      'true',
      'null',
    );
    const text = fc.oneof(
      fc.array(piece, { maxLength: 16 }).map((parts) => parts.join('')),
      fc.json(),
      fc.string(),
    );
    fc.assert(
      fc.property(text, (input) => {
        let plain: { value: unknown } | undefined;
        try {
          plain = { value: JSON.parse(input) as unknown };
        } catch {
          plain = undefined;
        }
        const exact = parseJsonExact(input);
        expect(exact === undefined).toBe(plain === undefined);
        if (plain && !/\d{16}/.test(input)) expect(exact).toEqual(plain);
      }),
      { numRuns: RUNS },
    );
  });
});
