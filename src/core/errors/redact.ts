// Keys, signatures, passwords and tokens must never reach the UI, the details or "Copy details", even
// when a server, a proxy or an HTTP client echoes them back in a message.

const REDACTED = '[redacted]';

// Names whose value is a secret, in any case and spelling: `apiKey`, `API_KEY`, `x-mexc-apikey`,
// `apiSecret`, `secret_key`, `privateKey`, `passphrase`, `access_token`, `Request-Time`… A name is a whole
// word that ends with one of these (`x-api-key`, `mexc_api_secret`, `csrfToken`); `sign` must stand
// alone or after `-`, `_` or a URL escape, so that `design` or `assign` are not secrets. The word is
// matched greedily and its ending checked by a lookbehind: a lazy prefix would cost the regex engine
// one backtracking entry per character and overflow on a multi-megabyte word.
const NAME_ENDING =
  '(?:api[-_]?key|secret(?:[-_]?key)?|private[-_]?key|access[-_]?key|pass(?:word|phrase|wd)|token|signature|authorization|' +
  'request[-_]?time|timestamp|(?:(?<![\\w-])|[-_]|%[0-9A-Fa-f]{2})sign)';
// `=` or `:`, plain or URL-encoded (`%3D`, `%3A`), with the quotes of `"key":"value"` / `'key': 'value'`;
// or just spaces (`secret s3cr3t`).
const SEPARATOR = '\\s*(?:["\']\\s*)?(?:[:=]|%3[ADad])(?:\\s*["\'])?\\s*|\\s+';
// A value runs to a space, a quote, a list or query separator (also URL-encoded `%26` / `%22`) or a
// bracket. It never starts with `[`, so an already redacted value is left alone. The regex only checks
// that a value starts; valueEnd reads the rest, since a repeated alternation over a multi-megabyte value
// overflows the regex engine's backtracking stack.
const VALUE_START = '[^\\s"\'&,;%()<>\\[\\]{}…]|%(?!2[26])[0-9A-Fa-f]{2}';
const STOPS = /* @__PURE__ */ new Set('"\'&,;()<>[]{}…');
const SCHEME = /(?:basic|bearer|digest)\s+/iy;
const URL_ESCAPE = /%(?!2[26])[0-9A-Fa-f]{2}/y;
// A name starts a word, or follows a URL escape (`%26sign%3D…`: the `26` is not part of the name).
// `(?=(w+))\1` takes the whole word at once (no backtracking into it), then the lookbehind checks its ending.
// Made on first use: importing the module computes nothing.
let keyValue: RegExp | undefined;
const getKeyValue = () =>
  (keyValue ??= new RegExp(
    `(?<![\\w-])(?:(?<=%)[0-9A-Fa-f]{2})?(?=([\\w-]+))\\1(?<=${NAME_ENDING})(${SEPARATOR})(?=${VALUE_START})`,
    'gi',
  ));

// An authorization scheme outside a `key: value` pair. A Bearer token always goes; a `Basic` credential
// goes when it looks like one (see looksLikeCredential), so that "Basic information" stays.
const SCHEME_TOKEN = /\b(Bearer|Basic|Digest)(\s+)([\w.~+/-]+=*)/gi;

// Credentials with a shape of their own, wherever they appear. `{32}[…]*` means `{32,}`, but V8 runs the
// open-ended counted form thousands of times slower on a long run.
const SHAPED_SECRETS: readonly RegExp[] = [
  /\bWEB[0-9a-f]{32}[0-9a-f]*\b/gi, // MEXC web session tokens
  /\bmx0[A-Za-z0-9]{12}[A-Za-z0-9]*\b/g, // MEXC API access keys
  /\b[A-Fa-f0-9]{32}[A-Fa-f0-9]*\b/g, // HMAC signatures and other long hex
];

/**
 * The rule for the space-separated form (`secret s3cr3t`, `Signature verification failed`): a name
 * followed by a plain word is usually prose, so the word is only taken for a credential when it looks
 * like one: it contains a digit, or a lowercase letter followed by an uppercase one (random or camel-case
 * tokens), or one of `+ / = _` (base64, URL-safe tokens), or it is at least 16 characters long. Values
 * after `=` or `:` are always redacted.
 */
function looksLikeCredential(value: string): boolean {
  return /\d|[a-z][A-Z]|[+/=_]/.test(value) || value.length >= 16;
}

/** The end of the value that starts at `start` (the start itself when there is none). */
function valueEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '%') {
      URL_ESCAPE.lastIndex = i;
      if (!URL_ESCAPE.test(text)) break;
      i += 3;
    } else if (STOPS.has(char) || /\s/.test(char)) {
      break;
    } else {
      i++;
    }
  }
  return i;
}

/** The end of the value after a separator: an authorization scheme and its credential, or one value. */
function pairValueEnd(text: string, start: number): number {
  SCHEME.lastIndex = start;
  if (SCHEME.test(text)) {
    const end = valueEnd(text, SCHEME.lastIndex);
    if (end > SCHEME.lastIndex) return end;
  }
  return valueEnd(text, start);
}

// Every name that NAME_ENDING accepts contains one of these words (with the same `i` flag): a text without any
// of them has no pair to redact, and one quick scan spares the pair regex's work at every word.
const NAME_WORD = /key|secret|pass|token|sign|authorization|time/i;

function redactKeyValues(text: string): string {
  if (!NAME_WORD.test(text)) return text;
  let out = '';
  let copied = 0;
  const KEY_VALUE = getKeyValue();
  KEY_VALUE.lastIndex = 0;
  for (let match = KEY_VALUE.exec(text); match; match = KEY_VALUE.exec(text)) {
    const valueStart = match.index + match[0].length;
    const end = pairValueEnd(text, valueStart);
    const value = text.slice(valueStart, end);
    // Prose ("Signature verification failed"), or a `=` / `:` after a space, which belongs to the first form.
    if (match[2]!.trim() === '' && (/^(?:[=:]|%3[ad])/i.test(value) || !looksLikeCredential(value.replace(/^\S+\s+/, '')))) {
      // Look again from the value, which may itself be a name.
      KEY_VALUE.lastIndex = valueStart;
      continue;
    }
    out += `${text.slice(copied, valueStart)}${REDACTED}`;
    copied = end;
    KEY_VALUE.lastIndex = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Replaces anything shaped like a key, signature, password or token with `[redacted]`, keeping the name
 * so the text stays readable (`password=[redacted]`, `"apiSecret":"[redacted]"`, `Authorization: [redacted]`).
 *
 * Covers `apiKey`, `apiSecret`, `secret`, `secretKey`, `privateKey`, `accessKey`, `password`, `passphrase`,
 * `token`, `signature`, `sign`, `authorization`, `Request-Time` and `timestamp`, in any case or spelling
 * (camelCase, snake_case, kebab-case, upper case, with a prefix such as `x-api-key`), in the forms
 * `key=value`, `key: value`, `"key":"value"`, `'key': 'value'`, URL-encoded `key%3Dvalue%26…` and
 * `key value` (the last one only when the value looks like a credential); plus `Bearer` and `Basic`
 * credentials, MEXC access keys (`mx0…`), MEXC web tokens (`WEB…`) and long hex strings (signatures).
 * Redacting the result again changes nothing. Never throws: a text too large to scan comes back as
 * `[redacted]` as a whole.
 */
export function redactSecrets(text: string): string {
  try {
    let out = redactKeyValues(text);
    out = out.replace(SCHEME_TOKEN, (whole, scheme: string, space: string, token: string) =>
      scheme.toLowerCase() === 'bearer' || looksLikeCredential(token) ? `${scheme}${space}${REDACTED}` : whole,
    );
    for (const pattern of SHAPED_SECRETS) out = out.replace(pattern, REDACTED);
    return out;
  } catch {
    // Out of memory or stack on a text of many megabytes: nothing of it can be vouched for.
    return REDACTED;
  }
}
