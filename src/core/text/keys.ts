import type { ApiErrorUiText } from './messages.js';
import type { ApiErrorActionId } from '../types.js';

/** Stable i18n key prefix of an entry: `mexc.futures.balance_insufficient` (then `.title` / `.message`). */
export const errorI18nKey = (catalog: string, key: string) => `mexc.${catalog}.${key}`;
/** Stable i18n key of an action label: `mexc.action.transfer_funds`. */
export const actionI18nKey = (id: ApiErrorActionId) => `mexc.action.${id}`;
/** Stable i18n key of a UI string: `mexc.ui.dismiss`. */
export const uiI18nKey = (name: keyof ApiErrorUiText) => `mexc.ui.${name}`;
