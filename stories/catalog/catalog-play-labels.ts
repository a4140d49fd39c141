// Play-function check that the catalog shows its labels in the story's locale and none in English.
import { apiErrorCatalog, apiErrorFallbacks, findApiErrorDefinition } from 'mexc-error-kit';
import { expect, userEvent, within } from 'storybook/test';
import { fillIn, languageName, type CatalogLabels } from './catalog-labels';
import { rowOfCode, statusText } from './catalog-play';
import { META_COLUMNS } from './ErrorCatalogTable';

type Labels = { locale: string; labels: CatalogLabels };

/** One label as the table shows it, and the text it should have with a given set of labels. */
interface LabelCheck {
  name: string;
  shown: string;
  expected(ui: Labels): string;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every label of the unfiltered table, read from the page. */
function labelsOnScreen(root: HTMLElement): LabelCheck[] {
  const canvas = within(root);
  const total = apiErrorCatalog.length + Object.keys(apiErrorFallbacks).length;
  const counts = {
    official: apiErrorCatalog.filter((entry) => entry.official).length,
    wild: apiErrorCatalog.filter((entry) => !entry.official).length,
    fallback: Object.keys(apiErrorFallbacks).length,
  };
  const headers = canvas.getAllByRole('columnheader').map((header) => squash(header.textContent));
  const keyCell = (code: string) => squash(canvas.getByText(code, { selector: 'code' }).closest('td')?.textContent);
  const doc2005 = findApiErrorDefinition(2005)?.doc ?? '';
  return [
    { name: 'search label', shown: squash(root.querySelector('label')?.textContent), expected: (ui) => ui.labels.searchLabel },
    {
      name: 'search placeholder',
      shown: canvas.getByRole('searchbox').getAttribute('placeholder') ?? '',
      expected: (ui) => ui.labels.searchPlaceholder,
    },
    { name: 'row count', shown: squash(canvas.getByRole('status').textContent), expected: (ui) => statusText(ui, total) },
    { name: 'caption', shown: squash(root.querySelector('caption')?.textContent), expected: (ui) => fillIn(ui.labels.caption, counts) },
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
    { name: 'wild badge', shown: squash(root.querySelector('[data-kind="wild"]')?.textContent), expected: (ui) => ui.labels.badges.wild },
    {
      name: 'fallback badge',
      shown: squash(root.querySelector('[data-kind="fallback"]')?.textContent),
      expected: (ui) => ui.labels.badges.fallback,
    },
    {
      name: 'MEXC description',
      shown: squash(within(rowOfCode(root, 2005)).getByText('balance_insufficient').closest('td')?.textContent),
      expected: (ui) => `balance_insufficient${fillIn(ui.labels.mexcDescription, { doc: doc2005 })}`,
    },
    {
      name: 'fallback case',
      shown: keyCell('network_error'),
      expected: (ui) => `network_error${fillIn(ui.labels.fallbackWhen, { case: ui.labels.fallbackCases.network_error })}`,
    },
  ];
}

/** The labels shown while a search matches nothing. */
async function labelsOfEmptySearch(root: HTMLElement): Promise<LabelCheck[]> {
  const canvas = within(root);
  const query = 'no-such-code';
  await userEvent.type(canvas.getByRole('searchbox'), query);
  const emptyCell = await canvas.findByRole('cell');
  return [
    { name: 'result count', shown: squash(canvas.getByRole('status').textContent), expected: (ui) => statusText(ui, 0, query) },
    { name: 'no results', shown: squash(emptyCell.textContent), expected: (ui) => fillIn(ui.labels.noResults, { query }) },
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
