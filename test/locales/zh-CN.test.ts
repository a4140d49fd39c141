import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../src/core/text/interpolate';
import zhCN from '../../src/locales/zh-CN/index';
import { ENTRIES, errorText, flatten, forms, packOf, texts } from './pack-strings';

const ZH = flatten(zhCN);
/** Each text's strings joined (a plural text's forms differ between the languages: English one/other, Chinese other). */
const joined = (pack: Parameters<typeof texts>[0]) => new Map([...texts(pack)].map(([path, text]) => [path, forms(text).join(' | ')]));
const EN_TEXTS = joined(packOf('en'));
const ZH_TEXTS = joined(zhCN);
const HAN = '\\p{Script=Han}';
const LATIN = '[A-Za-z0-9{}]';
/** Full-width punctuation the pack uses; `、` and `·` included. */
const FULL_WIDTH = '，。：；？！“”‘’（）、·';

describe('zh-CN register and wording', () => {
  it('addresses the trader as 您, never 你', () => {
    for (const [path, text] of ZH) expect(text, path).not.toMatch(/你/);
  });

  it('says 保证金, 合约账户 and 划转 for the insufficient-margin error, without the ambiguous 不足以下', () => {
    const { title, message } = zhCN.futures.balance_insufficient;
    expect(title).toBe('保证金不足');
    expect(message).toMatch(/可用保证金不足/);
    expect(message).toMatch(/合约账户/);
    expect(message).toMatch(/划转/);
    expect(message).not.toMatch(/不足以|以下/);
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
    for (const { catalog, key } of ENTRIES) {
      const { title, message } = errorText(zhCN, catalog, key)!;
      for (const form of forms(message)) expect(form, `${catalog}.${key}`).toMatch(/。$/);
      for (const form of forms(title)) {
        expect(form, `${catalog}.${key}`).not.toMatch(/[。；！]$/);
        expect([...form].length, `${catalog}.${key}`).toBeLessThanOrEqual(16);
      }
    }
  });
});

describe('zh-CN placeholders', () => {
  it('has the same texts as the English pack', () => {
    expect([...ZH_TEXTS.keys()].sort()).toEqual([...EN_TEXTS.keys()].sort());
  });

  it('keeps every {placeholder} of the English text, and no stray braces', () => {
    for (const [path, english] of EN_TEXTS) {
      const chinese = ZH_TEXTS.get(path) ?? '';
      expect(placeholdersOf(chinese), path).toEqual(placeholdersOf(english));
      expect(chinese.replace(/\{\w+\}/g, ''), path).not.toMatch(/[{}｛｝]/);
    }
  });

  it('words the order-record reasons for traders: 委托, and post-only as 只做 Maker', () => {
    expect(zhCN.order.post_only_cancel.title).toMatch(/只做 Maker/);
    expect(zhCN.order.insufficient_balance.title).toMatch(/保证金不足/);
    for (const { catalog, key } of ENTRIES.filter((entry) => entry.catalog === 'order')) {
      const { title, message } = errorText(zhCN, catalog, key)!;
      expect([...forms(title), ...forms(message)].join(' '), key).toMatch(/委托|仓位/);
    }
  });
});
