import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia?.(QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const read = (): 'light' | 'dark' => (window.matchMedia?.(QUERY).matches ? 'dark' : 'light');
const noop = () => () => undefined;
const light = (): 'light' => 'light';

/** The OS colour scheme while `enabled`, kept up to date; `'light'` on the server and when disabled. */
export function useSystemColorScheme(enabled: boolean): 'light' | 'dark' {
  return useSyncExternalStore(enabled ? subscribe : noop, enabled ? read : light, light);
}
