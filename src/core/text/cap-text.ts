/**
 * Longest texts the kit puts on screen, in UTF-16 code units, ellipsis included. App-supplied texts
 * (titles, messages, `values`, a `t` function's results, overrides) are cut to these, so a runaway
 * string cannot freeze the page's layout. Server text has its own, smaller cap (500).
 */
export const TEXT_LIMITS = { title: 200, message: 1000, value: 200, label: 200 } as const;

const ELLIPSIS = '…';

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
let graphemes: Segmenter | null | undefined;

function graphemeSegmenter(): Segmenter | null {
  if (graphemes === undefined) {
    try {
      const Ctor = (Intl as unknown as { Segmenter?: new (locale?: string, options?: object) => Segmenter }).Segmenter;
      graphemes = Ctor ? new Ctor(undefined, { granularity: 'grapheme' }) : null;
    } catch {
      graphemes = null;
    }
  }
  return graphemes;
}

/**
 * `text` unchanged when it fits in `max` code units; otherwise its head, cut at a grapheme boundary
 * (never inside an emoji, a surrogate pair or a base letter with its accents), plus `…`. The work is
 * bounded by `max`, not by the length of `text`.
 *
 * @example capText('A'.repeat(1_000_000), 200).length // 200
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const budget = Math.max(0, max - ELLIPSIS.length);
  // Boundaries before `budget` do not depend on what follows far beyond it: segment a bounded head only.
  const head = text.slice(0, budget + 32);
  const segmenter = graphemeSegmenter();
  let out = '';
  for (const piece of segmenter ? segmenter.segment(head) : toCodePoints(head)) {
    const unit = typeof piece === 'string' ? piece : piece.segment;
    if (out.length + unit.length > budget) break;
    out += unit;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

function* toCodePoints(text: string): Iterable<string> {
  yield* text;
}
