// An HTML error page (a proxy's 502, a WAF block page) turned into its readable text.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Whether the text carries markup (an HTML error page, tags in a message). */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype\b|!--|\/?[a-z][\w-]*(\s[^<>]*)?\/?>)/i.test(text);
}

/** Decodes the named entities error pages use and numeric ones (invalid code points left as written). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,6}|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#') && lower !== '#39') return safeCodePoint(Number.parseInt(lower.slice(1), 10)) ?? whole;
    return ENTITIES[lower] ?? whole;
  });
}

function safeCodePoint(value: number): string | undefined {
  const valid = Number.isInteger(value) && value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff);
  return valid ? String.fromCodePoint(value) : undefined;
}

// The markup of an error page is removed in three steps, each the equivalent of one regex replacement, written
// as scans so that unclosed repeats (`<!--<!--…`, `<script><script>…`) cost linear time, not quadratic:
//   1. /<(script|style)\b[^>]*>[^]*?<\/\1\s*>/gi → ' '   (a script or style element with its content)
//   2. /<!--[^]*?-->/g → ' '                                (a comment)
//   3. /<[^<>]*>/g → ' '                                    (any other tag; already linear as a regex)
// The title, when it has text, stands for the whole page: /<title[^>]*>([^<]*)<\/title>/i.

const TITLE_OPEN = /<title/gi;
const TITLE_CLOSE = /<\/title>/iy;
const ELEMENT_OPEN = /<(script|style)\b/gi;
const SCRIPT_OPEN = /<(script)\b/gi;
const STYLE_OPEN = /<(style)\b/gi;
const ELEMENT_CLOSE: Readonly<Record<string, RegExp>> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/** `text.indexOf(char, from)`, remembering the last answer: the scans ask with growing `from`, so each is linear. */
function finder(text: string, char: string): (from: number) => number {
  let found = -2;
  let askedFrom = 0;
  return (from) => {
    if (from >= askedFrom && (found === -1 || found >= from)) return found;
    askedFrom = from;
    found = text.indexOf(char, from);
    return found;
  };
}

function pageTitle(html: string): string | undefined {
  const gt = finder(html, '>');
  const lt = finder(html, '<');
  TITLE_OPEN.lastIndex = 0;
  for (let match = TITLE_OPEN.exec(html); match; match = TITLE_OPEN.exec(html)) {
    const end = gt(TITLE_OPEN.lastIndex);
    if (end < 0) return undefined; // no `>` after this opener, so none after any later one
    const close = lt(end + 1);
    if (close < 0) return undefined;
    TITLE_CLOSE.lastIndex = close;
    if (TITLE_CLOSE.test(html)) return html.slice(end + 1, close);
    TITLE_OPEN.lastIndex = match.index + 1;
  }
  return undefined;
}

function withoutElements(html: string): string {
  const gt = finder(html, '>');
  let opener = ELEMENT_OPEN;
  let out = '';
  let copied = 0;
  opener.lastIndex = 0;
  for (let match = opener.exec(html); match; match = opener.exec(html)) {
    const name = match[1]!.toLowerCase();
    const end = gt(opener.lastIndex);
    if (end < 0) break; // no `>` after this opener, so none after any later one
    const close = ELEMENT_CLOSE[name]!;
    close.lastIndex = end + 1;
    if (close.exec(html)) {
      out += `${html.slice(copied, match.index)} `;
      copied = close.lastIndex;
      opener.lastIndex = copied;
      continue;
    }
    // No closing tag of this name is left, so no later opener of it can match: look for the other name only.
    if (opener !== ELEMENT_OPEN) break;
    const from = match.index + 1;
    opener = name === 'script' ? STYLE_OPEN : SCRIPT_OPEN;
    opener.lastIndex = from;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

function withoutComments(html: string): string {
  let out = '';
  let copied = 0;
  for (let start = html.indexOf('<!--'); start >= 0; start = html.indexOf('<!--', copied)) {
    const end = html.indexOf('-->', start + 4);
    if (end < 0) break; // no `-->` after this comment, so none after any later one
    out += `${html.slice(copied, start)} `;
    copied = end + 3;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/** The page's title when it has text, else the page with its tags, comments, scripts and styles removed. */
export function htmlToText(html: string): string {
  const title = pageTitle(html);
  if (title && title.trim()) return title;
  return withoutComments(withoutElements(html)).replace(/<[^<>]*>/g, ' ');
}
