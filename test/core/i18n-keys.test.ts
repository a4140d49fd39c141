import { describe, expect, it } from 'vitest';
import { listApiErrorCatalogs, resolveApiError, type ResolveApiErrorOptions } from '../../src/core/index';
import { actionI18nKey, errorI18nKey, uiI18nKey } from '../../src/core/text/keys';
import en from '../../src/locales/en/index';

/** A failure that resolves to each `general` entry (they have no code). */
const GENERAL_INPUTS: Record<string, [input: unknown, options?: ResolveApiErrorOptions]> = {
  unknown_code: [424242],
  network_error: [new TypeError('Failed to fetch')],
  timeout: [new DOMException('signal timed out', 'TimeoutError')],
  aborted: [new DOMException('The user aborted a request.', 'AbortError')],
  http_error: ['', { context: { httpStatus: 404 } }],
  http_forbidden: ['', { context: { httpStatus: 403 } }],
  http_rate_limited: ['', { context: { httpStatus: 429 } }],
  http_server_error: ['', { context: { httpStatus: 502 } }],
  websocket_error: [{ channel: 'rs.error', data: "Contract doesn't exist!" }],
  unknown_error: [undefined],
};

/** What resolves to an entry: its code in its catalog (an order record for `order`), or a failure of its kind. */
function inputFor(catalog: string, code: number, key: string, isVariant: boolean): [unknown, ResolveApiErrorOptions?] {
  if (catalog === 'general') return GENERAL_INPUTS[key] ?? [Symbol(`no input for general ${key}`)];
  if (catalog === 'order') return [{ orderId: '1', state: 4, errorCode: code }];
  return [{ success: false, code, message: isVariant ? 'System maintenance' : 'x' }];
}

// Apps that hand the kit their own `t` store translations under these keys: renaming one breaks them.
// Change this snapshot only together with a major version and a migration note.
describe('i18n keys', () => {
  it('are built as mexc.<catalog>.<key>, mexc.action.<id> and mexc.ui.<name>', () => {
    expect(errorI18nKey('futures', 'balance_insufficient')).toBe('mexc.futures.balance_insufficient');
    expect(errorI18nKey('order', 'post_only_cancel')).toBe('mexc.order.post_only_cancel');
    expect(actionI18nKey('transfer_funds')).toBe('mexc.action.transfer_funds');
    expect(uiI18nKey('dismiss')).toBe('mexc.ui.dismiss');
  });

  it('are what each failure resolves with', () => {
    for (const { entries, variants } of listApiErrorCatalogs()) {
      for (const entry of [...entries, ...variants]) {
        const { catalog, code, key } = entry;
        const [input, options] = inputFor(catalog, code, key, 'serverMessage' in entry);
        expect(resolveApiError(input, options).i18nKey, `${catalog} ${key}`).toBe(`mexc.${catalog}.${key}`);
      }
    }
  });

  it('are stable', () => {
    const errors = listApiErrorCatalogs().flatMap(({ id, entries, variants }) =>
      [...entries, ...variants].map((entry) => {
        const code = id === 'general' ? '-' : 'serverMessage' in entry ? `${entry.code} (by server text)` : entry.code;
        return `${id} ${code} ${errorI18nKey(entry.catalog, entry.key)}.{title,message}`;
      }),
    );
    const actions = Object.keys(en.actions).map((id) => `mexc.action.${id}`);
    const ui = Object.keys(en.ui).map((name) => `mexc.ui.${name}`);
    expect({ errors, actions, ui }).toMatchSnapshot();
  });
});
