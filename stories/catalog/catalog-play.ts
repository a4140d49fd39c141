// Helpers for the catalog's play functions: what the table shows in the story's locale, and checks of
// what a reader sees (nothing wider than the page, sentences in reading order).
import { expect, within } from 'storybook/test';
import { storyLocale } from '../support/kit-texts';
import { catalogLabelsFor, fillIn, plural, type CatalogLabels } from './catalog-labels';
import type { CatalogSection } from './catalog-rows';

/** The catalog's labels for the toolbar locale of a story context (`globals`), and their locale tag. */
export function labelsOf(globals: Record<string, unknown> | undefined): { locale: string; labels: CatalogLabels } {
  return catalogLabelsFor(storyLocale(globals));
}

/** The status line for `count` matches of `query` (`''`: no search, `count` rows in all). */
export function statusText({ locale, labels }: { locale: string; labels: CatalogLabels }, count: number, query = ''): string {
  const text = query === '' ? plural(labels.rowCount, count, locale) : fillIn(plural(labels.resultCount, count, locale), { query });
  // as toHaveTextContent reads the page: any run of spaces (French no-break spaces too) as one space
  return text.replace(/\s+/g, ' ');
}

/** The table of one section (catalog), or `null` when none of its rows is shown. */
export function sectionTable(root: HTMLElement, section: CatalogSection): HTMLElement | null {
  return root.querySelector<HTMLElement>(`table[data-section="${section}"]`);
}

/** What the page says instead of tables when the search matches nothing (the sentence, in its own direction). */
export function emptyResult(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>('.error-catalog__empty > span');
}

/** Trimmed text of every row header (the code cell) in the tables' bodies, or in one section's. */
export function rowHeaderTexts(root: HTMLElement, section?: CatalogSection): string[] {
  const scope = section === undefined ? root : sectionTable(root, section);
  if (!scope) return [];
  return within(scope)
    .queryAllByRole('rowheader')
    .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The first table row of a section whose code cell is `code`. */
export function rowOfCode(root: HTMLElement, code: number, section: CatalogSection = 'futures'): HTMLElement {
  const table = sectionTable(root, section);
  const header =
    table &&
    within(table)
      .getAllByRole('rowheader')
      .find((cell) => (cell.textContent ?? '').trim().split(/\s/)[0] === String(code));
  const row = header?.closest('tr');
  if (!row) throw new Error(`no ${section} row for code ${code}`);
  return row;
}

/**
 * The page has no horizontal scroll, no table is wider than its container and no cell's content
 * sticks out of its cell (long keys, action ids and messages wrap).
 */
export async function expectFitsItsWidth(canvasElement: HTMLElement): Promise<void> {
  await document.fonts.ready; // measure with the fonts a reader gets
  const page = document.documentElement;
  await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
  for (const table of within(canvasElement).getAllByRole('table')) {
    await expect(table.scrollWidth).toBeLessThanOrEqual(table.parentElement!.clientWidth);
    const overflowing = [...table.querySelectorAll<HTMLElement>('th, td')]
      .filter((cell) => cell.scrollWidth > cell.clientWidth)
      .map((cell) => (cell.textContent ?? '').slice(0, 40));
    await expect(overflowing).toEqual([]);
  }
}

/** Box of the first or last non-space character of `element` on screen. */
function characterBox(element: HTMLElement, which: 'first' | 'last'): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent ?? '').trim() !== '') texts.push(node as Text);
  const node = which === 'first' ? texts[0] : texts[texts.length - 1];
  if (!node) throw new Error('no text in element');
  const text = node.data;
  const offset = which === 'first' ? text.search(/\S/) : text.trimEnd().length - 1;
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getBoundingClientRect();
}

/**
 * The one-line sentence in `element` reads in the direction of its language: in a left-to-right
 * language its first character is left of its last, whatever the page's direction. Punctuation thrown
 * to the wrong end by a right-to-left page (a closing quote or period shown first) fails this.
 */
export async function expectReadsInOrder(element: HTMLElement, dir: 'ltr' | 'rtl'): Promise<void> {
  const first = characterBox(element, 'first');
  const last = characterBox(element, 'last');
  // a longer language may wrap the sentence: then it must end on a later line
  if (last.top >= first.bottom) return;
  if (dir === 'ltr') await expect(first.left).toBeLessThan(last.left);
  else await expect(first.left).toBeGreaterThan(last.left);
}
