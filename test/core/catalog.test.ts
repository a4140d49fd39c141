// The catalogs as data: every futures code of MEXC's official table (checked against the seed copied into
// test/fixtures, and that copy against the shared seed when the shared folder is next to the project), the
// codes met in the wild, the 22 order-record reasons, and the domain rules of categories, retries and actions.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getApiErrorDefinition, listApiErrorCatalogs, normalizeApiError, type ApiErrorCatalog } from '../../src/core/index';
import en from '../../src/locales/en/index';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures');
const SHARED = resolve(ROOT, '../shared');
const SEED_FILES = ['mexc-contract-error-codes.json', 'mexc-contract-error-codes.zh-CN.json'];
/** Codes real servers send that MEXC's table does not list (shared domain notes). */
const WILD_CODES = [2040, 2041, 503, 504, 604, 801, 8817];
/** MEXC's order-record reasons, as shared/domain/order-reject-reasons.md lists them (code, MEXC's name). */
const ORDER_REASONS: readonly (readonly [number, string])[] = [
  [0, 'normal'],
  [1, 'param_invalid'],
  [2, 'insufficient_balance'],
  [3, 'position_not_exists'],
  [4, 'position_not_enough'],
  [5, 'position_liq'],
  [6, 'order_liq'],
  [7, 'risk_level_limit'],
  [8, 'sys_cancel'],
  [9, 'position_mode_not_match'],
  [10, 'reduce_only_liq'],
  [11, 'contract_not_enable'],
  [12, 'delivery_cancel'],
  [13, 'position_liq_cancel'],
  [14, 'adl_cancel'],
  [15, 'black_user_cancel'],
  [16, 'settle_funding_cancel'],
  [17, 'position_im_change_cancel'],
  [18, 'ioc_cancel'],
  [19, 'fok_cancel'],
  [20, 'post_only_cancel'],
  [21, 'market_cancel'],
];

interface SeedRow {
  code: number;
  description: string;
}

/** A seed file; throws (and so fails the test) when it is missing or is not JSON. */
function readSeed(dir: string, file: string): SeedRow[] {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as SeedRow[];
}

function catalog(id: string): ApiErrorCatalog {
  const found = listApiErrorCatalogs().find((each) => each.id === id);
  if (!found) throw new Error(`no catalog ${id}`);
  return found;
}

/** What the kit knows about a futures code, as an app would ask. */
const rule = (code: number, message?: string) => getApiErrorDefinition(normalizeApiError({ success: false, code, message }));

describe('catalogs', () => {
  it('are futures, order and general, each entry naming its own catalog', () => {
    const catalogs = listApiErrorCatalogs();
    expect(catalogs.map((each) => each.id).sort()).toEqual(['futures', 'general', 'order']);
    for (const { id, entries, variants } of catalogs) {
      for (const entry of [...entries, ...variants]) expect(entry.catalog, `${id} ${entry.key}`).toBe(id);
    }
  });

  it('give every code one entry with a unique slug key, and every failure at least one action the UI can label', () => {
    const labelled = new Set(Object.keys(en.actions));
    for (const { id, entries } of listApiErrorCatalogs()) {
      const keys = entries.map((entry) => entry.key);
      expect(new Set(keys).size, id).toBe(keys.length);
      if (id !== 'general') expect(new Set(entries.map((entry) => entry.code)).size, id).toBe(entries.length);
      for (const entry of entries) {
        expect(entry.key).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
        for (const action of entry.actions) expect(labelled, `${id} ${entry.key}`).toContain(action);
        if (entry.category !== 'success' && entry.key !== 'normal') expect(entry.actions.length, `${id} ${entry.key}`).toBeGreaterThan(0);
      }
    }
  });

  it('keep the general entries codeless (-1): they are chosen by source and HTTP status', () => {
    expect(catalog('general').entries.every((entry) => entry.code === -1)).toBe(true);
    expect(getApiErrorDefinition(normalizeApiError('', { httpStatus: 502 })).key).toBe('http_server_error');
    expect(getApiErrorDefinition(normalizeApiError('', { httpStatus: 404 })).key).toBe('http_error');
    expect(getApiErrorDefinition(normalizeApiError(new TypeError('Failed to fetch'))).key).toBe('network_error');
    expect(getApiErrorDefinition(normalizeApiError({ code: 424242 }))).toMatchObject({ catalog: 'general', key: 'unknown_code' });
    // An order-record reason MEXC may add later is unknown too, not read as a futures code.
    expect(getApiErrorDefinition(normalizeApiError({ state: 4, errorCode: 99 }))).toMatchObject({ key: 'unknown_code' });
  });
});

describe('futures catalog vs MEXC’s official table', () => {
  const seed = readSeed(FIXTURES, SEED_FILES[0]!);

  it('starts with exactly the codes of the official table, in its order, then the codes met in the wild', () => {
    expect(seed).toHaveLength(72);
    const codes = catalog('futures').entries.map((entry) => entry.code);
    expect(codes.slice(0, seed.length)).toEqual(seed.map((row) => row.code));
    expect(codes.slice(seed.length).sort()).toEqual([...WILD_CODES].sort());
  });

  it('has a Chinese table with the same codes in the same order', () => {
    expect(readSeed(FIXTURES, SEED_FILES[1]!).map((row) => row.code)).toEqual(seed.map((row) => row.code));
  });

  // Skipped (and reported as skipped) where the shared folder is absent, e.g. on CI; never silently passed.
  it.skipIf(!existsSync(SHARED)).each(SEED_FILES)('test/fixtures/%s is the shared seed', (file) => {
    expect(readSeed(FIXTURES, file)).toEqual(readSeed(join(SHARED, 'seed'), file));
  });

  it('gives every code met in the wild its own entry', () => {
    for (const code of WILD_CODES) expect(rule(code), String(code)).toMatchObject({ catalog: 'futures', code });
    expect(rule(8817)).toMatchObject({ key: 'risk_limit_change_retired', category: 'risk', retry: 'never' });
  });
});

describe('futures rules', () => {
  it('follow the domain rules for categories, severities and retries', () => {
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

  it.each(['Maintenance margin insufficient', '维持保证金不足', '维护保证金率过低'])(
    'keeps a 500 that speaks of “%s” (a margin term) an internal error: its outcome is unknown',
    (message) => {
      expect(rule(500, message)).toMatchObject({ key: 'internal_error', retry: 'check_state_first' });
    },
  );

  it.each(['System maintenance', '系统维护中', 'Service under maintenance, please try again later'])(
    'reads a 500 saying “%s” as maintenance: wait and retry, nothing to check',
    (message) => {
      const maintenance = rule(500, message);
      expect(maintenance).toMatchObject({ catalog: 'futures', code: 500, key: 'maintenance', category: 'system', retry: 'backoff' });
      expect(maintenance.actions).toContain('retry_later');
      for (const checkFirst of ['refresh', 'cancel_open_orders', 'edit_order']) expect(maintenance.actions).not.toContain(checkFirst);
    },
  );

  it('keeps any other 500 an unknown outcome whose orders must be checked first', () => {
    for (const message of [undefined, 'Internal error', '服务器内部错误']) {
      expect(rule(500, message)).toMatchObject({ key: 'internal_error', retry: 'check_state_first' });
      expect(rule(500, message).actions[0]).toBe('refresh');
    }
  });
});

describe('order catalog', () => {
  it('holds exactly the 22 order-record reasons, in MEXC’s order', () => {
    expect(catalog('order').entries.map((entry) => entry.code)).toEqual(ORDER_REASONS.map(([code]) => code));
  });

  it.skipIf(!existsSync(SHARED))('lists the reasons of shared/domain/order-reject-reasons.md', () => {
    const doc = readFileSync(join(SHARED, 'domain/order-reject-reasons.md'), 'utf8');
    const rows = Array.from(doc.matchAll(/^\| (\d+) \| (\w+) \|/gm), (match) => [Number(match[1]), match[2]] as const);
    expect(rows).toEqual(ORDER_REASONS);
  });

  it('never retries: a record reports how the order ended', () => {
    for (const entry of catalog('order').entries) expect(entry.retry, entry.key).toBe('never');
  });

  it('reads a post-only cancel and an insufficient-margin rejection for what they are', () => {
    const reason = (errorCode: number) => getApiErrorDefinition(normalizeApiError({ orderId: '1', state: 4, errorCode }));
    expect(reason(20)).toMatchObject({ catalog: 'order', key: 'post_only_cancel', category: 'order' });
    expect(reason(2)).toMatchObject({ catalog: 'order', key: 'insufficient_balance', category: 'balance' });
    expect(reason(2).actions[0]).toBe('transfer_funds');
  });
});
