import { createContext, useContext, useSyncExternalStore } from 'react';
import {
  listApiErrorCatalogs,
  type ApiError,
  type ApiErrorActionId,
  type ApiErrorMessages,
  type MessageParams,
  type ResolvedApiError,
  type ToastOptions,
  type TranslateFunction,
} from '../core/index.js';
import { createMessageLookup, type MessageLookup } from '../core/text/lookup.js';
import { hasPart, loadedMessages, partOf, requestPart, shippedTag, subscribeTexts, textsVersion } from './text-cache.js';
import { resolveNormalizedApiError } from '../core/text/resolve.js';
import type { ToastStore } from '../core/toasts/store.js';

/** Called when a trader presses an action button; the app decides where `transfer_funds` leads. */
export type ApiErrorActionHandler = (actionId: ApiErrorActionId, error: ResolvedApiError) => void;

/** What a provider shares with the kit's hooks and components. Internal: the public way in is the hooks. */
export interface KitContextValue {
  /** Canonical locale (`'zh-CN'`). */
  locale: string;
  lookup: MessageLookup;
  /** The provider's toast store; `undefined` means the default store (see `storeOf`, made only when used). */
  store: ToastStore | undefined;
  /** The provider's toast options, applied by each toaster below it. */
  toastOptions: ToastOptions | undefined;
  /** Resolves a normalized failure in this provider's locale: the one place texts are made. */
  resolve(error: ApiError, values?: MessageParams): ResolvedApiError;
  /** `true` once the texts a catalog needs in this locale are here (or known to be missing). */
  hasTexts(catalog: string): boolean;
  /** Starts loading those texts; call from an effect. */
  requestTexts(catalog: string): void;
  /** Calls the app's `onAction`; an exception there is reported, never thrown into the UI. */
  runAction(actionId: ApiErrorActionId, error: ResolvedApiError): void;
}

/** Reports a failure of app code the kit called, without crashing the kit's UI. */
export function reportCallbackError(what: string, error: unknown): void {
  if (typeof console !== 'undefined') console.error(`[mexc-error-kit] ${what} threw:`, error);
}

/** Calls an app callback; what it throws is reported, never thrown into the UI. */
export function callSafely<A extends unknown[]>(what: string, callback: ((...args: A) => void) | undefined, ...args: A): void {
  try {
    callback?.(...args);
  } catch (thrown) {
    reportCallbackError(what, thrown);
  }
}

/** What a kit value is made of: a provider's props, or the defaults without one. */
export interface KitSettings {
  locale: string;
  messages?: ApiErrorMessages;
  t?: TranslateFunction;
  store: ToastStore | undefined;
  toastOptions?: ToastOptions;
  /** Load the kit's own texts on demand. */
  loadTexts: boolean;
  onAction?: ApiErrorActionHandler;
  /** The text cache's version the value is built for: a new version means new texts arrived. */
  textsVersion: number;
}

function layersOf(messages: ApiErrorMessages | undefined): readonly object[] {
  return Array.isArray(messages) ? messages : messages ? [messages] : [];
}

/** The keys a whole part must word: a catalog's keys, or the `general` keys for `common`. */
function keysOf(part: string): string[] {
  const catalog = listApiErrorCatalogs().find((each) => each.id === (part === 'common' ? 'general' : part));
  return catalog ? [...catalog.entries, ...catalog.variants].map((entry) => entry.key) : [];
}

/**
 * `true` when the app's own messages give this whole part for the locale (a full pack): then nothing
 * needs loading. A partial override does not count, or the rest would show in English first.
 */
function givenByApp(layers: readonly object[], locale: string, part: string): boolean {
  const tag = shippedTag(locale);
  const field = part === 'common' ? 'general' : part;
  const keys = keysOf(part);
  return layers.some((layer) => {
    // The lookup skips what it cannot read (an `undefined` layer, a hostile getter); so must this.
    if (typeof layer !== 'object' || layer === null) return false;
    try {
      const pack = (layer as Record<string, unknown>)[tag];
      if (typeof pack !== 'object' || pack === null) return false;
      const texts: unknown = (pack as Record<string, unknown>)[field];
      if (typeof texts !== 'object' || texts === null) return false;
      if (part === 'common' && !('ui' in pack && 'actions' in pack)) return false;
      return keys.every((key) => key in texts);
    } catch {
      return false;
    }
  });
}

/** Builds a kit value; call again when the settings or the loaded texts change. */
export function createKitValue(settings: KitSettings): KitContextValue {
  const { locale, t, store, toastOptions, loadTexts, onAction } = settings;
  const own = layersOf(settings.messages);
  // The kit's loaded texts first, the app's layers after them (later layers win).
  // Without loading, only the app's texts and the built-in English count: not what other providers loaded.
  const layers = loadTexts ? [loadedMessages(locale), ...own] : own;
  const lookup = createMessageLookup({ locale, messages: layers as ApiErrorMessages, t });
  const ready = (catalog: string) => {
    const part = partOf(catalog);
    return !loadTexts || givenByApp(own, lookup.locale, part) || hasPart(lookup.locale, part);
  };
  return {
    locale: lookup.locale,
    lookup,
    store,
    toastOptions,
    resolve: (error, values) => resolveNormalizedApiError(error, lookup, values),
    hasTexts: (catalog) => ready('common') && ready(catalog),
    requestTexts(catalog) {
      if (!loadTexts) return;
      requestPart(lookup.locale, 'common');
      requestPart(lookup.locale, partOf(catalog));
    },
    runAction: (actionId, error) => callSafely('onAction', onAction, actionId, error),
  };
}

let fallback: { version: number; value: KitContextValue } | undefined;

// Without a provider the kit speaks English and uses the default store (`store: undefined`, see storeOf).
function defaultValue(version: number): KitContextValue {
  if (fallback?.version !== version) {
    fallback = { version, value: createKitValue({ locale: 'en', store: undefined, loadTexts: true, textsVersion: version }) };
  }
  return fallback.value;
}

function createKitContext() {
  const context = createContext<KitContextValue | null>(null);
  context.displayName = 'ApiErrorContext';
  return context;
}

// made by a pure call, so that a bundler may drop it when nothing reads it
export const KitContext = /* @__PURE__ */ createKitContext();

/** The nearest provider's value, or English defaults with the default toast store. */
export function useKit(): KitContextValue {
  const provided = useContext(KitContext);
  const version = useTextsVersion();
  return provided ?? defaultValue(version);
}

/** Re-renders when any of the kit's texts finish loading. */
export function useTextsVersion(): number {
  return useSyncExternalStore(subscribeTexts, textsVersion, textsVersion);
}
