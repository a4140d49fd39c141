import { describe, expect, it } from 'vitest';
import { apiErrorCatalog, apiErrorFallbacks, placeholdersOf } from '../../src/core/index';
import { en } from '../../src/locales/en';
import { zhCN } from '../../src/locales/zh-CN';
import { zhCNForbidden, zhCNGlossary } from './glossary.zh-CN';
import { ERROR_KEYS, flatten } from './pack-strings';

const EN = flatten(en);
const ZH = flatten(zhCN);
const HAN = '\\p{Script=Han}';
const LATIN = '[A-Za-z0-9{}]';
/** Full-width punctuation the pack uses; `、` and `·` included. */
const FULL_WIDTH = '，。：；？！“”‘’（）、·';

describe('zh-CN register and wording', () => {
  it('addresses the trader as 您, never 你', () => {
    for (const [path, text] of ZH) expect(text, path).not.toMatch(/你/);
  });

  it('keeps one term per concept (no synonyms the glossary rules out)', () => {
    for (const [path, text] of ZH) {
      for (const { pattern, use } of zhCNForbidden) expect(text, `${path}: use ${use}`).not.toMatch(pattern);
    }
  });

  it('uses the glossary term wherever the English string names the concept', () => {
    const misses: string[] = [];
    for (const [path, english] of EN) {
      const chinese = ZH.get(path) ?? '';
      for (const rule of zhCNGlossary) {
        if (rule.en.test(english) && !rule.zh.test(chinese)) misses.push(`${path}: “${english}” needs ${rule.term} in “${chinese}”`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('says 保证金, 合约账户 and 划转 for the insufficient-margin error, without the ambiguous 不足以下', () => {
    const { title, message } = zhCN.balance_insufficient;
    expect(title).toBe('保证金不足');
    expect(message).toMatch(/可用保证金不足/);
    expect(message).toMatch(/合约账户/);
    expect(message).toMatch(/划转/);
    expect(message).not.toMatch(/不足以|以下/);
  });

  it('tells the trader to check the orders before resending wherever the order may already have gone through', () => {
    const checkFirst = [...apiErrorCatalog, ...Object.values(apiErrorFallbacks)].filter((entry) => entry.retry === 'check_state_first');
    expect(checkFirst.length).toBeGreaterThan(0);
    for (const { key } of checkFirst) {
      const { message } = zhCN[key];
      expect(message, key).toMatch(/(?:刷新|查看)委托/);
      expect(message, key).toMatch(/确认/);
      // the check comes before any suggestion to send it again
      const check = message.search(/(?:刷新|查看)委托/);
      const resend = message.search(/重试|重新提交/);
      if (resend !== -1) expect(check, key).toBeLessThan(resend);
    }
  });

  it('labels the split-batch action for every batch it serves (submit, cancel, query), not only submitting', () => {
    expect(zhCN.actions.split_batch).not.toMatch(/提交|撤单|查询/);
  });
});

describe('zh-CN typography', () => {
  it('uses full-width punctuation, never ASCII , . : ; ? ! ( ) " \'', () => {
    for (const [path, text] of ZH) expect(text, path).not.toMatch(/[,.:;?!()"']/);
  });

  it('puts one half-width space between Chinese and Latin letters, digits or placeholders', () => {
    for (const [path, text] of ZH) {
      expect(text, path).not.toMatch(new RegExp(`${HAN}${LATIN}|${LATIN}${HAN}`, 'u'));
      expect(text, path).not.toMatch(new RegExp(`${HAN}\\s{2,}${LATIN}|${LATIN}\\s{2,}${HAN}`, 'u'));
    }
  });

  it('puts no space next to full-width punctuation and none at either end', () => {
    for (const [path, text] of ZH) {
      expect(text, path).not.toMatch(new RegExp(`\\s[${FULL_WIDTH}]|[${FULL_WIDTH}]\\s`, 'u'));
      expect(text, path).toBe(text.trim());
    }
  });

  it('pairs its quotation marks and brackets', () => {
    for (const [path, text] of ZH) {
      expect(text.split('“').length, path).toBe(text.split('”').length);
      expect(text.split('（').length, path).toBe(text.split('）').length);
    }
  });

  it('ends every message with 。 and keeps titles as short headlines without a closing stop', () => {
    for (const key of ERROR_KEYS) {
      const { title, message } = zhCN[key];
      expect(message, key).toMatch(/。$/);
      expect(title, key).not.toMatch(/[。；！]$/);
      expect([...title].length, key).toBeLessThanOrEqual(16);
    }
  });
});

describe('zh-CN placeholders', () => {
  it('has the same strings as the English pack', () => {
    expect([...ZH.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  it('keeps every {placeholder} of the English string, and no stray braces', () => {
    for (const [path, english] of EN) {
      const chinese = ZH.get(path) ?? '';
      expect(placeholdersOf(chinese), path).toEqual(placeholdersOf(english));
      expect(chinese.replace(/\{\w+\}/g, ''), path).not.toMatch(/[{}｛｝]/);
    }
  });
});
