// Benchmark page: how long a toast takes to render and lay out, with normal texts, with 1 MB texts
// (capped by the kit) and, for reference, with an uncapped long unbroken word in the toast's CSS.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ApiErrorProvider, ApiErrorToaster, createToastStore } from '../../../src/index';
import '../../../src/styles.css';

const MEGABYTE = 1_000_000;
const MARGIN_2005 = { success: false, code: 2005, message: '余额不足' };
const store = createToastStore();
const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <ApiErrorProvider store={store}>
      <ApiErrorToaster />
      <div id="reference" style={{ width: 360 }} />
    </ApiErrorProvider>,
  ),
);

/** Milliseconds from the call to `change` until the result is rendered and laid out. */
async function timeRender(change: () => void, rendered: () => Element | null): Promise<number> {
  const start = performance.now();
  flushSync(change);
  // The store tells its subscribers in a microtask (one notification per burst): let it, then render.
  await Promise.resolve();
  flushSync(() => {});
  const element = rendered();
  if (!element) throw new Error('nothing rendered');
  void element.getBoundingClientRect(); // forces style and layout
  return performance.now() - start;
}

const toast = () => document.querySelector('[data-mek-toast]');

/** Lays out an uncapped unbroken word in a 360 px toast message, with the kit's CSS (plus `style`). */
function unbrokenWord(length: number, style = ''): Promise<number> {
  const host = document.getElementById('reference')!;
  return timeRender(
    () => {
      host.innerHTML = `<div class="mek-toast"><div class="mek-toast__body"><p class="mek-toast__message" style="${style}"></p></div></div>`;
      host.querySelector('p')!.textContent = 'A'.repeat(length);
    },
    () => host.querySelector('p'),
  );
}

const scenarios: Record<string, () => Promise<number>> = {
  'toast, 2005 texts': () => timeRender(() => void store.show(MARGIN_2005), toast),
  'toast, 1 MB title + 1 MB message (shown capped: 200 / 1,000)': () =>
    timeRender(() => void store.show(MARGIN_2005, { title: 'T'.repeat(MEGABYTE), message: 'M'.repeat(MEGABYTE) }), toast),
  'unbroken word of 16,000 characters in the toast message CSS': () => unbrokenWord(16_000),
  'unbroken word of 65,536 characters in the toast message CSS': () => unbrokenWord(65_536),
  'reference: 16,000 characters with kerning on (what the CSS avoids)': () => unbrokenWord(16_000, 'font-kerning: normal'),
};

declare global {
  interface Window {
    bench: { scenarios: string[]; run(name: string): Promise<number> };
  }
}

window.bench = {
  scenarios: Object.keys(scenarios),
  async run(name) {
    flushSync(() => store.dismiss());
    document.getElementById('reference')!.innerHTML = '';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return scenarios[name]!();
  },
};
