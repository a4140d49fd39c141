// The toast store under a burst (issue 8), against react-hot-toast's and sonner's stores, in Node:
//   node test/bench/toast-store.bench.mjs [--runs=11] [--verbose]   (`npm run bench:store`, part of `npm run bench`)
// Writes the "toast-store" section of test/bench/RESULTS.md, prints the same table, and exits with 1 when a
// target is missed, so CI can run it. A script, not a test: its numbers depend on the machine; the targets
// are ratios measured in one process, the scenarios interleaved, each the median of several runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSourceModules } from './load-source.mjs';
import { machineLine, median, writeResultsSection } from './results.mjs';

// Retained heap is only meaningful right after a full collection: run again with --expose-gc if needed.
if (typeof globalThis.gc !== 'function') {
  const args = ['--expose-gc', ...process.execArgv, import.meta.filename, ...process.argv.slice(2)];
  process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1);
}
const gc = () => (globalThis.gc(), globalThis.gc());

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const RUNS = Math.max(5, Number(args.map((arg) => /^--runs=(\d+)$/.exec(arg)?.[1]).find(Boolean) ?? 11));
const VERBOSE = args.includes('--verbose');
const WARM_UP = 3;
const SIZES = [1_000, 10_000];
const MAX_QUEUED = 100; // the store's default ToastOptions.maxQueued

const sources = await loadSourceModules({ store: 'src/core/toasts/store.ts', normalize: 'src/core/errors/normalize.ts' });
const { createToastStore } = sources.store;
const { normalizeApiError } = sources.normalize;
const { toast: hotToast, useToasterStore } = await import('react-hot-toast/headless');
const { toast: sonner } = await import('sonner');
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');

// 10,000 distinct failures as MEXC sends them: the official codes in turn, each message numbered.
const official = JSON.parse(readFileSync(join(root, 'test/fixtures/mexc-contract-error-codes.json'), 'utf8')).filter(
  ({ code }) => code !== 0,
);
const makeError = (i) => {
  const { code, description } = official[i % official.length];
  return { success: false, code, message: `${description} (#${i + 1})` };
};
const ERRORS = Array.from({ length: Math.max(...SIZES) }, (_, i) => makeError(i));
const MESSAGES = ERRORS.map((error) => error.message);

/** How many toasts react-hot-toast keeps: its state is only readable through its hook, so render it once. */
function hotToastKept() {
  let kept = 0;
  renderToString(createElement(() => ((kept = useToasterStore().toasts.length), null)));
  return kept;
}

const libraries = {
  ours: {
    label: 'mexc-error-kit `createToastStore()`',
    // createToastStore(), one subscriber that reads the snapshot (as a UI does), n × show(error, { dedupe: false })
    // in one tick, then one microtask so the batched notification runs.
    async fill(n, errorAt) {
      const store = createToastStore();
      let notified = 0;
      let snapshot;
      store.subscribe(() => {
        notified++;
        snapshot = store.getSnapshot();
      });
      for (let i = 0; i < n; i++) store.show(errorAt(i), { dedupe: false });
      await Promise.resolve();
      return {
        // read after the clock stops
        stats() {
          const visible = snapshot?.visible.length ?? 0;
          const waiting = snapshot?.queued.length ?? 0;
          const overflow = [...(snapshot?.visible ?? []), ...(snapshot?.queued ?? [])].find((each) => each.kind === 'overflow');
          return {
            kept: visible + waiting,
            notified,
            visible,
            waiting,
            overflowCount: overflow?.count ?? 0,
            failures: visible + waiting - (overflow ? 1 : 0),
          };
        },
        async release() {
          store.dismiss();
          await Promise.resolve(); // the flush clears the visible toasts' clocks
        },
      };
    },
  },
  'react-hot-toast': {
    label: 'react-hot-toast 2.6 `toast.error(message)`',
    // Its listeners are only added by the useToaster hook's effect, so none runs in Node: this is its
    // store's synchronous dispatch (reducer) work alone, no React render. It keeps the newest 20 toasts.
    async fill(n, _errorAt, messageAt) {
      hotToast.remove();
      for (let i = 0; i < n; i++) hotToast.error(messageAt(i));
      return { stats: () => ({ kept: hotToastKept() }), release: async () => hotToast.remove() };
    },
  },
  sonner: {
    label: 'sonner 2.0 `toast.error(message)`',
    // No <Toaster> subscribed: its ToastState observer's work alone. It keeps every toast not dismissed.
    async fill(n, _errorAt, messageAt) {
      sonner.getHistory().length = 0; // its history array, emptied in place: a fresh store without a reload
      for (let i = 0; i < n; i++) sonner.error(messageAt(i));
      return { stats: () => ({ kept: sonner.getHistory().length }), release: async () => void (sonner.getHistory().length = 0) };
    },
  },
  normalize: {
    label: 'reference: `normalizeApiError(error)` alone (part of ours)',
    reference: true,
    async fill(n, errorAt) {
      const errors = [];
      for (let i = 0; i < n; i++) errors.push(normalizeApiError(errorAt(i)));
      return { stats: () => ({ kept: errors.length }), release: async () => {} };
    },
  },
};
const names = Object.keys(libraries);
const stores = names.filter((name) => !libraries[name].reference);

// Time: warm-up rounds, then RUNS rounds; each round runs every library × size, in an order rotated per round.
const scenarios = names.flatMap((name) => SIZES.map((n) => ({ name, n })));
const times = new Map(scenarios.map((s) => [`${s.name}:${s.n}`, []]));
const checks = [];
for (let round = 0; round < WARM_UP + RUNS; round++) {
  for (let k = 0; k < scenarios.length; k++) {
    const { name, n } = scenarios[(k + round) % scenarios.length];
    gc();
    const start = performance.now();
    const result = await libraries[name].fill(
      n,
      (i) => ERRORS[i],
      (i) => MESSAGES[i],
    );
    const ms = performance.now() - start;
    const stats = result.stats();
    await result.release();
    if (round < WARM_UP) continue;
    times.get(`${name}:${n}`).push(ms);
    if (name === 'ours') checks.push({ n, ...stats });
  }
}
const ms = (name, n) => median(times.get(`${name}:${n}`));
if (VERBOSE) for (const [key, runs] of times) console.log(`${key} ms:`, runs.map((t) => t.toFixed(1)).join(' '));

// Memory: the heap a burst of n leaves, measured as the difference between after the burst and after the store
// is emptied again (each after a full collection), so code compiled on the way is not counted. The failures are
// created during the burst, so only what a store keeps survives.
const memory = {};
for (const name of stores) {
  for (const n of SIZES) {
    const samples = [];
    for (let run = 0; run < 6; run++) {
      const result = await libraries[name].fill(n, makeError, (i) => makeError(i).message);
      const { kept } = result.stats();
      gc();
      const full = process.memoryUsage().heapUsed;
      await result.release();
      gc();
      if (run > 0) samples.push({ bytes: full - process.memoryUsage().heapUsed, kept }); // the first run warms up
    }
    const bytes = median(samples.map((s) => s.bytes));
    memory[`${name}:${n}`] = { bytes, kept: samples[0].kept, perKept: bytes / samples[0].kept };
    if (VERBOSE) console.log(`${name}:${n} bytes:`, samples.map((s) => s.bytes).join(' '));
  }
}

// Targets (issue 8, Deliver 2 and Done when) and what must hold in every run of ours.
const [small, large] = SIZES;
const fmt = (value, digits = 1) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const targets = [
  [`ours(${fmt(large, 0)}) < react-hot-toast(${fmt(large, 0)})`, ms('ours', large) < ms('react-hot-toast', large)],
  [`ours(${fmt(large, 0)}) ≤ 12 × ours(${fmt(small, 0)})`, ms('ours', large) <= 12 * ms('ours', small)],
  [`ours(${fmt(large, 0)}) well under a second (< 1,000 ms; it took 99 s before)`, ms('ours', large) < 1000],
  [`at most maxQueued (${MAX_QUEUED}) waiting, in every run`, checks.every((c) => c.waiting <= MAX_QUEUED)],
  [
    'nothing lost: shown + waiting failures + overflow count = errors shown, in every run',
    checks.every((c) => c.failures + c.overflowCount === c.n),
  ],
  ['one notification per burst, in every run', checks.every((c) => c.notified === 1)],
];
const lastOf = (n) => checks.filter((c) => c.n === n).at(-1);
const row = (...cells) => `| ${cells.join(' | ')} |`;
const timeRows = names.map((name) => {
  const runs = times.get(`${name}:${large}`);
  return row(
    libraries[name].label,
    fmt(ms(name, small)),
    fmt(ms(name, large)),
    `${fmt(Math.min(...runs))}–${fmt(Math.max(...runs))}`,
    fmt(ms(name, large) / ms(name, small), 2),
  );
});
const memoryRows = stores.map((name) => {
  const [a, b] = [memory[`${name}:${small}`], memory[`${name}:${large}`]];
  return row(libraries[name].label, fmt(a.bytes / 1024), fmt(b.bytes / 1024), fmt(b.kept, 0), fmt(b.perKept, 0));
});
const markdown = [
  '## Toast store under a burst (issue 8)',
  '',
  `\`node test/bench/toast-store.bench.mjs\` · ${machineLine(`${WARM_UP} warm-up + ${RUNS} interleaved runs, medians`)}`,
  '',
  'Time to take n distinct failures (MEXC bodies, the official codes in turn, each message numbered) in one tick. Ours:',
  '`createToastStore()`, one subscriber reading `getSnapshot()`, n × `show(error, { dedupe: false })`, one microtask for the',
  'batched notification (normalizing each error included). react-hot-toast and sonner: n × `toast.error(message)`; their',
  'listeners come from React components, so none runs in Node and their times are their stores alone, without a render.',
  '',
  row('store', `${fmt(small, 0)} ms`, `${fmt(large, 0)} ms`, `${fmt(large, 0)} min–max`, `${fmt(large, 0)} / ${fmt(small, 0)}`),
  row('---', '---:', '---:', '---:', '---:'),
  ...timeRows,
  '',
  `After ${fmt(large, 0)} in ours: ${lastOf(large).visible} shown (the last of them the overflow toast) and ${lastOf(large).waiting} waiting;`,
  `overflow count ${fmt(lastOf(large).overflowCount, 0)}; after ${fmt(small, 0)}: ${lastOf(small).waiting} waiting, overflow count ${fmt(lastOf(small).overflowCount, 0)}.`,
  '',
  'Heap the toasts hold after the burst (`--expose-gc`: `heapUsed` after the burst minus after emptying the store, each after',
  'a full collection; median of 5), the failures created during the burst so that only what a store keeps survives;',
  'per kept toast = that heap / toasts kept. react-hot-toast keeps its newest 20 and drops the rest; sonner keeps all.',
  '',
  row('store', `KiB held after ${fmt(small, 0)}`, `after ${fmt(large, 0)}`, `toasts kept after ${fmt(large, 0)}`, 'bytes per kept toast'),
  row('---', '---:', '---:', '---:', '---:'),
  ...memoryRows,
  '',
  'Targets:',
  '',
  ...targets.map(([name, met]) => `- ${met ? 'met' : '**missed**'}: ${name}`),
].join('\n');

console.log(markdown);
await writeResultsSection('toast-store', markdown);
const missed = targets.filter(([, met]) => !met).map(([name]) => name);
if (missed.length > 0) {
  console.error(`\nMissed: ${missed.join('; ')}`);
  process.exitCode = 1;
}
