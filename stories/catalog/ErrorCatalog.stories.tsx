import type { Meta, StoryObj } from '@storybook/react-vite';
import { apiErrorCatalog, apiErrorFallbacks } from 'mexc-error-kit';
import { zhCN } from 'mexc-error-kit/locales/zh-CN';
import { expect, userEvent, within } from 'storybook/test';
import { catalogLabelsFor, fillIn, languageName } from './catalog-labels';
import { expectFitsItsWidth, expectReadsInOrder, labelsOf, rowHeaderTexts, rowOfCode, statusText } from './catalog-play';
import { expectLabelsLocalized } from './catalog-play-labels';
import { ErrorCatalogTable } from './ErrorCatalogTable';

/** MEXC publishes exactly 72 futures (contract) error codes; the catalog must list all of them. */
const OFFICIAL_CODE_COUNT = 72;

/**
 * Reference table of every MEXC futures error the kit knows: MEXC's official table of 72 contract codes,
 * the codes met in the wild, and the fallbacks for failures without a code. Titles, messages and action
 * labels come through `resolveApiError`, in every locale of `locales`. The search box filters by code,
 * key, category or text. The table's own labels follow the toolbar's locale.
 */
const meta = {
  title: 'Reference/Error catalog',
  component: ErrorCatalogTable,
  // No 'autodocs' tag: ErrorCatalog.mdx is attached to these stories as their docs page.
  args: { initialQuery: '' },
  // Without explicit `locales`, the toolbar's locale comes first, then the other shipped packs.
  render: (args, { globals }) => {
    const toolbar = typeof globals.locale === 'string' ? globals.locale : 'en';
    const locales = args.locales ?? [toolbar, ...['en', 'zh-CN'].filter((tag) => tag !== toolbar)];
    return <ErrorCatalogTable {...args} locales={locales} />;
  },
  argTypes: {
    locales: { control: 'object' },
    initialQuery: { control: 'text' },
  },
} satisfies Meta<typeof ErrorCatalogTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The whole catalog: every official code (exactly 72), the codes seen in the wild (badged) and every
 * fallback, with English and Chinese texts from the real resolver. It fits the width of the page.
 */
export const AllCodes: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const ui = labelsOf(globals);
    const officialCodes = apiErrorCatalog.filter((entry) => entry.official).map((entry) => String(entry.code));
    const wildCodes = apiErrorCatalog.filter((entry) => !entry.official).map((entry) => entry.code);
    const fallbackKeys = Object.keys(apiErrorFallbacks);
    const total = apiErrorCatalog.length + fallbackKeys.length;

    await step('72 official codes, each once', async () => {
      const officialHeaders = rowHeaderTexts(canvasElement).filter((text) => /^\d+$/.test(text));
      await expect(officialHeaders).toHaveLength(OFFICIAL_CODE_COUNT);
      await expect(officialCodes).toHaveLength(OFFICIAL_CODE_COUNT);
      await expect([...officialHeaders].sort()).toEqual([...officialCodes].sort());
    });

    await step('codes seen in the wild are marked, fallbacks have no code', async () => {
      const headers = rowHeaderTexts(canvasElement);
      await expect(wildCodes.length).toBeGreaterThan(0);
      for (const code of wildCodes) await expect(headers).toContain(`${code} ${ui.labels.badges.wild}`);
      await expect(headers.filter((text) => text === `— ${ui.labels.badges.fallback}`)).toHaveLength(fallbackKeys.length);
      for (const key of fallbackKeys) await expect(canvas.getByText(key, { selector: 'code' })).toBeVisible();
      await expect(headers).toHaveLength(total);
      await expect(canvas.getByRole('status')).toHaveTextContent(statusText(ui, total));
    });

    await step('2005: English and zh-CN texts through the resolver, each in its language', async () => {
      const row = within(rowOfCode(canvasElement, 2005));
      await expect(row.getByText('balance_insufficient')).toBeVisible();
      await expect(row.getByText('Not enough margin')).toBeVisible();
      await expect(row.getByText('Not enough margin').closest('td')).toHaveAttribute('lang', 'en');
      await expect(row.getByText(zhCN.balance_insufficient.title)).toBeVisible();
      const chineseCell = row.getByText(zhCN.balance_insufficient.title).closest('td');
      await expect(chineseCell).toHaveAttribute('lang', 'zh-CN');
      await expect(chineseCell).toHaveAttribute('dir', 'ltr');
      await expect(row.getByText('transfer_funds')).toBeVisible();
      await expect(row.getByText('Transfer funds')).toHaveAttribute('lang', 'en');
      await expect(row.getByText(zhCN.actions.transfer_funds)).toHaveAttribute('lang', 'zh-CN');
    });

    await step('513 is retried after a clock sync', async () => {
      const row = within(rowOfCode(canvasElement, 513));
      await expect(row.getByText('after_clock_sync')).toBeVisible();
      await expect(row.getByText('sync_clock')).toBeVisible();
    });

    await step('table semantics', async () => {
      const counts = { official: OFFICIAL_CODE_COUNT, wild: wildCodes.length, fallback: fallbackKeys.length };
      await expect(canvas.getByRole('table', { name: fillIn(ui.labels.caption, counts) })).toBeVisible();
      await expect(canvas.getByRole('columnheader', { name: ui.labels.columns.code })).toHaveAttribute('scope', 'col');
      for (const tag of ['en', 'zh-CN']) {
        const name = `${fillIn(ui.labels.textColumn, { language: languageName(tag, ui.locale) })} ${tag}`;
        await expect(canvas.getByRole('columnheader', { name })).toBeVisible();
      }
    });

    await step('no horizontal scroll: the table and every cell fit', async () => {
      await expectFitsItsWidth(canvasElement);
    });
  },
};

/** Typing a code in the search box leaves exactly that code's row; a code that matches nothing says so. */
export const SearchByCode: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const ui = labelsOf(globals);
    const search = canvas.getByRole('searchbox', { name: ui.labels.searchLabel });
    await userEvent.type(search, '2005');
    await expect(rowHeaderTexts(canvasElement)).toEqual(['2005']);
    await expect(canvas.getByText('Not enough margin')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(statusText(ui, 1, '2005'));

    await userEvent.clear(search);
    await userEvent.type(search, 'no-such-code');
    await expect(canvas.queryAllByRole('rowheader')).toHaveLength(0);
    await expect(canvas.getByRole('status')).toHaveTextContent(statusText(ui, 0, 'no-such-code'));
    const [emptyCell, ...others] = canvas.getAllByRole('cell');
    await expect(others).toHaveLength(0);
    await expect(emptyCell).toHaveTextContent(fillIn(ui.labels.noResults, { query: 'no-such-code' }));
  },
};

/** Typing part of a key (case-insensitive) finds every matching key, category and text. */
export const SearchByKey: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const ui = labelsOf(globals);
    const search = canvas.getByRole('searchbox', { name: ui.labels.searchLabel });
    await userEvent.type(search, 'permission');
    const headers = rowHeaderTexts(canvasElement);
    for (const code of ['701', '702', '703', '704']) await expect(headers).toContain(code);
    // category 'permission'
    await expect(headers).toContain('406');
    await expect(headers).toContain('511');
    await expect(headers).not.toContain('2005');
    await expect(headers.length).toBeGreaterThan(4);
    await expect(canvas.getByRole('status')).toHaveTextContent(statusText(ui, headers.length, 'permission'));

    await userEvent.clear(search);
    await userEvent.type(search, 'BALANCE_Insufficient');
    await expect(rowHeaderTexts(canvasElement)).toEqual(['2005']);
  },
};

/** `locales` and `initialQuery`: Chinese texts only, pre-filtered on the `clock` category. */
export const ChineseOnlyFiltered: Story = {
  args: { locales: ['zh-CN'], initialQuery: 'clock' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const ui = labelsOf(globals);
    await expect(canvas.getByRole('searchbox', { name: ui.labels.searchLabel })).toHaveValue('clock');
    await expect(rowHeaderTexts(canvasElement)).toContain('513');
    await expect(rowHeaderTexts(canvasElement)).not.toContain('2005');
    await expect(canvas.getByText(zhCN.request_time_invalid.title)).toBeVisible();
    const textColumns = [...canvasElement.querySelectorAll('td[data-locale-column]')].map((cell) =>
      cell.getAttribute('data-locale-column'),
    );
    await expect(new Set(textColumns)).toEqual(new Set(['zh-CN']));
  },
};

/**
 * In a right-to-left page the table mirrors (logical properties: cells start on the right), while each
 * text keeps its own language's direction: the status line and the Chinese and English cells read left to right.
 */
export const RightToLeft: Story = {
  args: { initialQuery: '2005' },
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const ui = labelsOf(globals);
    const header = canvas.getByRole('columnheader', { name: ui.labels.columns.code });
    await expect(getComputedStyle(header).textAlign).toBe('start');
    await expect(getComputedStyle(header).direction).toBe('rtl');
    // margin-inline-start: auto is a right margin in RTL, pushing the result count to the left edge
    const status = canvas.getByRole('status');
    await expect(parseFloat(getComputedStyle(status).marginRight)).toBeGreaterThan(0);
    await expect(getComputedStyle(status).marginLeft).toBe('0px');
    await expect(rowHeaderTexts(canvasElement)).toEqual(['2005']);
    await expect(status).toHaveTextContent(statusText(ui, 1, '2005'));
    await expectReadsInOrder(status, ui.labels.dir);
    const chineseCell = within(rowOfCode(canvasElement, 2005)).getByText(zhCN.balance_insufficient.title).closest('td')!;
    await expect(getComputedStyle(chineseCell).direction).toBe('ltr');
    await expectReadsInOrder(within(chineseCell).getByText(zhCN.balance_insufficient.message), 'ltr');

    await userEvent.clear(canvas.getByRole('searchbox', { name: ui.labels.searchLabel }));
    await userEvent.type(canvas.getByRole('searchbox', { name: ui.labels.searchLabel }), 'no-such-code');
    await expectReadsInOrder(canvas.getByRole('cell'), ui.labels.dir);
  },
};

/** Under zh-CN every label of the table is Chinese: none is left in English. */
export const ChineseLabels: Story = {
  globals: { locale: 'zh-CN' },
  args: { locales: ['en', 'zh-CN'] },
  play: async ({ canvasElement }) => {
    await expectLabelsLocalized(canvasElement, catalogLabelsFor('zh-CN'), catalogLabelsFor('en'));
  },
};

/** A locale without catalog labels (here `fr`) gets the English ones; its text column says where its texts came from. */
export const LocaleWithoutLabels: Story = {
  globals: { locale: 'fr' },
  args: { locales: ['fr'], initialQuery: '2005' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const english = catalogLabelsFor('en');
    await expect(catalogLabelsFor('fr').labels).toBe(english.labels);
    await expect(canvas.getByRole('searchbox', { name: english.labels.searchLabel })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(statusText(english, 1, '2005'));
    const frenchColumn = canvasElement.querySelector('td[data-locale-column="fr"]');
    await expect(frenchColumn).toHaveAttribute('lang', 'en');
    await expect(frenchColumn).toHaveTextContent(fillIn(english.labels.textFallback, { requested: 'fr', found: 'en' }));
  },
};
