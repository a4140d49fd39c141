import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import seed from '../fixtures/mexc-contract-error-codes.json';
import { apiErrorCatalog, apiErrorFallbacks, findApiErrorDefinition } from '../../src/core/index';

const official = apiErrorCatalog.filter((entry) => entry.official);
const ACTIONS = new Set([
  'transfer_funds',
  'deposit',
  'reduce_size',
  'lower_leverage',
  'renew_api_key',
  'check_api_key',
  'whitelist_ip',
  'enable_permission',
  'sync_clock',
  'retry',
  'retry_later',
  'refresh',
  'cancel_open_orders',
  'adjust_price',
  'adjust_quantity',
  'adjust_leverage',
  'edit_order',
  'choose_contract',
  'open_futures_account',
  'adjust_margin',
  'split_batch',
  'contact_support',
  'check_connection',
]);

describe('catalog', () => {
  it('holds exactly the codes of MEXC’s official table, in its order, with the official English text', () => {
    expect(official.map(({ code, doc }) => ({ code, description: doc }))).toEqual(seed);
    expect(official).toHaveLength(72);
  });

  it('uses the same seed as the shared domain folder, when that folder is next to the project', () => {
    const shared = resolve(import.meta.dirname, '../../../shared/seed/mexc-contract-error-codes.json');
    if (!existsSync(shared)) return;
    expect(JSON.parse(readFileSync(shared, 'utf8'))).toEqual(seed);
  });

  it('knows the codes met in the wild outside the table', () => {
    for (const code of [2040, 2041, 503, 504, 604, 801]) {
      expect(findApiErrorDefinition(code)).toMatchObject({ code, official: false });
    }
  });

  it('gives every code a unique slug key, and every failure at least one known action', () => {
    const keys = [...apiErrorCatalog, ...Object.values(apiErrorFallbacks)].map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of [...apiErrorCatalog, ...Object.values(apiErrorFallbacks)]) {
      expect(entry.key).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
      for (const action of entry.actions) expect(ACTIONS).toContain(action);
      if (entry.category !== 'success') expect(entry.actions.length, entry.key).toBeGreaterThan(0);
    }
  });

  it('follows the domain rules for categories, severities and retries', () => {
    const rule = (code: number) => findApiErrorDefinition(code)!;
    expect(rule(2005)).toMatchObject({ key: 'balance_insufficient', category: 'balance', retry: 'never' });
    expect(rule(2005).actions.slice(0, 2)).toEqual(['transfer_funds', 'reduce_size']);
    expect(rule(513)).toMatchObject({ category: 'clock', retry: 'after_clock_sync', actions: ['sync_clock'] });
    expect(rule(510)).toMatchObject({ category: 'rate_limit', retry: 'backoff' });
    expect(rule(2037)).toMatchObject({ category: 'rate_limit', retry: 'backoff' });
    expect(rule(500).retry).toBe('check_state_first');
    expect(rule(603).retry).toBe('check_state_first');
    expect(rule(402).actions).toContain('renew_api_key');
    expect(rule(406).actions).toContain('whitelist_ip');
    for (const code of [701, 702, 703, 704]) expect(rule(code)).toMatchObject({ category: 'permission', actions: ['enable_permission'] });
    expect(rule(1000).actions).toEqual(['open_futures_account']);
    expect(rule(0)).toMatchObject({ category: 'success', severity: 'info', actions: [] });
  });

  it('returns undefined for a code it does not know', () => {
    expect(findApiErrorDefinition(8817)).toBeUndefined();
  });
});
