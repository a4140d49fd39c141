// The message lookup behind every text: the app's t, then the packs and overrides along the locale chain,
// later layers first, then the built-in English texts.
import { describe, expect, it } from 'vitest';
import { createMessageLookup } from '../../src/core/text/lookup';
import zhCN from '../../src/locales/zh-CN/index';

describe('createMessageLookup', () => {
  it('looks up UI strings and action labels in the requested locale', () => {
    const lookup = createMessageLookup({ locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect(lookup.locale).toBe('zh-CN');
    expect(lookup.ui('codeBadge', { code: '2005' })).toBe((zhCN.ui.codeBadge as string).replace('{code}', '2005'));
    expect(lookup.action('deposit')).toBe(zhCN.actions.deposit);
  });

  it('speaks built-in English without any pack, and for a locale it has no texts for', () => {
    expect(createMessageLookup().ui('dismiss')).toBe('Dismiss');
    expect(createMessageLookup().action('transfer_funds')).toBe('Transfer funds');
    expect(createMessageLookup({ locale: 'fr' }).ui('dismiss')).toBe('Dismiss');
  });

  it('lets a later layer win, field by field, and falls back along the chain', () => {
    const lookup = createMessageLookup({
      locale: 'zh-TW',
      messages: [{ 'zh-CN': zhCN }, { 'zh-CN': { actions: { deposit: '去充值' } } }],
    });
    expect(lookup.action('deposit')).toBe('去充值');
    expect(lookup.action('transfer_funds')).toBe(zhCN.actions.transfer_funds);
    expect(lookup.find([['ui', 'dismiss']], 'mexc.ui.dismiss', {})).toEqual({ text: zhCN.ui.dismiss, locale: 'zh-CN' });
  });

  it('asks the app’s t first and skips answers that are empty or the key itself', () => {
    const t = (key: string) => (key === 'mexc.ui.dismiss' ? 'Close' : key === 'mexc.action.deposit' ? '' : key);
    const lookup = createMessageLookup({ t });
    expect(lookup.ui('dismiss')).toBe('Close');
    expect(lookup.action('deposit')).toBe('Deposit');
    expect(lookup.ui('details')).toBe('Details');
  });

  it('never throws on malformed messages: the built-in texts stay', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(createMessageLookup({ messages: hostile as never }).ui('dismiss')).toBe('Dismiss');
    expect(createMessageLookup({ messages: 42 as never, locale: 7 as never }).ui('dismiss')).toBe('Dismiss');
  });

  it('reads a messages object once: reused, it gives the same texts in any locale; a new object is read anew', () => {
    const messages = { 'zh-CN': zhCN, fr: { actions: { deposit: 'Déposer' } } };
    for (let i = 0; i < 3; i++) {
      expect(createMessageLookup({ locale: 'zh-CN', messages }).action('deposit')).toBe(zhCN.actions.deposit);
      expect(createMessageLookup({ locale: 'fr-CA', messages }).action('deposit')).toBe('Déposer');
      expect(createMessageLookup({ locale: 'de', messages }).action('deposit')).toBe('Deposit');
    }
    // The texts inside a pack are read on every lookup; a new messages object is read again.
    const fr = { actions: { deposit: 'Déposer' } };
    const layer = { fr };
    expect(createMessageLookup({ locale: 'fr', messages: [layer] }).action('deposit')).toBe('Déposer');
    fr.actions.deposit = 'Verser';
    expect(createMessageLookup({ locale: 'fr', messages: [layer] }).action('deposit')).toBe('Verser');
    expect(
      createMessageLookup({ locale: 'de', messages: { ...messages, de: { actions: { deposit: 'Einzahlen' } } } }).action('deposit'),
    ).toBe('Einzahlen');
  });

  it('costs the same with 1,000 locales loaded: their tags are read once per messages object', () => {
    let reads = 0;
    const tags = Array.from(
      { length: 1000 },
      (_, i) =>
        `q${i
          .toString(36)
          .padStart(3, 'a')
          .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`,
    );
    const target = Object.fromEntries(tags.map((tag) => [tag, { actions: { deposit: tag } }]));
    const messages = new Proxy(target, {
      ownKeys(object) {
        reads++;
        return Reflect.ownKeys(object);
      },
    });
    for (let i = 0; i < 100; i++) createMessageLookup({ locale: 'en', messages }).action('deposit');
    expect(reads).toBe(1);
  });

  it('never crashes on a Proxy whose getters throw, however often it is passed', () => {
    const throwing = new Proxy({ 'zh-CN': zhCN } as object, {
      get() {
        throw new Error('no get');
      },
    });
    for (let i = 0; i < 3; i++) {
      expect(createMessageLookup({ locale: 'zh-CN', messages: throwing as never }).action('deposit')).toBe('Deposit');
      expect(createMessageLookup({ locale: 'zh-CN', messages: [throwing] as never }).ui('dismiss')).toBe('Dismiss');
    }
  });
});
