import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { ApiErrorToast, ApiErrorToaster, createToastStore } from 'mexc-error-kit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { kitTexts } from '../support/kit-texts';
import type { KitStoryParameters } from '../support/story-parameters';
import { findToast, horizontalGaps } from './toaster-harness';

const MARGIN_2005 = { success: false, code: 2005, message: '余额不足' };
const RATE_LIMITED_510 = { success: false, code: 510, message: '请求频率过快' };
/** Words with no break opportunity: only `overflow-wrap: anywhere` keeps them inside the toast. */
const UNBROKEN_TITLE = 'X'.repeat(200);
const UNBROKEN_SERVER_TEXT = 'INSUFFICIENT_MARGIN_FOR_ORDER_'.repeat(16);
/** Default `--mek-offset`: the gap between a toaster and the viewport's edges. */
const OFFSET = 16;

/** The stylesheet's default colours (src/styles.css), as computed styles report them. */
const LIGHT = { background: 'rgb(255, 255, 255)', color: 'rgb(26, 29, 35)', scheme: 'light' };
const DARK = { background: 'rgb(28, 32, 39)', color: 'rgb(242, 244, 247)', scheme: 'dark' };

/** Inline toasts in a box that follows the page, under `data-theme="dark"` and under `.dark`; two toasters forced light and dark. */
function StylesPage() {
  const [store] = useState(createToastStore);
  // The toasters (children) register before this effect runs; StrictMode's second run only counts ×2.
  useEffect(() => {
    store.show(RATE_LIMITED_510, { toasterId: 'start', dedupe: false, id: 'start-510' });
    store.show(RATE_LIMITED_510, { toasterId: 'end', dedupe: false, id: 'end-510' });
    return () => store.dismiss();
  }, [store]);
  const box = { padding: 8, maxWidth: 360 } as const;
  return (
    <div style={{ display: 'grid', gap: 12, paddingBlockEnd: 240 }}>
      <div data-testid="page-theme" style={box}>
        <ApiErrorToast error={MARGIN_2005} showDetails={false} />
      </div>
      <div data-testid="data-theme-dark" data-theme="dark" style={{ ...box, background: '#111418' }}>
        <ApiErrorToast error={MARGIN_2005} showDetails={false} />
      </div>
      <div data-testid="class-dark" className="dark" style={{ ...box, background: '#111418' }}>
        <ApiErrorToast error={MARGIN_2005} showDetails={false} />
      </div>
      <div data-testid="narrow" style={{ ...box, maxWidth: 320 }}>
        <ApiErrorToast error={{ success: false, code: 2005, message: UNBROKEN_SERVER_TEXT }} title={UNBROKEN_TITLE} />
      </div>
      <ApiErrorToaster store={store} id="start" position="bottom-start" hotkey="Alt+1" theme="light" />
      <ApiErrorToaster store={store} id="end" position="bottom-end" hotkey="Alt+2" theme="dark" />
    </div>
  );
}

const toastIn = (root: HTMLElement, testId: string) => within(root).getByTestId(testId).querySelector<HTMLElement>('[data-mek-toast]')!;

async function expectColours(toast: HTMLElement, expected: typeof LIGHT) {
  const style = getComputedStyle(toast);
  await expect({ background: style.backgroundColor, color: style.color, scheme: style.colorScheme }).toEqual(expected);
}

/** Every style rule of the page's stylesheets inside an `@media` whose condition contains `condition`. */
function rulesUnderMedia(condition: string): CSSStyleRule[] {
  const found: CSSStyleRule[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a stylesheet of another origin
    }
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && rule.conditionText.replace(/\s+/g, '').includes(condition)) {
        found.push(...[...rule.cssRules].filter((inner): inner is CSSStyleRule => inner instanceof CSSStyleRule));
      }
    }
  }
  return found;
}

/** The declarations of `rules` that would apply to `element` once their media condition holds. */
const declarationsFor = (rules: readonly CSSStyleRule[], element: Element, property: string) =>
  rules.filter((rule) => element.matches(rule.selectorText)).map((rule) => rule.style.getPropertyValue(property));

/**
 * What the kit's stylesheet does, checked on the rendered toasts with `getComputedStyle` in the browser:
 * light and dark colours, `start`/`end` positions that mirror under right-to-left, no kerning on long
 * texts, wrapping of unbroken words, and the reduced-motion and forced-colors rules.
 */
const meta = {
  title: 'Guides/Theming',
  parameters: { docsMinHeight: 900 } satisfies KitStoryParameters,
  render: () => <StylesPage />,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The computed styles behind the Theming guide's promises, in the toolbar's theme, direction and locale. */
export const ComputedStyles: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const t = kitTexts(globals);
    const dark = globals.theme === 'dark';
    const dir = globals.dir === 'rtl' ? 'rtl' : 'ltr';
    const canvas = within(canvasElement);
    const start = canvas.getByRole('region', { name: `${t.ui('regionLabel')} (Alt+1)` });
    const end = canvas.getByRole('region', { name: `${t.ui('regionLabel')} (Alt+2)` });
    const startToast = await findToast(start, 'status', t.title(RATE_LIMITED_510));
    const endToast = await findToast(end, 'status', t.title(RATE_LIMITED_510));
    await within(canvasElement).findAllByRole('alert', { name: t.title(MARGIN_2005) });

    await step('dark colours under data-theme="dark" and .dark, light ones otherwise', async () => {
      await expectColours(toastIn(canvasElement, 'data-theme-dark'), DARK);
      await expectColours(toastIn(canvasElement, 'class-dark'), DARK);
      await expectColours(toastIn(canvasElement, 'page-theme'), dark ? DARK : LIGHT);
      await expect(LIGHT.background).not.toBe(DARK.background);
      // a toaster's theme wins over the page's, both ways
      await expectColours(startToast, LIGHT);
      await expectColours(endToast, DARK);
      const muted = (toast: HTMLElement) => getComputedStyle(toast.querySelector('[id$="-message"]')!).color;
      await expect(muted(startToast)).not.toBe(muted(endToast));
    });

    await step(`start and end follow the direction (${dir})`, async () => {
      for (const region of [start, end]) await expect(getComputedStyle(region).direction).toBe(dir);
      const [startGaps, endGaps] = [horizontalGaps(start), horizontalGaps(end)];
      // bottom-end hugs the right edge in LTR and the left edge in RTL; bottom-start the other one
      const endGap = dir === 'rtl' ? endGaps.left : endGaps.right;
      const startGap = dir === 'rtl' ? startGaps.right : startGaps.left;
      await expect(Math.abs(endGap - OFFSET)).toBeLessThan(2);
      await expect(Math.abs(startGap - OFFSET)).toBeLessThan(2);
      const endIsLeft = end.getBoundingClientRect().left < start.getBoundingClientRect().left;
      await expect(endIsLeft).toBe(dir === 'rtl');
    });

    await step('long texts: no kerning, and unbroken words wrap inside the toast', async () => {
      const narrow = toastIn(canvasElement, 'narrow');
      await userEvent.click(within(narrow).getByText(t.ui('details')));
      const serverText = await within(narrow).findByText(UNBROKEN_SERVER_TEXT);
      for (const element of [narrow.querySelector('[id$="-title"]')!, narrow.querySelector('[id$="-message"]')!, serverText]) {
        await expect(getComputedStyle(element).getPropertyValue('font-kerning')).toBe('none');
      }
      await expect(getComputedStyle(narrow).overflowWrap).toBe('anywhere');
      for (const element of [narrow, ...narrow.querySelectorAll<HTMLElement>('p, dd, summary')]) {
        await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
      }
      await expect(narrow.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    });

    await step('reduced motion: toasts slide in only when motion is welcome', async () => {
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      await waitFor(() => expect(getComputedStyle(startToast).animationName).toBe(reduce ? 'none' : 'mek-toast-in'));
      // the animation is declared only under `prefers-reduced-motion: no-preference`
      await expect(declarationsFor(rulesUnderMedia('prefers-reduced-motion:no-preference'), startToast, 'animation')).not.toEqual([]);
      await expect(getComputedStyle(toastIn(canvasElement, 'page-theme')).animationName).toBe('none');
    });

    await step('forced colors: system-colour borders on the toast and its buttons', async () => {
      const rules = rulesUnderMedia('forced-colors:active');
      const toast = toastIn(canvasElement, 'page-theme');
      await expect(declarationsFor(rules, toast, 'border')).toContainEqual(expect.stringMatching(/canvastext/i));
      for (const button of toast.querySelectorAll('button')) {
        await expect(declarationsFor(rules, button, 'border')).toContainEqual(expect.stringMatching(/buttontext/i));
      }
      if (matchMedia('(forced-colors: active)').matches) await expect(getComputedStyle(toast).borderTopStyle).toBe('solid');
    });
  },
};
