import { getDefaultToastStore } from '../core/toasts/default-store.js';
import type { ToastStore } from '../core/toasts/store.js';
import type { KitContextValue } from './context.js';

/**
 * The toast store of a kit value: the provider's, or the default store. Kept apart from context.ts so
 * that what only reads texts (the boundary, a lone toast) does not bring the toast store into a bundle.
 */
export function storeOf(kit: KitContextValue): ToastStore {
  return kit.store ?? getDefaultToastStore();
}
