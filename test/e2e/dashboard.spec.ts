// The trading-dashboard demo in the built static Storybook, driven like a user with a keyboard and a
// screen reader would: what the toast is called and says, the Alt+T hotkey, Tab and Enter.
import { expect, test, type Page } from '@playwright/test';
import type { Text } from 'mexc-error-kit';
// The pack's parts, not its index: the index merges them with Vite's import.meta.glob, which Playwright's loader lacks.
import zhCommon from '../../src/locales/zh-CN/common';
import zhFutures from '../../src/locales/zh-CN/futures';

// The demo's own labels, one file per locale (the files, not demo-labels.ts, which finds them with import.meta.glob).
import en from '../../stories/demo/dashboard/labels/en';
import zhLabels from '../../stories/demo/dashboard/labels/zh-CN';
import type { DemoLabels } from '../../stories/demo/dashboard/demo-labels';

const zhCN = { ...zhCommon, ...zhFutures };

/** A pack text the test expects to be plain (not plural). */
function plain(text: Text): string {
  if (typeof text !== 'string') throw new Error('expected a plain text, got a plural one');
  return text;
}

const STORY = '/iframe.html?id=start-here-trading-dashboard-demo--dashboard&viewMode=story';
// The first answers come after the whole Storybook preview has booted, which on a loaded machine with
// parallel workers can take longer than the usual expect ceiling: a longer wait, nothing timed.
const FIRST_LOAD_MS = 60_000;

/** Opens the story (optionally with toolbar globals) and waits for the simulator's first answers. */
async function openDashboard(page: Page, globals?: string, labels: DemoLabels = en): Promise<void> {
  await page.goto(globals ? `${STORY}&globals=${globals}` : STORY);
  await expect(page.getByRole('region', { name: labels.balance.heading }).getByText('250.00 USDT')).toBeVisible({
    timeout: FIRST_LOAD_MS,
  });
}

/** 1000 BTC contracts at 65 000 and 20x need 325 USDT of margin; 250 are available. */
async function placeOversizedOrder(page: Page, { form }: DemoLabels = en): Promise<void> {
  await page.getByRole('combobox', { name: form.contract, exact: true }).selectOption('BTC_USDT');
  await page.getByRole('combobox', { name: form.side, exact: true }).selectOption('1');
  await page.getByRole('spinbutton', { name: form.leverage, exact: true }).fill('20');
  await page.getByRole('spinbutton', { name: form.quantity, exact: true }).fill('1000');
  await page.getByRole('spinbutton', { name: form.price, exact: true }).fill('65000');
  await page.getByRole('button', { name: form.submit, exact: true }).click();
}

/** Chromium's own accessible names for a role (what assistive technology is given), via the DevTools protocol. */
async function chromiumNames(page: Page, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored?: boolean; role?: { value?: string }; name?: { value?: string } }[];
  };
  await cdp.detach();
  return nodes.filter((node) => !node.ignored && node.role?.value === role).map((node) => String(node.name?.value ?? ''));
}

test('an oversized order: the 2005 toast is announced, reached with Alt+T, and Transfer funds leads to the transfer', async ({ page }) => {
  await openDashboard(page);
  await placeOversizedOrder(page);

  const region = page.getByRole('region', { name: 'Notifications (Alt+T)' });
  await expect(region).toHaveAccessibleName('Notifications (Alt+T)');
  const toast = region.getByRole('alert', { name: 'Not enough margin' });
  await expect(toast).toBeVisible();
  await expect(toast).toHaveAccessibleDescription(/margin/);
  await expect(toast).toHaveAccessibleDescription(/Transfer funds to your futures account/);
  // inside the assertive live region that existed before the toast, so it is announced
  await expect(region.locator('[aria-live="assertive"]').getByRole('alert')).toHaveCount(1);
  expect(await chromiumNames(page, 'alert')).toContain('Not enough margin');

  await page.keyboard.press('Alt+T');
  // focus lands on the toast's slot in the region; the next Tab reaches the toast's first action
  await expect(
    region.locator('[data-mek-toast-slot]').filter({ has: page.getByRole('alert', { name: 'Not enough margin' }) }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toast.getByRole('button', { name: 'Transfer funds' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 2, name: en.transfer.heading })).toBeVisible();
  await expect(toast).toHaveCount(0);
  const amount = page.getByRole('spinbutton', { name: en.transfer.amount });
  await expect(amount).toBeFocused();
  await expect(amount).toHaveValue('75');

  await page.getByRole('button', { name: en.transfer.submit, exact: true }).click();
  await expect(page.getByText(/^Transferred 75\.00\sUSDT\./)).toBeVisible();
  await expect(page.getByRole('region', { name: en.balance.heading }).getByText('325.00 USDT')).toBeVisible();
  await page.getByRole('button', { name: en.form.submit, exact: true }).click();
  await expect(page.getByText(/^Order \d{18} placed\.$/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a burst of requests: one 510 toast whose accessible name carries the count', async ({ page }) => {
  await openDashboard(page);
  await page.getByRole('group', { name: en.scenarios.legend }).getByRole('button', { name: en.scenarios.names.burst }).click();
  const summary = page.getByText(/^8 requests: \d+ answered, \d+ rejected with code 510\.$/);
  await expect(summary).toBeVisible();
  const rejected = Number(/(\d+) rejected/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(rejected).toBeGreaterThanOrEqual(2);
  const toast = page.getByRole('status').filter({ hasText: 'Too many requests' });
  await expect(toast).toHaveCount(1);
  await expect(toast).toContainText(`Too many requests ×${rejected}`);
  expect(await chromiumNames(page, 'status')).toContain(`Too many requests ×${rejected}`);
});

test('zh-CN from the URL globals: the toast speaks the Chinese pack', async ({ page }) => {
  await openDashboard(page, 'locale:zh-CN', zhLabels);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await placeOversizedOrder(page, zhLabels);

  const region = page.getByRole('region', { name: `${plain(zhCN.ui.regionLabel)} (Alt+T)` });
  const toast = region.getByRole('alert', { name: plain(zhCN.futures.balance_insufficient.title) });
  await expect(toast).toBeVisible();
  await expect(toast).toHaveAccessibleDescription(plain(zhCN.futures.balance_insufficient.message));
  await expect(toast.getByRole('button', { name: zhCN.actions.transfer_funds })).toBeVisible();
  expect(await chromiumNames(page, 'alert')).toContain(plain(zhCN.futures.balance_insufficient.title));

  await toast.getByRole('button', { name: zhCN.actions.transfer_funds }).click();
  await expect(page.getByRole('heading', { level: 2, name: zhLabels.transfer.heading })).toBeVisible();
});
