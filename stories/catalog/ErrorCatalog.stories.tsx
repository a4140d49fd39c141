import type { Meta, StoryObj } from '@storybook/react-vite';
import { apiErrorCatalog, apiErrorFallbacks } from 'mexc-error-kit';
import { zhCN } from 'mexc-error-kit/locales/zh-CN';
import { expect, userEvent, within } from 'storybook/test';
import { ErrorCatalogTable } from './ErrorCatalogTable';

/** MEXC publishes exactly 72 futures (contract) error codes; the catalog must list all of them. */
const OFFICIAL_CODE_COUNT = 72;

/** Trimmed text of every row header (the code cell) in the table body. */
function rowHeaderTexts(root: HTMLElement): string[] {
  return within(root).queryAllByRole('rowheader').map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The table row whose code cell is exactly `code` (an official code) or starts with it. */
function rowOfCode(root: HTMLElement, code: number): HTMLElement {
  const header = within(root)
    .getAllByRole('rowheader')
    .find((cell) => (cell.textContent ?? '').trim().split(/\s/)[0] === String(code));
  const row = header?.closest('tr');
  if (!row) throw new Error(`no row for code ${code}`);
  return row;
}

/**
 * Reference table of every MEXC futures error the kit knows: MEXC's official table of 72 contract codes,
 * the codes met in the wild, and the fallbacks for failures without a code. Titles, messages and action
 * labels come through `resolveApiError`, in every locale of `locales`. The search box filters by code,
 * key, category or text.
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
 * fallback, with English and Chinese texts from the real resolver.
 */
export const AllCodes: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const officialCodes = apiErrorCatalog.filter((entry) => entry.official).map((entry) => String(entry.code));
    const wildCodes = apiErrorCatalog.filter((entry) => !entry.official).map((entry) => entry.code);
    const fallbackKeys = Object.keys(apiErrorFallbacks);

    await step('72 official codes, each once', async () => {
      const officialHeaders = rowHeaderTexts(canvasElement).filter((text) => /^\d+$/.test(text));
      await expect(officialHeaders).toHaveLength(OFFICIAL_CODE_COUNT);
      await expect(officialCodes).toHaveLength(OFFICIAL_CODE_COUNT);
      await expect([...officialHeaders].sort()).toEqual([...officialCodes].sort());
    });

    await step('codes seen in the wild are marked, fallbacks have no code', async () => {
      const headers = rowHeaderTexts(canvasElement);
      await expect(wildCodes.length).toBeGreaterThan(0);
      for (const code of wildCodes) await expect(headers).toContain(`${code} seen in the wild`);
      await expect(headers.filter((text) => text === '— fallback')).toHaveLength(fallbackKeys.length);
      for (const key of fallbackKeys) await expect(canvas.getByText(key, { selector: 'code' })).toBeVisible();
      await expect(headers).toHaveLength(apiErrorCatalog.length + fallbackKeys.length);
      await expect(canvas.getByRole('status')).toHaveTextContent(`${apiErrorCatalog.length + fallbackKeys.length} rows`);
    });

    await step('2005: English and zh-CN texts through the resolver', async () => {
      const row = within(rowOfCode(canvasElement, 2005));
      await expect(row.getByText('balance_insufficient')).toBeVisible();
      await expect(row.getByText('Not enough margin')).toBeVisible();
      await expect(row.getByText(zhCN.balance_insufficient.title)).toBeVisible();
      await expect(row.getByText(zhCN.balance_insufficient.title).closest('td')).toHaveAttribute('lang', 'zh-CN');
      await expect(row.getByText('transfer_funds')).toBeVisible();
      await expect(row.getByText('Transfer funds')).toBeVisible();
      await expect(row.getByText(zhCN.actions.transfer_funds)).toBeVisible();
    });

    await step('513 is retried after a clock sync', async () => {
      const row = within(rowOfCode(canvasElement, 513));
      await expect(row.getByText('after_clock_sync')).toBeVisible();
      await expect(row.getByText('sync_clock')).toBeVisible();
    });

    await step('table semantics', async () => {
      await expect(canvas.getByRole('table', { name: /MEXC futures error catalog/ })).toBeVisible();
      await expect(canvas.getByRole('columnheader', { name: 'Code' })).toHaveAttribute('scope', 'col');
      await expect(canvas.getByRole('columnheader', { name: /English \(en\)/ })).toBeVisible();
      await expect(canvas.getByRole('columnheader', { name: /zh-CN/ })).toBeVisible();
    });
  },
};

/** Typing a code in the search box leaves exactly that code's row. */
export const SearchByCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const search = canvas.getByRole('searchbox', { name: 'Search by code or key' });
    await userEvent.type(search, '2005');
    await expect(rowHeaderTexts(canvasElement)).toEqual(['2005']);
    await expect(canvas.getByText('Not enough margin')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(/^1 result\b/);

    await userEvent.clear(search);
    await userEvent.type(search, 'no-such-code');
    await expect(canvas.queryAllByRole('rowheader')).toHaveLength(0);
    await expect(canvas.getByRole('status')).toHaveTextContent(/^0 results\b/);
    await expect(canvas.getByText(/No code, key or text matches/)).toBeVisible();
  },
};

/** Typing part of a key (case-insensitive) finds every matching key, category and text. */
export const SearchByKey: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const search = canvas.getByRole('searchbox', { name: 'Search by code or key' });
    await userEvent.type(search, 'permission');
    const headers = rowHeaderTexts(canvasElement);
    for (const code of ['701', '702', '703', '704']) await expect(headers).toContain(code);
    // category 'permission'
    await expect(headers).toContain('406');
    await expect(headers).toContain('511');
    await expect(headers).not.toContain('2005');
    await expect(headers.length).toBeGreaterThan(4);
    await expect(canvas.getByRole('status')).toHaveTextContent(`${headers.length} results`);

    await userEvent.clear(search);
    await userEvent.type(search, 'BALANCE_Insufficient');
    await expect(rowHeaderTexts(canvasElement)).toEqual(['2005']);
  },
};

/** `locales` and `initialQuery`: Chinese only, pre-filtered on the `clock` category. */
export const ChineseOnlyFiltered: Story = {
  args: { locales: ['zh-CN'], initialQuery: 'clock' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('searchbox', { name: 'Search by code or key' })).toHaveValue('clock');
    await expect(rowHeaderTexts(canvasElement)).toContain('513');
    await expect(rowHeaderTexts(canvasElement)).not.toContain('2005');
    await expect(canvas.getByText(zhCN.request_time_invalid.title)).toBeVisible();
    await expect(canvas.queryByRole('columnheader', { name: /English/ })).toBeNull();
  },
};

/** In a right-to-left page the table uses logical properties: cells start on the right. */
export const RightToLeft: Story = {
  args: { initialQuery: '2005' },
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const header = canvas.getByRole('columnheader', { name: 'Code' });
    await expect(getComputedStyle(header).textAlign).toBe('start');
    await expect(getComputedStyle(header).direction).toBe('rtl');
    // margin-inline-start: auto is a right margin in RTL, pushing the result count to the left edge
    const status = getComputedStyle(canvas.getByRole('status'));
    await expect(parseFloat(status.marginRight)).toBeGreaterThan(0);
    await expect(status.marginLeft).toBe('0px');
    await expect(rowHeaderTexts(canvasElement)).toEqual(['2005']);
  },
};
