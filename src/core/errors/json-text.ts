// JSON text read with exact integers. MEXC order ids (101716841474621953) exceed 2^53, and JSON.parse
// rounds them (…950) before anyone can look; Node 20 has no source-text access in a reviver. So integer
// literals that are not safe integers become JSON strings before parsing, and keep every digit.

const ZERO = 48;
const NINE = 57;
const QUOTE = 34;
const BACKSLASH = 92;
const MINUS = 45;

// A safe integer has at most 16 digits; only longer runs, or 16-digit runs above 2^53, need quoting.
const MIN_UNSAFE_DIGITS = 16;

function isDigit(char: number): boolean {
  return char >= ZERO && char <= NINE;
}

/** The index just past the string literal that opens at `start` (a `"`), or the text's end. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const char = text.charCodeAt(i);
    if (char === BACKSLASH) i += 2;
    else if (char === QUOTE) return i + 1;
    else i++;
  }
  return text.length;
}

/**
 * Rewrites JSON text so that every integer literal outside string literals that is not a safe integer
 * (beyond ±2^53 − 1) becomes a JSON string of the same digits: `{"orderId":101716841474621953}` becomes
 * `{"orderId":"101716841474621953"}`. Numbers with a fraction or an exponent are left alone (no JSON
 * writer emits ids that way). One pass, linear in the length; never throws; returns the same string when
 * there is nothing to quote. Text that is not JSON stays not JSON.
 */
export function quoteUnsafeIntegers(text: string): string {
  if (!/\d{16}/.test(text)) return text;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const char = text.charCodeAt(i);
    if (char === QUOTE) {
      i = skipString(text, i);
      continue;
    }
    if (char !== MINUS && !isDigit(char)) {
      i++;
      continue;
    }
    const start = i;
    if (char === MINUS) i++;
    const digitsStart = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    const digitsEnd = i;
    const next = text[i];
    if (next === '.' || next === 'e' || next === 'E') {
      // a fraction or an exponent: not an integer literal; skip the rest of the number token
      i++;
      while (i < text.length && (isDigit(text.charCodeAt(i)) || '.eE+-'.includes(text[i]!))) i++;
      continue;
    }
    // A leading zero makes the literal invalid JSON: leave it invalid rather than turn it into a string.
    if (digitsEnd - digitsStart < MIN_UNSAFE_DIGITS || text.charCodeAt(digitsStart) === ZERO) continue;
    const literal = text.slice(start, digitsEnd);
    if (Number.isSafeInteger(Number(literal))) continue;
    out += `${text.slice(copied, start)}"${literal}"`;
    copied = digitsEnd;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Parses JSON text with exact integers (see {@link quoteUnsafeIntegers}): integers beyond 2^53 come
 * back as strings of their digits. Returns `undefined` for text that is not JSON; never throws.
 */
export function parseJsonExact(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(quoteUnsafeIntegers(text)) as unknown };
  } catch {
    return undefined;
  }
}
