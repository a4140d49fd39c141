import { useEffect, useMemo } from 'react';
import { getApiErrorDefinition, type ApiError, type MessageParams, type ResolvedApiError } from '../core/index.js';
import { useKit } from './context.js';

/** A failure resolved in the nearest provider's locale; `ready` once its catalog's texts are loaded. */
export interface Resolved {
  resolved: ResolvedApiError | null;
  ready: boolean;
}

/**
 * The one place the React layer makes texts: the default toast, a `renderToast`, the boundary and
 * `useApiError` all come through here, so they always agree. Asks the provider to load what it needs.
 */
export function useResolved(error: ApiError | null, values?: MessageParams): Resolved {
  const kit = useKit();
  const catalog = error === null ? 'general' : getApiErrorDefinition(error).catalog;
  useEffect(() => kit.requestTexts(catalog), [kit, catalog]);
  const resolved = useMemo(() => (error === null ? null : kit.resolve(error, values)), [kit, error, values]);
  return { resolved, ready: kit.hasTexts(catalog) };
}
