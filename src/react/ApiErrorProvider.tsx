import { useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ApiErrorMessages, ToastOptions, TranslateFunction } from '../core/index.js';
import type { ToastStore } from '../core/toasts/store.js';
import { KitContext, createKitValue, useTextsVersion, type ApiErrorActionHandler } from './context.js';

/** Props of {@link ApiErrorProvider}. */
export interface ApiErrorProviderProps {
  /** BCP 47 tag of the trader's language (`'zh-CN'`). Falls back to the language, then English. Default `'en'`. */
  locale?: string;
  /**
   * Texts of your own, by locale: whole packs or overrides of any field, e.g.
   * `{ 'zh-CN': { futures: { balance_insufficient: { message: '…' } } } }`. An array is read as layers,
   * later ones winning. They win over the kit's texts.
   */
  messages?: ApiErrorMessages;
  /** The app's own translate function, asked first with the kit's stable keys (`mexc.futures.<key>.title`). */
  t?: TranslateFunction;
  /** Where each action leads: `(actionId, error) => navigate(...)`. An exception here is logged, never thrown. */
  onAction?: ApiErrorActionHandler;
  /**
   * How the toasters below this provider treat toasts: `maxVisible`, `maxQueued`, `durations` by
   * severity, `keepToastsWithActions`. The only place to set them; they apply while this provider is mounted.
   */
  toastOptions?: ToastOptions;
  /**
   * Load the kit's own texts for `locale` on demand, one small chunk per catalog met. Default `true`;
   * `false` when `messages` or `t` give every text (English futures texts are always built in).
   */
  loadTexts?: boolean;
  /** A store of your own (tests, several independent apps on one page). Default: the parent provider's, else the kit's. */
  store?: ToastStore;
  /** The app, or the part of it that shows kit errors. */
  children?: ReactNode;
}

/**
 * Gives every kit component and hook below it a locale, texts, toast options and an action handler.
 * Texts are made where a failure is shown, from the nearest provider: nested providers with different
 * locales each speak their own. Everything works without it, in English.
 *
 * @example
 * <ApiErrorProvider locale="zh-CN" onAction={(id) => id === 'transfer_funds' && navigate('/transfer')}>
 *   <App />
 *   <ApiErrorToaster />
 * </ApiErrorProvider>
 */
export function ApiErrorProvider({
  locale = 'en',
  messages,
  t,
  onAction,
  toastOptions,
  loadTexts = true,
  store,
  children,
}: ApiErrorProviderProps) {
  const onActionRef = useRef(onAction);
  useEffect(() => {
    onActionRef.current = onAction;
  });
  // Stable, and reads the latest `onAction` only when a trader presses an action, never during render.
  const runAction = useCallback<ApiErrorActionHandler>((actionId, error) => onActionRef.current?.(actionId, error), []);
  const textsVersion = useTextsVersion();
  // A nested provider shares its parent's store unless given one: `useApiError().show` below it reaches the same toasters.
  const parent = useContext(KitContext);
  const value = useMemo(
    () =>
      // `runAction` reads the ref only when called, from a click: never during render.
      // eslint-disable-next-line react-hooks/refs
      createKitValue({
        locale,
        messages,
        t,
        store: store ?? parent?.store, // undefined: the default store, made when a toaster or show needs it
        toastOptions,
        loadTexts,
        onAction: runAction,
        textsVersion,
      }),
    [locale, messages, t, store, parent?.store, toastOptions, loadTexts, runAction, textsVersion],
  );
  useEffect(() => value.requestTexts('general'), [value]);
  return <KitContext.Provider value={value}>{children}</KitContext.Provider>;
}
