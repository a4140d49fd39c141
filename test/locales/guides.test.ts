// Every translated locale follows its writing guide (test/locales/guides/<tag>.ts): one term per futures concept
// wherever English names it, no ruled-out synonym or informal register, the language's own alphabet, and nothing
// left in English beyond a short, explained allow-list.
import { describe, expect, it } from 'vitest';
import { CODE_WORDS, REQUIRED_CONCEPTS, type LocaleGuide } from './guide';
import { flatten, forms, LOCALES, packOf, texts, ENTRIES, errorText } from './pack-strings';

const modules = import.meta.glob<{ default: LocaleGuide }>('./guides/*.ts', { eager: true });
const GUIDES = new Map(Object.entries(modules).map(([path, module]) => [/guides\/([^/]+)\.ts$/.exec(path)![1]!, module.default]));
const TRANSLATED = LOCALES.filter((tag) => tag !== 'en');
/** Each text's strings joined, so that a rule sees every plural form. */
const joined = (tag: string) => new Map([...texts(packOf(tag))].map(([path, text]) => [path, forms(text).join(' | ')]));
const EN_TEXTS = joined('en');
const EN_FLAT = flatten(packOf('en'));
const ALWAYS_SAME = new Set(['ui.repeatCount']);

/** The letters of a string once placeholders and the locale's code words are taken out. */
function lettersOf(text: string, guide: LocaleGuide): string[] {
  const words = [...CODE_WORDS, ...(guide.codeWords ?? [])].sort((a, b) => b.length - a.length);
  // a code word stands alone among Latin letters; a particle or suffix in the language's own script may touch it
  // (Korean MEXC가, Japanese APIキー)
  const kept = text.replace(/\{\w+\}/g, ' ').replace(new RegExp(`(?<![A-Za-z])(?:${words.join('|')})(?![A-Za-z])`, 'g'), ' ');
  return [...kept].filter((char) => /\p{L}/u.test(char));
}

it('every translated locale has a writing guide, and every guide a shipped locale', () => {
  expect([...GUIDES.keys()].sort()).toEqual(TRANSLATED);
});

describe.each(TRANSLATED)('%s follows its guide', (tag) => {
  const guide = GUIDES.get(tag)!;
  const local = joined(tag);
  const flat = flatten(packOf(tag));

  it('has a glossary term for each concept every glossary names', () => {
    for (const concept of REQUIRED_CONCEPTS)
      expect(
        guide.glossary.some((rule) => rule.en.test(concept)),
        concept,
      ).toBe(true);
  });

  it('uses the glossary term wherever the English text names the concept', () => {
    const misses: string[] = [];
    for (const [path, english] of EN_TEXTS) {
      const text = local.get(path) ?? '';
      for (const rule of guide.glossary) {
        if (rule.en.test(english) && !rule.local.test(text)) misses.push(`${path}: “${english}” needs ${rule.term} in “${text}”`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('never uses a wording its guide rules out (synonyms, informal register)', () => {
    const found: string[] = [];
    for (const [path, text] of flat) {
      for (const { pattern, use } of guide.forbidden)
        if (pattern.test(text)) found.push(`${path}: “${text}” matches ${pattern}, use ${use}`);
    }
    expect(found).toEqual([]);
  });

  it('writes in its own alphabet', () => {
    const strangers: string[] = [];
    for (const [path, text] of flat) {
      const foreign = lettersOf(text, guide).filter((letter) => !guide.alphabet.test(letter));
      if (foreign.length > 0) strangers.push(`${path}: ${[...new Set(foreign)].join('')} in “${text}”`);
    }
    expect(strangers).toEqual([]);
  });

  it.runIf(guide.distinctive)('spells with the letters only its language has', () => {
    const messages = ENTRIES.flatMap(({ catalog, key }) => forms(errorText(packOf(tag), catalog, key)!.message));
    const using = messages.filter((message) => guide.distinctive!.test(message));
    expect(using.length).toBeGreaterThanOrEqual(Math.ceil(messages.length / 4));
  });

  it('leaves nothing in English but an explained, short allow-list', () => {
    const allowed = { ...guide.sameAsEnglish };
    expect(Object.keys(allowed).length).toBeLessThanOrEqual(3);
    const same = [...flat].filter(([path, text]) => text === EN_FLAT.get(path) && !ALWAYS_SAME.has(path) && !(path in allowed));
    expect(same.map(([path]) => path)).toEqual([]);
  });
});
