// htmlToText is written as linear scans (issue 9: the regexes it replaces were quadratic on unclosed repeats of
// `<!--` or `<script>`). It must give exactly what those regexes gave, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/errors/html-text';

/** The regex version this replaced, kept as the reference. */
function reference(html: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  if (title && title.trim()) return title;
  return html
    .replace(/<(script|style)\b[^>]*>[^]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[^]*?-->/g, ' ')
    .replace(/<[^<>]*>/g, ' ');
}

const piece = fc.constantFrom(
  '<',
  '>',
  '<!--',
  '-->',
  '--',
  '-',
  '!',
  '<script>',
  '<SCRIPT type="x">',
  '<script',
  'script',
  '</script>',
  '</SCRIPT >',
  '</script',
  '<style>',
  '<Style media=a>',
  '</style>',
  '</style\n>',
  '<scripts>',
  '<script-x>',
  '<title>',
  '<TITLE lang=en>',
  '</title>',
  '</Title>',
  '<title',
  '<p>',
  '</p>',
  '<b class="x">',
  'x',
  'Error 502',
  ' ',
  '\n',
  '&lt;',
  '/',
);
const html = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('htmlToText', () => {
  it('gives what the regexes it replaces gave, on text made of markup fragments', () => {
    fc.assert(
      fc.property(html, (text) => {
        expect(htmlToText(text)).toBe(reference(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives what the regexes gave on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('<', '>', '!', '-', '/', 's', 'c', 'r', 'i', 'p', 't', 'y', 'l', 'e', ' ') }),
        (text) => {
          expect(htmlToText(text)).toBe(reference(text));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('keeps fixed cases', () => {
    const cases = [
      '<html><head><title>502 Bad Gateway</title></head></html>',
      '<title> </title><p>Blocked</p>',
      '<script>a</script><style>b</style>x<!-- c -->y',
      '<script>a<style>b</style>c</script>d',
      '<style><script>a</style></script>b',
      '<!--<!--x-->y-->',
      '<!---->a<!-->b-->',
      '<script><script>a</script>',
      '<script>'.repeat(50),
      '<!--'.repeat(50),
      '<title<title>x</title>',
    ];
    for (const text of cases) expect(htmlToText(text)).toBe(reference(text));
  });
});
