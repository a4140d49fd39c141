// The pseudo-locale en-XA: the English texts accented, about a third longer and bracketed, made when loaded. A
// developer who picks it sees at a glance which strings bypass the kit's texts (plain ASCII) and which layouts
// break on longer languages (German runs ~30 % longer than English). Loaded only by `loadTextPart('en-XA', …)`.

// Each ASCII letter and its accented look-alike, position for position.
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];
const VOWELS = /[aeiouAEIOU]/;

/** One string in pseudo: `{placeholders}` kept, letters accented, vowels doubled (≈ +35 %), in `[…]`. */
export function pseudoString(text: string): string {
  const pieces = text.split(/(\{\w+\})/);
  const body = pieces
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : [...piece].map((char) => (ACCENTED[PLAIN.indexOf(char)] ?? char).repeat(VOWELS.test(char) ? 2 : 1)).join(''),
    )
    .join('');
  return `[${body}]`;
}

/** A whole pack (or part) in pseudo: every string, plural forms included; the structure as it is. */
export function pseudoLocalize<T>(texts: T): T {
  if (typeof texts === 'string') return pseudoString(texts) as T;
  if (typeof texts !== 'object' || texts === null) return texts;
  return Object.fromEntries(Object.entries(texts).map(([name, value]) => [name, pseudoLocalize(value)])) as T;
}
