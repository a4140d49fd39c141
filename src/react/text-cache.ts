import { closestShippedLocale, isBuiltInPart, loadTextPart } from '../core/text/registry.js';

// The kit's own texts, loaded on demand and shared by every provider on the page: one chunk per locale
// and part (`common`, or a catalog id), fetched once. Texts never change, so a module cache is safe.
type Part = Record<string, unknown> | null; // null: this locale has no such part, or it failed to load
const cache = new Map<string, Part>();
const pending = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

const keyOf = (tag: string, part: string) => `${tag}/${part}`;

/** The text file a catalog's texts live in: `general` entries are part of `common`. */
export const partOf = (catalog: string) => (catalog === 'general' ? 'common' : catalog);

/** The shipped locale whose files serve `locale`; English when none does. */
export const shippedTag = (locale: string) => closestShippedLocale(locale) ?? 'en';

// English UI strings and futures texts are bundled with the lookup: nothing to load.
const isBuiltIn = isBuiltInPart;

/** Bumped whenever a part arrives; what `useSyncExternalStore` watches. */
export const textsVersion = () => version;

export function subscribeTexts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function load(tag: string, part: string): void {
  const key = keyOf(tag, part);
  if (isBuiltIn(tag, part) || cache.has(key) || pending.has(key)) return;
  pending.add(key);
  void loadTextPart(tag, part).then((texts) => {
    pending.delete(key);
    cache.set(key, texts ?? null);
    // A locale without this part falls back to the English one.
    if (texts === undefined && tag !== 'en') load('en', part);
    version++;
    for (const listener of [...listeners]) listener();
  });
}

/** Starts loading the texts of `part` for the locale (no-op when loaded, loading or built in). */
export function requestPart(locale: string, part: string): void {
  load(shippedTag(locale), part);
}

/** `true` when `part` can be shown in `locale`: built in, loaded, or known missing and its English loaded. */
export function hasPart(locale: string, part: string): boolean {
  const tag = shippedTag(locale);
  if (isBuiltIn(tag, part)) return true;
  const texts = cache.get(keyOf(tag, part));
  if (texts === undefined) return false;
  return texts !== null || tag === 'en' || isBuiltIn('en', part) || cache.has(keyOf('en', part));
}

/** Every loaded part of the locale (and its English fallbacks) as one messages layer. */
export function loadedMessages(locale: string): Record<string, Record<string, unknown>> {
  const tag = shippedTag(locale);
  const layer: Record<string, Record<string, unknown>> = {};
  for (const [key, texts] of cache) {
    const [from] = key.split('/');
    if (texts && (from === tag || from === 'en')) layer[from!] = { ...layer[from!], ...texts };
  }
  return layer;
}
