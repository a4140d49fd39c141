import type { Meta, StoryObj } from '@storybook/react-vite';
import type { KitStoryParameters } from '../support/story-parameters';
import { ApiErrorProvider, ApiErrorToast } from 'mexc-error-kit';
import zhCN from 'mexc-error-kit/locales/zh-CN';
import { expect, within } from 'storybook/test';

const MARGIN_2005 = { success: false, code: 2005, message: '余额不足' };
const MEGABYTE = 1_000_000;
/** An Arabic wording of 2005, as an app would pass it in `messages` (the kit ships no Arabic yet). */
const ARABIC = {
  ar: { futures: { balance_insufficient: { title: 'الهامش غير كافٍ', message: 'لا يوجد هامش كافٍ في حساب العقود لهذا الأمر.' } } },
};

/** Where the last character of an element's text is drawn, and the character before it. */
function lastTwoCharacters(element: Element) {
  const texts = [...element.childNodes].filter((child): child is Text => child.nodeType === Node.TEXT_NODE);
  const node = texts.reverse().find((text) => text.data.trim() !== '');
  if (!node) throw new Error('no text');
  const end = node.data.trimEnd().length;
  const box = (start: number) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 1);
    return range.getBoundingClientRect();
  };
  return { character: node.data[end - 1], last: box(end - 1), before: box(end - 2) };
}

/** The final punctuation sits after the text it ends, in the reading direction of that text. */
async function expectPunctuationAtTheEnd(paragraph: Element, dir: 'ltr' | 'rtl') {
  const { character, last, before } = lastTwoCharacters(paragraph);
  await expect(character).toMatch(/[.。]/);
  await expect(Math.abs(last.top - before.top)).toBeLessThan(2); // same line
  if (dir === 'ltr') await expect(last.left).toBeGreaterThanOrEqual(before.left);
  else await expect(last.right).toBeLessThanOrEqual(before.right);
}

function MixedPage() {
  return (
    // An Arabic page: the toasts' own texts are English, Chinese and Arabic.
    <div dir="rtl" lang="ar" style={{ display: 'grid', gap: 12, maxWidth: 420 }}>
      <ApiErrorProvider locale="en">
        <ApiErrorToast error={MARGIN_2005} showDetails={false} />
      </ApiErrorProvider>
      <ApiErrorProvider locale="zh-CN" messages={{ 'zh-CN': zhCN }}>
        <ApiErrorToast error={MARGIN_2005} showDetails={false} />
      </ApiErrorProvider>
      <ApiErrorProvider locale="ar" messages={ARABIC} loadTexts={false}>
        <ApiErrorToast error={MARGIN_2005} showDetails={false} />
      </ApiErrorProvider>
    </div>
  );
}

/**
 * Every toast, boundary fallback and catalog cell carries the `lang` and `dir` of the locale its text
 * came from, whatever the page's direction: an English or Chinese toast in an Arabic (right-to-left)
 * page still reads left to right, with its period at the end, and an Arabic toast reads right to left.
 * App-supplied texts are capped on screen (title 200, message 1,000 characters, each `values` entry
 * 200), cut at a grapheme boundary with an ellipsis, so a runaway string cannot freeze the page.
 */
const meta = {
  title: 'Components/Text direction and length',
  component: ApiErrorToast,
  tags: ['autodocs'],
  args: { error: MARGIN_2005 },
} satisfies Meta<typeof ApiErrorToast>;

export default meta;
type Story = StoryObj<typeof meta>;

/** English, Chinese and Arabic toasts inside a right-to-left page: each keeps its own direction. */
export const MixedDirectionsInAnRtlPage: Story = {
  render: () => <MixedPage />,
  parameters: { pseudoExempt: 'it pins its toasts to en, zh-CN and ar' } satisfies KitStoryParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const cases = [
      { name: 'Not enough margin', lang: 'en', dir: 'ltr' },
      { name: zhCN.futures.balance_insufficient.title as string, lang: 'zh-CN', dir: 'ltr' },
      { name: ARABIC.ar.futures.balance_insufficient.title, lang: 'ar', dir: 'rtl' },
    ] as const;
    for (const { name, lang, dir } of cases) {
      const toast = await canvas.findByRole('alert', { name });
      await expect(toast).toHaveAttribute('lang', lang);
      await expect(toast).toHaveAttribute('dir', dir);
      await expect(getComputedStyle(toast).direction).toBe(dir);
      await expectPunctuationAtTheEnd(toast.querySelector('[id$="-message"]')!, dir);
    }
  },
};

/** A 1 MB title and a 1 MB unbroken message: shown as 200 and 1,000 characters, wrapped in the toast. */
export const OneMegabyteTexts: Story = {
  args: { title: 'T'.repeat(MEGABYTE), message: 'M'.repeat(MEGABYTE) },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const toast = await within(canvasElement).findByRole('alert');
    const title = toast.querySelector('[id$="-title"]')!.textContent ?? '';
    const message = toast.querySelector('[id$="-message"]')!.textContent ?? '';
    await expect(title).toBe(`${'T'.repeat(199)}…`);
    await expect(message).toBe(`${'M'.repeat(999)}…`);
    await expect(toast.getBoundingClientRect().width).toBeLessThanOrEqual(361);
    for (const element of toast.querySelectorAll('p')) await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
  },
};
