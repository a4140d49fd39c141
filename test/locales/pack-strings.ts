// Shared by the locale tests (not a test file itself).
import { apiErrorCatalog, apiErrorFallbacks, type LocaleMessages } from '../../src/core/index';

/** Every error key a pack must translate. */
export const ERROR_KEYS = [...apiErrorCatalog, ...Object.values(apiErrorFallbacks)].map((entry) => entry.key);

/** Every string of a pack by its path, e.g. `balance_insufficient.title`, `actions.deposit`, `ui.dismiss`. */
export function flatten(pack: LocaleMessages): Map<string, string> {
  const out = new Map<string, string>();
  for (const [group, value] of Object.entries(pack)) {
    for (const [name, text] of Object.entries(value as Record<string, string>)) out.set(`${group}.${name}`, text);
  }
  return out;
}
