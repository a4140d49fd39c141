// The shape of a locale's writing guide (`test/locales/guides/<tag>.ts`): the glossary a translator keeps and the
// rules `guides.test.ts` checks for every shipped locale. Not a test file itself.

/** One futures concept: the English wording that names it and the one term the locale uses for it. */
export interface GlossaryRule {
  /** The locale's term, as written in the pack (shown when a text misses it). */
  term: string;
  /** Matches an English string that names the concept. */
  en: RegExp;
  /** Matches a string of the locale that uses the term (any inflected form, hence a pattern). */
  local: RegExp;
}

/** A locale's glossary, register and script, as the tests enforce them. */
export interface LocaleGuide {
  /**
   * Every letter of every string, once placeholders and the code words below are taken out, matches this
   * (the language's alphabet: a script, or Latin with the language's own diacritics).
   */
  alphabet: RegExp;
  /**
   * Matches a message that tells the trader to check (refresh) the orders before sending again, in that order,
   * in the language's own construction ("refresh …, then retry", "before sending it again, refresh …"). Every
   * failure whose order may already have gone through (retry `check_state_first`) says so.
   */
  checkFirst: RegExp;
  /** Letters only this language's spelling has; at least a quarter of the error messages use one. */
  distinctive?: RegExp;
  /** Latin words the locale keeps as they are (beyond {@link CODE_WORDS}). */
  codeWords?: readonly string[];
  /** One term per concept. */
  glossary: readonly GlossaryRule[];
  /** Wordings the pack never uses (synonyms of a glossary term, the informal register), with what to use instead. */
  forbidden: readonly { pattern: RegExp; use: string }[];
  /** Paths (`ui.repeatCount`) whose text may equal English, with why; `ui.repeatCount` is allowed everywhere. */
  sameAsEnglish?: Readonly<Record<string, string>>;
}

/** The concepts every glossary names (the list), as English samples its rules must match. */
export const REQUIRED_CONCEPTS = [
  'margin',
  'leverage',
  'position',
  'contract',
  'futures account',
  'API key',
  'liquidation price',
  'isolated',
  'cross',
  'post-only',
  'auto-deleveraging (ADL)',
] as const;

/** Latin words any locale may keep. */
export const CODE_WORDS = ['MEXC', 'API', 'IP', 'ID', 'UID', 'ADL', 'USDT', 'TP', 'SL', 'HTTP', 'VPN', 'IOC', 'FOK', 'GTC'] as const;
