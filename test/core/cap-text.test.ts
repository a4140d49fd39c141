import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS, capText } from '../../src/core/text/cap-text';

describe('capText', () => {
  it('leaves a text that fits alone', () => {
    expect(capText('Not enough margin', TEXT_LIMITS.title)).toBe('Not enough margin');
    expect(capText('x'.repeat(200), 200)).toBe('x'.repeat(200));
  });

  it('cuts a 1 MB unbroken word to the limit, ellipsis included', () => {
    const capped = capText('A'.repeat(1_000_000), TEXT_LIMITS.title);
    expect(capped).toHaveLength(200);
    expect(capped.endsWith('…')).toBe(true);
    expect(capped.slice(0, -1)).toBe('A'.repeat(199));
  });

  it('never cuts inside a grapheme: emoji sequences, surrogate pairs, accents', () => {
    const family = '👨‍👩‍👧‍👦'; // 11 code units, one grapheme
    const capped = capText(family.repeat(50), 100);
    expect(capped.length).toBeLessThanOrEqual(100);
    expect(capped.slice(0, -1)).toBe(family.repeat(9));
    const accented = 'e\u0301'.repeat(300); // é as e + combining acute
    expect(capText(accented, 11).slice(0, -1)).toBe('e\u0301'.repeat(5));
    const astral = '𝐀'.repeat(300);
    expect(capText(astral, 10)).toBe(`${'𝐀'.repeat(4)}…`);
  });

  it('drops trailing spaces before the ellipsis', () => {
    expect(capText('word '.repeat(100), 11)).toBe('word word…');
  });
});
