// Play-function check that the catalog shows its labels in the story's locale and none in English.
import { listApiErrorCatalogs } from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import officialEnglish from '../../test/fixtures/mexc-contract-error-codes.json';
import { fillIn, languageName, type CatalogLabels } from './catalog-labels';
import { emptyResult, rowOfCode, sectionTable, statusText } from './catalog-play';
import { buildRows, countByKind, SECTIONS } from './catalog-rows';
import { META_COLUMNS } from './ErrorCatalogTable';

type Labels = { locale: string; labels: CatalogLabels };

/** One label as the table shows it, and the text it should have with a given set of labels. */
interface LabelCheck {
  name: string;
  shown: string;
  expected(ui: Labels): string;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of a row's note (`i18n`, `official-en`, `variant`, `general`), spaces squashed. */
const noteOf = (row: Element, note: string) => squash(row.querySelector(`[data-note="${note}"]`)?.textContent);

/** Every label of the unfiltered table, read from the page. */
function labelsOnScreen(root: HTMLElement): LabelCheck[] {
  const canvas = within(root);
  const counts = countByKind(buildRows(['en']));
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const futures = sectionTable(root, 'futures')!;
  const headers = within(futures)
    .getAllByRole('columnheader')
    .map((header) => squash(header.textContent));
  const row2005 = rowOfCode(root, 2005);
  const doc2005 = officialEnglish.find((row) => row.code === 2005)?.description ?? '';
  const variantRow = root.querySelector('[data-kind="variant"]')!.closest('tr')!;
  const variantPattern = listApiErrorCatalogs().find((catalog) => catalog.id === 'futures')!.variants[0]!.serverMessage.source;
  return [
    { name: 'search label', shown: squash(root.querySelector('label')?.textContent), expected: (ui) => ui.labels.searchLabel },
    {
      name: 'search placeholder',
      shown: canvas.getByRole('searchbox').getAttribute('placeholder') ?? '',
      expected: (ui) => ui.labels.searchPlaceholder,
    },
    { name: 'row count', shown: squash(canvas.getByRole('status').textContent), expected: (ui) => statusText(ui, total) },
    ...SECTIONS.map((section) => ({
      name: `${section} caption`,
      shown: squash(sectionTable(root, section)?.querySelector('caption')?.textContent),
      expected: (ui: Labels) => fillIn(ui.labels.captions[section], counts),
    })),
    ...META_COLUMNS.map((column, index) => ({
      name: `${column} column`,
      shown: headers[index] ?? '',
      expected: (ui: Labels) => ui.labels.columns[column],
    })),
    ...['en', 'zh-CN'].map((tag, index) => ({
      name: `${tag} text column`,
      shown: headers[META_COLUMNS.length + index] ?? '',
      expected: (ui: Labels) => `${fillIn(ui.labels.textColumn, { language: languageName(tag, ui.locale) })} ${tag}`,
    })),
    ...(['wild', 'variant', 'fallback'] as const).map((kind) => ({
      name: `${kind} badge`,
      shown: squash(root.querySelector(`[data-kind="${kind}"]`)?.textContent),
      expected: (ui: Labels) => ui.labels.badges[kind],
    })),
    {
      name: 'i18n key',
      shown: noteOf(row2005, 'i18n'),
      expected: (ui) => fillIn(ui.labels.i18nKey, { key: 'mexc.futures.balance_insufficient' }),
    },
    {
      name: 'MEXC description',
      shown: noteOf(row2005, 'official-en'),
      expected: (ui) => fillIn(ui.labels.mexcDescription, { language: languageName('en', ui.locale), doc: doc2005 }),
    },
    {
      name: 'variant case',
      shown: noteOf(variantRow, 'variant'),
      expected: (ui) => fillIn(ui.labels.variantWhen, { pattern: `/${variantPattern}/` }),
    },
    {
      name: 'fallback case',
      shown: noteOf(canvas.getByText('network_error', { selector: 'code' }).closest('tr')!, 'general'),
      expected: (ui) => fillIn(ui.labels.fallbackWhen, { case: ui.labels.fallbackCases.network_error }),
    },
  ];
}

/** The labels shown while a search matches nothing. */
async function labelsOfEmptySearch(root: HTMLElement): Promise<LabelCheck[]> {
  const canvas = within(root);
  const query = 'no-such-code';
  await userEvent.type(canvas.getByRole('searchbox'), query);
  const empty = await waitFor(() => {
    const sentence = emptyResult(root);
    expect(sentence).not.toBeNull();
    return sentence!;
  });
  return [
    { name: 'result count', shown: squash(canvas.getByRole('status').textContent), expected: (ui) => statusText(ui, 0, query) },
    { name: 'no results', shown: squash(empty.textContent), expected: (ui) => fillIn(ui.labels.noResults, { query }) },
  ];
}

/** Every label is shown as `current` words it, and differs from the English one. */
export async function expectLabelsLocalized(root: HTMLElement, current: Labels, english: Labels): Promise<void> {
  const checks = [...labelsOnScreen(root), ...(await labelsOfEmptySearch(root))];
  for (const { name, shown, expected } of checks) {
    await expect({ name, shown }).toEqual({ name, shown: expected(current) });
    await expect({ name, shown }).not.toEqual({ name, shown: expected(english) });
  }
}
