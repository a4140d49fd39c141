// Benchmark page: one toaster library (see toaster.libraries.tsx) mounted in a fresh page, driven by
// test/bench/browser/toaster.mjs through `window.bench`. Every time is `performance.now()` in the page.
//
// Settled: the DOM under the root has not changed (no MutationObserver record: nodes, attributes or text)
// during two whole animation frames, and the toasts are there (at least one toast element; none when
// emptying). The time is that of the last change, taken in the observer's callback, which runs at the end
// of the task that made it.
// Rendered: the toast's element is in the DOM (checked in a MutationObserver callback) and laid out
// (`getBoundingClientRect()` forces style and layout).
import { Profiler, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { libraries, type Library } from './toaster.libraries';

const container = document.getElementById('root')!;
let library: Library | undefined;
let commits = 0;

function lib(): Library {
  if (!library) throw new Error('mount a library first');
  return library;
}
const count = () => container.querySelectorAll(lib().toastSelector).length;
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

// A task boundary without setTimeout's 4 ms clamp: each cycle starts in a task of its own, as failures do.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const nextTask = () => new Promise<void>((resolve) => (waiting.push(resolve), channel.port2.postMessage(null)));

const observe = (callback: () => void) => {
  const observer = new MutationObserver(callback);
  observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
  return observer;
};

/** Starts watching the DOM now; `settled(done)` resolves with the time of the last change once settled. */
function watch() {
  let last = performance.now();
  let changes = 0;
  const observer = observe(() => {
    last = performance.now();
    changes++;
  });
  /** The time of the last change once settled, or `undefined` when it has not settled within `timeoutMs`. */
  return async function settled(done: () => boolean, timeoutMs: number): Promise<number | undefined> {
    const deadline = performance.now() + timeoutMs;
    let seen = -1;
    let quiet = 0;
    while (quiet < 2 || !done()) {
      await frame();
      quiet = changes === seen ? quiet + 1 : 0;
      seen = changes;
      if (performance.now() > deadline) break;
    }
    observer.disconnect();
    return quiet >= 2 && done() ? last : undefined;
  };
}

/**
 * Shows failure `i` and resolves once its toast is in the DOM and, with `layout`, laid out: the time from
 * just before the call.
 */
function showAndRender(i: number, layout: boolean): Promise<{ handle: string; ms: number }> {
  return new Promise((resolve, reject) => {
    let handle = '';
    const timeout = setTimeout(() => reject(new Error(`toast ${i} not rendered within 60 s`)), 60_000);
    const start = performance.now();
    const observer = observe(() => {
      const element = handle && lib().rendered(handle);
      if (!element) return;
      if (layout) element.getBoundingClientRect();
      const ms = performance.now() - start;
      observer.disconnect();
      clearTimeout(timeout);
      resolve({ handle, ms });
    });
    handle = lib().show(i);
  });
}

/**
 * `n` show → in the DOM → dismiss cycles of failures `from`…, each cycle in a task of its own. No forced
 * layout: the browser lays out once per frame, as it does for an app.
 */
async function cycles(from: number, n: number): Promise<void> {
  for (let i = from; i < from + n; i++) {
    const { handle } = await showAndRender(i, false);
    lib().dismiss(handle);
    await nextTask();
  }
}

/** Waits until every toast has left the DOM and it is settled. */
async function empty(): Promise<void> {
  if ((await watch()(() => count() === 0, 300_000)) === undefined) throw new Error(`${count()} toasts still in the DOM after 300 s`);
}

const bench = {
  /** Mounts the library's toaster in a `<Profiler>` (its `onRender` counts commits in React's profiling build). */
  async mount(name: string) {
    library = libraries[name];
    if (!library) throw new Error(`unknown library ${name}`);
    const wrap = (toaster: ReactNode) => (
      <Profiler id="toaster" onRender={() => void commits++}>
        {toaster}
      </Profiler>
    );
    const root = createRoot(container);
    flushSync(() => root.render(lib().render(wrap)));
    await frame();
    await frame(); // their subscriptions live in effects
  },

  /** Warm-up: `n` cycles on failures of their own, then an empty, settled DOM. */
  async warmUp(n: number) {
    await cycles(1_000_000, n);
    await empty();
  },

  /**
   * `n` failures in one tick: time inside the show calls, time to settled (`null` when not settled within
   * `timeoutMs`), toasts in the DOM and React commits of the toaster by then.
   */
  async burst(n: number, timeoutMs: number) {
    const settled = watch();
    commits = 0;
    const start = performance.now();
    for (let i = 0; i < n; i++) lib().show(i);
    const showMs = performance.now() - start;
    const last = await settled(() => count() > 0, timeoutMs);
    return { showMs, settleMs: last === undefined ? null : last - start, toasts: count(), commits };
  },

  /** `n` times: show one failure, time until rendered, dismiss it, two frames. The times, ms. */
  async steady(n: number) {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const { handle, ms } = await showAndRender(i, true);
      times.push(ms);
      lib().dismiss(handle);
      await frame();
      await frame();
    }
    return times;
  },

  /** Show/dismiss cycles of failures `from`…, then waits until every toast has left the DOM. */
  async cycles(from: number, n: number) {
    const start = performance.now();
    await cycles(from, n);
    await empty();
    return performance.now() - start;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
