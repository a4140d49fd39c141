import { decodeEntities, htmlToText, looksLikeHtml } from './html-text.js';
import { redactSecrets } from './redact.js';

/** Longest server text the kit keeps, in characters. */
export const MAX_SERVER_MESSAGE_LENGTH = 500;

// Only the head of a huge body is worth reading; it also bounds the regex work on 1 MB inputs.
const MAX_SCANNED_LENGTH = 20_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function cleanOnce(text: string): string {
  const plain = (looksLikeHtml(text) ? decodeEntities(htmlToText(text)) : text).replace(LONE_SURROGATE, '\uFFFD');
  return redactSecrets(
    plain
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Cuts to at most `max` UTF-16 units including the ellipsis, never inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Turns server text (plain, JSON-ish or an HTML error page) into one short line of plain text:
 * markup stripped and entities decoded for HTML, control and bidi-override characters removed,
 * whitespace collapsed, secrets redacted, at most {@link MAX_SERVER_MESSAGE_LENGTH} characters.
 * Cleaning the result again changes nothing. Returns `undefined` when nothing readable is left.
 */
export function toPlainServerText(raw: string): string | undefined {
  let text = raw.length > MAX_SCANNED_LENGTH ? raw.slice(0, MAX_SCANNED_LENGTH) : raw;
  // Decoded entities can form new markup ("&lt;b&gt;"): clean until nothing changes.
  for (let pass = 0; pass < 4; pass++) {
    const next = cleanOnce(text);
    if (next === text) break;
    text = next;
  }
  // The cut can end a run of hex digits at a word boundary, so redact again afterwards.
  return text ? redactSecrets(cut(text, MAX_SERVER_MESSAGE_LENGTH)) : undefined;
}
