import { useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  apiErrorToastStore,
  canonicalLocale,
  createMessageLookup,
  loadApiErrorLocale,
  resolveNormalizedApiError,
  type ApiErrorMessages,
  type LocaleMessages,
  type ToastStore,
  type ToastStoreOptions,
  type TranslateFunction,
} from '../core/index';
import { closestShippedLocale } from '../core/text/load-locale';
import { ApiErrorContext, createApiErrorContextValue, type ApiErrorActionHandler } from './context';

/** Props of {@link ApiErrorProvider}. */
export interface ApiErrorProviderProps {
  /** BCP 47 tag of the trader's language (`'zh-CN'`). Falls back to the language, then English. Default `'en'`. */
  locale?: string;
  /**
   * Locale packs and per-locale overrides, e.g.
   * `{ 'zh-CN': { balance_insufficient: { message: '…' } } }`. An array is read as layers, later ones winning.
   */
  messages?: ApiErrorMessages;
  /** The app's own translate function, asked first with the kit's stable keys (`mexc.error.<key>.title`). */
  t?: TranslateFunction;
  /** Where each action leads: `(actionId, error) => navigate(...)`. An exception here is logged, never thrown. */
  onAction?: ApiErrorActionHandler;
  /** Toast defaults: `maxVisible`, `durations` by severity, `keepToastsWithActions`. */
  toastDefaults?: ToastStoreOptions;
  /** Load the kit's own pack for `locale` on demand when `messages` has none. Default `true`. */
  loadLocale?: boolean;
  /** A store of your own (tests, several independent apps on one page). Default: the kit's store. */
  store?: ToastStore;
  /** The app, or the part of it that shows kit errors. */
  children?: ReactNode;
}

function isCompletePack(value: unknown): boolean {
  const pack = Object(value) as Record<string, unknown>;
  return 'ui' in pack && 'actions' in pack && 'unknown_error' in pack;
}

function hasPackFor(messages: ApiErrorMessages | undefined, locale: string): boolean {
  const language = locale.split('-')[0];
  const layers: unknown[] = Array.isArray(messages) ? messages : messages ? [messages] : [];
  return layers.some(
    (layer) =>
      typeof layer === 'object' &&
      layer !== null &&
      Object.entries(layer).some(([tag, pack]) => canonicalLocale(tag).split('-')[0] === language && isCompletePack(pack)),
  );
}

/**
 * Gives every kit component and hook below it a locale, texts and an action handler, and makes
 * toasts shown from anywhere (`showApiError`) speak that locale. Everything works without it, in English.
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
  toastDefaults,
  loadLocale = true,
  store = apiErrorToastStore,
  children,
}: ApiErrorProviderProps) {
  const canonical = canonicalLocale(locale);
  const [loaded, setLoaded] = useState<{ requested: string; pack: LocaleMessages } | null>(null);
  const needsPack = loadLocale && canonical.split('-')[0] !== 'en' && !hasPackFor(messages, canonical);

  useEffect(() => {
    if (!needsPack) return;
    let current = true;
    void loadApiErrorLocale(canonical).then((pack) => {
      if (current && pack) setLoaded({ requested: canonical, pack });
    });
    return () => {
      current = false;
    };
  }, [needsPack, canonical]);

  const layers = useMemo(() => {
    const own = Array.isArray(messages) ? messages : messages ? [messages] : [];
    // Filed under the pack's own tag, so zh-TW text from the zh-CN pack is still marked lang="zh-CN".
    const tag = closestShippedLocale(canonical);
    return needsPack && tag && loaded?.requested === canonical ? [{ [tag]: loaded.pack }, ...own] : own;
  }, [messages, needsPack, loaded, canonical]);

  const onActionRef = useRef(onAction);
  useEffect(() => {
    onActionRef.current = onAction;
  });

  const lookup = useMemo(() => createMessageLookup({ locale: canonical, messages: layers, t }), [canonical, layers, t]);
  // The getter runs only when a trader presses an action, never during render.
  // eslint-disable-next-line react-hooks/refs
  const value = useMemo(() => createApiErrorContextValue(lookup, store, () => onActionRef.current), [lookup, store]);

  // Toasts shown from outside React speak the app's language: that of the outermost provider of this
  // store. Nested providers re-localize their own toasters through context instead.
  const parent = useContext(ApiErrorContext);
  const ownsStore = !(parent.provided && parent.store === store);
  useEffect(() => {
    if (ownsStore) store.setResolver((error, options) => resolveNormalizedApiError(error, lookup, options.values));
  }, [store, lookup, ownsStore]);
  useEffect(() => {
    if (ownsStore) return () => store.setResolver(null);
  }, [store, ownsStore]);

  useEffect(() => {
    if (toastDefaults) store.configure(toastDefaults);
  }, [store, toastDefaults]);

  return <ApiErrorContext.Provider value={value}>{children}</ApiErrorContext.Provider>;
}
