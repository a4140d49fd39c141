// The locale registry: the shipped locales are the folders under src/locales/, each with the same parts, and
// the kit loads them lazily, part by part. No locale is named here: adding one is adding its folder.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listApiErrorCatalogs, listApiErrorLocales, loadApiErrorTexts, resolveApiError } from '../../src/core/index';
import { listLocales } from '../../scripts/locales.mjs';
import { LOCALES, PACKS, packOf } from './pack-strings';

const LOCALES_DIR = resolve(import.meta.dirname, '../../src/locales');
const folders = () =>
  readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
/** The parts every locale folder has: its full pack, its common texts and one file per catalog. */
const PARTS = ['index.ts', 'common.ts', ...listApiErrorCatalogs().flatMap(({ id }) => (id === 'general' ? [] : [`${id}.ts`]))].sort();
/** A language no locale will ever be (ISO 639's range for local use). */
const UNSHIPPED = 'qaa';

describe('locale registry', () => {
  it('lists the folders under src/locales, English among them, the same for the kit and the build scripts', () => {
    expect(LOCALES).toEqual(folders());
    expect(listLocales()).toEqual(LOCALES);
    expect([...PACKS.keys()].sort()).toEqual(LOCALES);
    expect(LOCALES).toContain('en');
    expect(LOCALES).not.toContain(UNSHIPPED);
  });

  it.each(folders())('%s has index.ts, common.ts and one file per catalog, and nothing else', (tag) => {
    expect(readdirSync(resolve(LOCALES_DIR, tag)).sort()).toEqual(PARTS);
  });
});

describe.each(LOCALES)('loadApiErrorTexts: %s', (tag) => {
  const language = tag.split('-')[0]!;

  it('loads the same texts as the locale’s full pack', async () => {
    expect(await loadApiErrorTexts(tag)).toEqual({ [tag]: packOf(tag) });
  });

  it('loads only the catalogs asked for, with the common texts', async () => {
    const futuresOnly = (await loadApiErrorTexts(tag, ['futures'])) as Record<string, Record<string, unknown>>;
    expect(Object.keys(futuresOnly[tag]!).sort()).toEqual(['actions', 'futures', 'general', 'ui']);
    expect(futuresOnly[tag]!.futures).toEqual(packOf(tag).futures);
  });

  it('serves a related tag with this locale (or another of its language)', async () => {
    for (const related of [`${language}-ZZ`, `${tag}-x-private`, language.toUpperCase()]) {
      const texts = await loadApiErrorTexts(related);
      const [served] = Object.keys(texts ?? {});
      expect(served, related).toBeDefined();
      expect(served!.split('-')[0], related).toBe(language);
      expect(LOCALES, related).toContain(served);
    }
  });

  it('resolves with what it loaded, in that locale', async () => {
    const messages = await loadApiErrorTexts(tag);
    const order = { orderId: '1', state: 4, errorCode: 20 };
    expect(resolveApiError(order, { locale: tag, messages })).toMatchObject({ locale: tag, key: 'post_only_cancel' });
    expect(resolveApiError(2005, { locale: tag, messages }).locale).toBe(tag);
  });
});

describe('loadApiErrorTexts: a language the kit does not ship', () => {
  it('resolves to undefined, never rejects', async () => {
    await expect(loadApiErrorTexts(UNSHIPPED)).resolves.toBeUndefined();
    await expect(loadApiErrorTexts(`${UNSHIPPED}-ZZ`, ['futures'])).resolves.toBeUndefined();
  });

  it('leaves resolveApiError in English', () => {
    expect(listApiErrorLocales()).not.toContain(UNSHIPPED);
    expect(resolveApiError(2005, { locale: UNSHIPPED }).locale).toBe('en');
  });
});
