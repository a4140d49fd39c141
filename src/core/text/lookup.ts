import enCommon from '../../locales/en/common.js';
import enFutures from '../../locales/en/futures.js';
import { isArray, isObject, read } from '../errors/safe-access.js';
import type { ApiErrorActionId } from '../types.js';
import { TEXT_LIMITS, capText } from './cap-text.js';
import { interpolate } from './interpolate.js';
import { actionI18nKey, uiI18nKey } from './keys.js';
import { DEFAULT_LOCALE, canonicalLocale, localeFallbackChain } from './locale.js';
import type { ApiErrorMessages, ApiErrorUiText, MessageParams, TranslateFunction } from './messages.js';
import { isPluralText, pluralForm } from './plural.js';

// Built in, so that English futures errors resolve with no loading at all; every other text is loaded.
// Merged on first use, so that importing the lookup computes nothing.
let builtIn: Record<string, unknown> | undefined;
const getBuiltIn = () => (builtIn ??= { ...enCommon, ...enFutures });

/** How strings are looked up: which locale, which packs and overrides, and an optional app `t`. */
export interface MessageOptions {
  /** BCP 47 tag (`'zh-CN'`); falls back to the language (`'zh'`), then `'en'`. Default `'en'`. */
  locale?: string;
  /**
   * Locale packs and per-locale overrides; see {@link ApiErrorMessages}. Read once per object (the record, the
   * array and each layer): pass the same object from call to call, and a new one to add or replace a locale.
   */
  messages?: ApiErrorMessages;
  /**
   * An app's own translate function, asked first with the kit's i18n keys. A failure's title and message
   * always come from one locale: when `t` (or an override) words only one of them in a language the kit has
   * no pack for, both fall back together, so a toast never mixes two languages.
   */
  t?: TranslateFunction;
}

/** A string found for a key, and the locale it came from. */
export interface FoundText {
  text: string;
  locale: string;
}

type Layer = ReadonlyMap<string, unknown>;

function usable(value: unknown, i18nKey?: string): value is string {
  return typeof value === 'string' && value.trim() !== '' && value !== i18nKey;
}

/** A found value as a string: a plain text, or the plural form for `params.count`. */
function asString(value: unknown, locale: string, params: MessageParams): unknown {
  return isPluralText(value) ? pluralForm(value, locale, params.count) : value;
}

function toLayers(messages: unknown): Layer[] {
  try {
    return readLayers(messages);
  } catch {
    return []; // a hostile container (a Proxy whose iteration throws): use the bundled texts
  }
}

// A pack object read once: its locale tags (canonical) and what each holds. Keyed by the object itself, so
// an app that passes the same packs on every call (a module constant, a memoized value, the provider's
// loaded packs) pays for reading them once, however many locales they hold. A WeakMap never reads its keys,
// so a hostile Proxy is safe here; and an object the app drops is collected with its entry.
const layerCache = new WeakMap<object, Layer | null>();

function toLayer(entry: object): Layer | null {
  let layer = layerCache.get(entry);
  if (layer !== undefined) return layer;
  let tags: string[] | undefined;
  try {
    tags = Object.keys(entry);
  } catch {
    tags = undefined;
  }
  if (tags === undefined) {
    layer = null;
  } else {
    const map = new Map<string, unknown>();
    for (const tag of tags) map.set(canonicalLocale(tag), read(entry, tag));
    layer = map;
  }
  layerCache.set(entry, layer);
  return layer;
}

function readLayers(messages: unknown): Layer[] {
  const list: unknown[] = isArray(messages) ? messages : messages === undefined ? [] : [messages];
  const layers: Layer[] = [];
  for (const entry of list) {
    if (!isObject(entry)) continue;
    const layer = toLayer(entry);
    if (layer) layers.push(layer);
  }
  return layers.reverse(); // later layers win
}

/** What a `messages` value prepares: its layers, their locale tags, and the fallback chain of each locale asked for. */
interface Prepared {
  readonly layers: readonly Layer[];
  readonly available: ReadonlySet<string>;
  readonly chains: Map<string, readonly string[]>;
}

const MAX_CACHED_CHAINS = 64;
const preparedCache = new WeakMap<object, Prepared>();

function prepare(messages: unknown): Prepared {
  const cached = isObject(messages) ? preparedCache.get(messages) : undefined;
  if (cached) return cached;
  const layers = toLayers(messages);
  const available = new Set<string>();
  for (const layer of layers) for (const tag of layer.keys()) available.add(tag);
  const prepared: Prepared = { layers, available, chains: new Map() };
  if (isObject(messages)) preparedCache.set(messages, prepared);
  return prepared;
}

function fallbackChain(prepared: Prepared, locale: string): readonly string[] {
  let chain = prepared.chains.get(locale);
  if (chain === undefined) {
    chain = localeFallbackChain(locale, prepared.available);
    if (prepared.chains.size >= MAX_CACHED_CHAINS) prepared.chains.clear(); // arbitrary tags must not grow it forever
    prepared.chains.set(locale, chain);
  }
  return chain;
}

/** Looks up kit strings through `t`, the overrides and packs, and the bundled English pack. */
export interface MessageLookup {
  /** The canonical requested locale. */
  readonly locale: string;
  /** Where strings are looked for, in order: the requested locale, its fallbacks, `en` last. */
  readonly chain: readonly string[];
  /**
   * The first usable string: asks `t` with `i18nKey`, then tries every path (`[section?, name, field?]`)
   * in every locale of the fallback chain, later layers first, then the bundled English pack. With `only`,
   * in that one locale (`t` answers only for the requested one). The text is cut to `max` characters
   * (default: a title's or label's limit).
   */
  find(paths: readonly (readonly string[])[], i18nKey: string, params: MessageParams, max?: number, only?: string): FoundText | undefined;
  /** A UI string, never empty: in `prefer` (a toast's locale) when it has one, else along the chain. */
  ui(name: keyof ApiErrorUiText, params?: MessageParams, prefer?: string): string;
  /** An action's button label, never empty: in `prefer` when it has one, else along the chain. */
  action(id: ApiErrorActionId, prefer?: string): string;
}

function readPath(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const segment of path) node = read(node, segment);
  return node;
}

/** Builds a {@link MessageLookup} for one set of options. Never throws on malformed options. */
export function createMessageLookup(options: MessageOptions = {}): MessageLookup {
  const prepared = prepare(read(options, 'messages'));
  const { layers } = prepared;
  const t = read(options, 't');
  const locale = canonicalLocale(read(options, 'locale') ?? DEFAULT_LOCALE);
  const chain = fallbackChain(prepared, locale);

  function find(
    paths: readonly (readonly string[])[],
    i18nKey: string,
    params: MessageParams,
    max: number = TEXT_LIMITS.label,
    only?: string,
  ): FoundText | undefined {
    // A text is usable only if it is still non-empty after interpolation and is not the key itself.
    const accept = (found: unknown, from: string): FoundText | undefined => {
      const value = asString(found, from, params);
      if (!usable(value, i18nKey)) return undefined;
      const text = interpolate(value, params, from);
      return usable(text, i18nKey) ? { text: capText(text, max), locale: from } : undefined;
    };
    if (typeof t === 'function' && (only === undefined || only === locale)) {
      let text: unknown;
      try {
        text = (t as TranslateFunction)(i18nKey, params);
      } catch {
        text = undefined;
      }
      const found = accept(text, locale);
      if (found) return found;
    }
    for (const tag of only === undefined ? chain : [only]) {
      for (const layer of layers) {
        for (const path of paths) {
          const found = accept(readPath(layer.get(tag), path), tag);
          if (found) return found;
        }
      }
    }
    if (only !== undefined && only !== DEFAULT_LOCALE) return undefined;
    for (const path of paths) {
      const found = accept(readPath(getBuiltIn(), path), DEFAULT_LOCALE);
      if (found) return found;
    }
    return undefined;
  }

  const preferring = (paths: readonly (readonly string[])[], i18nKey: string, params: MessageParams, prefer?: string) =>
    (prefer === undefined ? undefined : find(paths, i18nKey, params, undefined, prefer)) ?? find(paths, i18nKey, params);

  return {
    locale,
    chain,
    find,
    ui: (name, params = {}, prefer) => preferring([['ui', name]], uiI18nKey(name), params, prefer)?.text ?? name,
    action: (id, prefer) => preferring([['actions', id]], actionI18nKey(id), {}, prefer)?.text ?? id,
  };
}
