/** Longest server text the kit keeps, in characters. */
export const MAX_SERVER_MESSAGE_LENGTH = 500;

// Only the head of a huge body is worth reading; it also bounds the regex work on 1 MB inputs.
const MAX_SCANNED_LENGTH = 20_000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

// Keys, signatures and bearer tokens must never reach the UI even when a server or proxy echoes them.
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(api[-_]?key|apikey|secret[-_]?key|secret|signature|sign|token|authorization|passphrase)\b(\s*["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi,
  /\bBearer\s+[\w.~+/-]+=*/gi,
  /\bmx0[A-Za-z0-9]{12,}\b/g,
  /\b[A-Fa-f0-9]{32,}\b/g,
];

function looksLikeHtml(text: string): boolean {
  return /<(!doctype\b|!--|\/?[a-z][\w-]*(\s[^<>]*)?\/?>)/i.test(text);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,6}|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#') && lower !== '#39') return safeCodePoint(Number.parseInt(lower.slice(1), 10)) ?? whole;
    return ENTITIES[lower] ?? whole;
  });
}

function safeCodePoint(value: number): string | undefined {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

function htmlToText(html: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  if (title && title.trim()) return title;
  return html
    .replace(/<(script|style)\b[^>]*>[^]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[^]*?-->/g, ' ')
    .replace(/<[^<>]*>/g, ' ');
}

/** Replaces anything shaped like a key, signature or token with `[redacted]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (_match, name?: string, separator?: string) =>
      typeof name === 'string' && typeof separator === 'string' ? `${name}${separator}[redacted]` : '[redacted]',
    );
  }
  return out;
}

/**
 * Turns server text (plain, JSON-ish or an HTML error page) into one short line of plain text:
 * markup stripped, entities decoded, control and bidi-override characters removed, whitespace
 * collapsed, secrets redacted, at most {@link MAX_SERVER_MESSAGE_LENGTH} characters.
 * Returns `undefined` when nothing readable is left.
 */
export function toPlainServerText(raw: string): string | undefined {
  let text = raw.length > MAX_SCANNED_LENGTH ? raw.slice(0, MAX_SCANNED_LENGTH) : raw;
  if (looksLikeHtml(text)) text = htmlToText(text);
  text = decodeEntities(text)
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  text = redactSecrets(text);
  if (!text) return undefined;
  if (text.length <= MAX_SERVER_MESSAGE_LENGTH) return text;
  // Cut on a code point boundary so a surrogate pair is never split.
  const chars = Array.from(text.slice(0, MAX_SERVER_MESSAGE_LENGTH));
  return `${chars.slice(0, MAX_SERVER_MESSAGE_LENGTH - 1).join('').trimEnd()}…`;
}
