import type { Meta, StoryObj } from '@storybook/react-vite';
import { listApiErrorCatalogs, listApiErrorLocales } from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import officialEnglish from '../../test/fixtures/mexc-contract-error-codes.json';
import officialChinese from '../../test/fixtures/mexc-contract-error-codes.zh-CN.json';
import { localePacks, storyLocale } from '../support/kit-texts';
import { catalogLabelsFor, fillIn, languageName } from './catalog-labels';
import {
  emptyResult,
  expectFitsItsWidth,
  expectReadsInOrder,
  labelsOf,
  rowHeaderTexts,
  rowOfCode,
  sectionTable,
  statusText,
} from './catalog-play';
import { expectLabelsLocalized } from './catalog-play-labels';
import { ErrorCatalogTable } from './ErrorCatalogTable';

/** MEXC publishes exactly 72 futures (contract) error codes; the catalog must list all of them. */
const OFFICIAL_CODE_COUNT = 72;
/** MEXC's order records name 22 reasons (`errorCode` 0 to 21). */
const ORDER_REASON_COUNT = 22;
const zhCN = localePacks['zh-CN']!;
const catalog = (id: string) => listApiErrorCatalogs().find((each) => each.id === id)!;

/**
 * Reference of every error the kit knows, one table per catalog (`listApiErrorCatalogs()`): MEXC's
 * official table of 72 futures codes with MEXC's own English and Chinese descriptions, the codes met in
 * the wild and the 500 told apart by its maintenance text; the 22 reasons on order records; and the
 * `general` entries for failures without a code. Titles, messages and action labels come through
 * `resolveApiError`, in every locale of `locales`. The search box filters by code, key, i18n key,
 * category or text. The page's own labels follow the toolbar's locale.
 */
const meta = {
  title: 'Reference/Error catalog',
  component: ErrorCatalogTable,
  // No 'autodocs' tag: ErrorCatalog.mdx is attached to these stories as their docs page.
  args: { initialQuery: '' },
  // Without explicit `locales`, the toolbar's locale comes first, then the other shipped ones.
  render: (args, { globals }) => {
    const toolbar = storyLocale(globals);
    const locales = args.locales ?? [toolbar, ...listApiErrorLocales().filter((tag) => tag !== toolbar)];
    return <ErrorCatalogTable {...args} locales={locales} labelsLocale={args.labelsLocale ?? toolbar} />;
  },
  argTypes: {
    locales: { control: 'object' },
    initialQuery: { control: 'text' },
    labelsLocale: { control: 'text' },
  },
} satisfies Meta<typeof ErrorCatalogTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The whole catalog: every official code (exactly 72, with MEXC's descriptions), the codes seen in the
 * wild and the variant (badged), the 22 order-record reasons and every general entry, with English and
 * Chinese texts from the real resolver. It fits the width of the page.
 */
export const AllCodes: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const ui = labelsOf(globals);
    const officialCodes = officialEnglish.map((row) => String(row.code));
    const futures = catalog('futures');
    const wildCodes = futures.entries.map((entry) => entry.code).filter((code) => !officialCodes.includes(String(code)));
    const generalKeys = catalog('general').entries.map((entry) => entry.key);
    const orderEntries = catalog('order').entries;
    const total = futures.entries.length + futures.variants.length + orderEntries.length + generalKeys.length;

    await step('futures: 72 official codes, each once, with MEXC’s English and Chinese descriptions', async () => {
      const officialHeaders = rowHeaderTexts(canvasElement, 'futures').filter((text) => /^\d+$/.test(text));
      await expect(officialCodes).toHaveLength(OFFICIAL_CODE_COUNT);
      await expect([...officialHeaders].sort()).toEqual([...officialCodes].sort());
      const row = rowOfCode(canvasElement, 2005);
      const english = row.querySelector('[data-official="en"]');
      await expect(english).toHaveTextContent(officialEnglish.find((each) => each.code === 2005)!.description);
      await expect(english).toHaveAttribute('lang', 'en');
      const chinese = row.querySelector('[data-official="zh-CN"]');
      await expect(chinese).toHaveTextContent(officialChinese.find((each) => each.code === 2005)!.description);
      await expect(chinese).toHaveAttribute('lang', 'zh-CN');
    });

    await step('codes seen in the wild and the maintenance 500 are marked', async () => {
      const headers = rowHeaderTexts(canvasElement, 'futures');
      await expect(wildCodes).toEqual(expect.arrayContaining([2040, 2041, 8817]));
      for (const code of wildCodes) await expect(headers).toContain(`${code} ${ui.labels.badges.wild}`);
      await expect(headers).toContain(`500 ${ui.labels.badges.variant}`);
      const variant = canvasElement.querySelector('[data-kind="variant"]')!.closest('tr')!;
      await expect(within(variant).getByText('maintenance', { selector: 'code' })).toBeVisible();
    });

    await step('order: the 22 reasons, keyed mexc.order.<key>; 20 is the post-only cancel', async () => {
      await expect(orderEntries).toHaveLength(ORDER_REASON_COUNT);
      await expect(rowHeaderTexts(canvasElement, 'order')).toEqual(orderEntries.map((entry) => String(entry.code)));
      const row = within(rowOfCode(canvasElement, 20, 'order'));
      await expect(row.getByText('post_only_cancel', { selector: 'code' })).toBeVisible();
      await expect(row.getByText('mexc.order.post_only_cancel', { selector: 'code' })).toBeVisible();
      await expect(row.getByText(localePacks.en!.order.post_only_cancel.title as string).closest('td')).toHaveAttribute('lang', 'en');
      await expect(row.getByText(zhCN.order.post_only_cancel.title as string).closest('td')).toHaveAttribute('lang', 'zh-CN');
    });

    await step('general: one row per failure without a known code', async () => {
      const headers = rowHeaderTexts(canvasElement, 'general');
      await expect(headers).toEqual(generalKeys.map(() => `— ${ui.labels.badges.fallback}`));
      for (const key of generalKeys)
        await expect(within(sectionTable(canvasElement, 'general')!).getByText(key, { selector: 'code' })).toBeVisible();
      await expect(rowHeaderTexts(canvasElement)).toHaveLength(total);
      await expect(canvas.getByRole('status')).toHaveTextContent(statusText(ui, total));
    });

    await step('2005: English and zh-CN texts through the resolver, each in its language', async () => {
      const row = within(rowOfCode(canvasElement, 2005));
      await expect(row.getByText('balance_insufficient', { selector: 'code' })).toBeVisible();
      await expect(row.getByText('mexc.futures.balance_insufficient', { selector: 'code' })).toBeVisible();
      await expect(row.getByText('Not enough margin').closest('td')).toHaveAttribute('lang', 'en');
      const chineseCell = row.getByText(zhCN.futures.balance_insufficient.title as string).closest('td');
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

    await step('table semantics: one table per catalog, named by its caption', async () => {
      const counts = {
        official: OFFICIAL_CODE_COUNT,
        wild: wildCodes.length,
        variant: futures.variants.length,
        reason: ORDER_REASON_COUNT,
        fallback: generalKeys.length,
      };
      for (const section of ['futures', 'order', 'general'] as const) {
        await expect(canvas.getByRole('table', { name: fillIn(ui.labels.captions[section], counts) })).toBeVisible();
      }
      await expect(canvas.getAllByRole('columnheader', { name: ui.labels.columns.code })[0]).toHaveAttribute('scope', 'col');
      for (const tag of ['en', 'zh-CN']) {
        const name = `${fillIn(ui.labels.textColumn, { language: languageName(tag, ui.locale) })} ${tag}`;
        await expect(canvas.getAllByRole('columnheader', { name })).toHaveLength(3);
      }
    });

    await step('no horizontal scroll: the tables and every cell fit', async () => {
      await expectFitsItsWidth(canvasElement);
    });
  },
};

export const SearchByCode: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const ui = labelsOf(globals);
    const search = canvas.getByRole('searchbox', { name: ui.labels.searchLabel });
    await userEvent.type(search, '2005');
    await expect(rowHeaderTexts(canvasElement)).toEqual(['2005']);
    await expect(canvas.getAllByRole('table')).toHaveLength(1);
    await expect(canvas.getByText('Not enough margin')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(statusText(ui, 1, '2005'));

    await userEvent.clear(search);
    await userEvent.type(search, 'no-such-code');
    await expect(canvas.queryAllByRole('rowheader')).toHaveLength(0);
    await expect(canvas.queryAllByRole('table')).toHaveLength(0);
    await expect(canvas.getByRole('status')).toHaveTextContent(statusText(ui, 0, 'no-such-code'));
    await expect(emptyResult(canvasElement)).toHaveTextContent(fillIn(ui.labels.noResults, { query: 'no-such-code' }).replace(/\s+/g, ' '));
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

    // an i18n key finds its entry, in its own catalog: `order`'s 2 is not futures' 2005
    await userEvent.clear(search);
    await userEvent.type(search, 'mexc.order.insufficient_balance');
    await expect(rowHeaderTexts(canvasElement, 'order')).toEqual(['2']);
    await expect(rowHeaderTexts(canvasElement)).toEqual(['2']);
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
    await expect(canvas.getByText(zhCN.futures.request_time_invalid.title as string)).toBeVisible();
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
    const chineseCell = within(rowOfCode(canvasElement, 2005))
      .getByText(zhCN.futures.balance_insufficient.title as string)
      .closest('td')!;
    await expect(getComputedStyle(chineseCell).direction).toBe('ltr');
    await expectReadsInOrder(within(chineseCell).getByText(zhCN.futures.balance_insufficient.message as string), 'ltr');
    // identifiers (keys, i18n keys) stay left to right too
    await expect(getComputedStyle(within(rowOfCode(canvasElement, 2005)).getByText('mexc.futures.balance_insufficient')).direction).toBe(
      'ltr',
    );

    await userEvent.clear(canvas.getByRole('searchbox', { name: ui.labels.searchLabel }));
    await userEvent.type(canvas.getByRole('searchbox', { name: ui.labels.searchLabel }), 'no-such-code');
    await waitFor(() => expect(emptyResult(canvasElement)).not.toBeNull());
    await expectReadsInOrder(emptyResult(canvasElement)!, ui.labels.dir);
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

/** A locale without catalog labels (here `pl`, Polish, which the kit does not ship) gets the English ones; its text column says where its texts came from. */
export const LocaleWithoutLabels: Story = {
  globals: { locale: 'pl' },
  args: { locales: ['pl'], initialQuery: '2005' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const english = catalogLabelsFor('en');
    await expect(catalogLabelsFor('pl').labels).toBe(english.labels);
    await expect(canvas.getByRole('searchbox', { name: english.labels.searchLabel })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(statusText(english, 1, '2005'));
    const polishColumn = canvasElement.querySelector('td[data-locale-column="pl"]');
    await expect(polishColumn).toHaveAttribute('lang', 'en');
    await expect(polishColumn).toHaveTextContent(fillIn(english.labels.textFallback, { requested: 'pl', found: 'en' }));
  },
};
