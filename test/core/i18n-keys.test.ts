import { describe, expect, it } from 'vitest';
import { apiErrorCatalog, apiErrorFallbacks, resolveApiError } from '../../src/core/index';
import { en } from '../../src/locales/en';

// Apps that hand the kit their own `t` store translations under these keys: renaming one breaks them.
// Change this snapshot only together with a major version and a migration note.
describe('i18n keys', () => {
  it('are stable', () => {
    const keys = [...apiErrorCatalog, ...Object.values(apiErrorFallbacks)].map((entry) => {
      const resolved = resolveApiError(entry.code >= 0 ? entry.code : { code: null, source: 'unknown' });
      return entry.code >= 0 ? `${entry.code} ${resolved.i18nKey}.{title,message}` : `fallback mexc.error.${entry.key}.{title,message}`;
    });
    const actions = Object.keys(en.actions).map((id) => `mexc.action.${id}`);
    const ui = Object.keys(en.ui).map((name) => `mexc.ui.${name}`);
    expect({ errors: keys, actions, ui }).toMatchSnapshot();
  });
});
