// Gzip size budgets (issue 9), measured the way an app pays for the kit: for each scenario a tiny entry file
// imports the named exports from the BUILT package (dist/) and uses them, esbuild bundles it with
// `--bundle --minify --splitting --format=esm` (react, react-dom and @tanstack/react-query external), and we
// gzip -9 (node:zlib level 9) each file the browser downloads before the entry runs: the entry output, every
// chunk it reaches through static imports (chunks loaded through import() are not counted), and its CSS
// (dist/styles.css for the kit; sonner ships its CSS inside its JS). Sizes are summed per file.
// The same run measures sonner, react-hot-toast and react-error-boundary the same way as anchors.
// Prints a table, writes it to test/bench/RESULTS.md (section "size"), exits 1 when a budget is exceeded.
// Run after `npm run build`: `npm run size:gzip` (`-- --no-write`, or CI set, leaves RESULTS.md alone).
import { resolve } from 'node:path';
import { writeResultsSection } from '../test/bench/results.mjs';
import { bundleAndMeasure } from './size-bundle.mjs';
import { NORMALIZER_FEATURES } from './size-features.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const KIT_CSS = resolve(dist, 'styles.css');
// The built-in English texts (imported statically by the text lookup): stubbed out for "the kit without its en text".
const EN_BUILT_IN = [resolve(dist, 'locales/en/common.js'), resolve(dist, 'locales/en/futures.js')];
// The catalog tables (code → key, category, severity, retry rule, actions): stubbed by an empty catalog of the same id
// for the table of what each part costs.
const CATALOGS = ['futures', 'order', 'general'].map((id) => resolve(dist, `core/catalogs/${id}.catalog.js`));

const kit = (path) => resolve(dist, path);
const scenarios = [
  {
    id: 'kit',
    name: 'whole kit (provider, toaster, toast, boundary, `useApiError`, `showApiError`, `createApiErrorQueryClient`, CSS)',
    imports: [
      [kit('index.js'), ['ApiErrorProvider', 'ApiErrorToaster', 'ApiErrorToast', 'ApiErrorBoundary', 'useApiError', 'showApiError']],
      [kit('query/index.js'), ['createApiErrorQueryClient']],
    ],
    css: KIT_CSS,
    target: 14_000,
    budget: 26_500,
    anchors: ['sonner', 'react-hot-toast'],
  },
  {
    id: 'toaster',
    name: '`ApiErrorProvider` + `ApiErrorToaster` + `showApiError` + CSS',
    imports: [[kit('index.js'), ['ApiErrorProvider', 'ApiErrorToaster', 'showApiError']]],
    css: KIT_CSS,
    target: 12_500,
    budget: 24_800,
    anchors: ['sonner'],
  },
  {
    id: 'boundary',
    name: '`ApiErrorBoundary` alone',
    imports: [[kit('index.js'), ['ApiErrorBoundary']]],
    target: 8_000,
    budget: 19_800,
    anchors: ['react-error-boundary'],
  },
  {
    id: 'resolve',
    name: '`resolveApiError` alone (`/core`, with en)',
    imports: [[kit('core/index.js'), ['resolveApiError']]],
    target: 7_000,
    budget: 15_100,
  },
  {
    id: 'normalize',
    name: '`normalizeApiError` alone (`/core`)',
    imports: [[kit('core/index.js'), ['normalizeApiError']]],
    target: 3_000,
    budget: 5_600,
  },
  {
    id: 'kit-no-en',
    name: 'whole kit without its en text (built-in en texts stubbed out)',
    // the whole kit, with dist/locales/en/{common,futures}.js replaced by `export default {}` while bundling
    like: 'kit',
    stub: EN_BUILT_IN,
    target: 9_500,
    budget: 21_800,
    anchors: ['sonner'],
  },
];
const anchors = [
  { id: 'sonner', name: 'sonner (`Toaster` + `toast`, CSS inside its JS)', imports: [['sonner', ['Toaster', 'toast']]] },
  { id: 'react-hot-toast', name: 'react-hot-toast (`Toaster` + `toast`)', imports: [['react-hot-toast', ['Toaster', 'toast']]] },
  { id: 'react-error-boundary', name: 'react-error-boundary (`ErrorBoundary`)', imports: [['react-error-boundary', ['ErrorBoundary']]] },
];
// `target`: issue 9's goal. `budget`: what CI enforces: the target where it holds, else the measured size
// rounded up a little (a guard against regressions) until the code gets there; see the README's "Size and speed".
const LAZY_CHUNK_BUDGET = 6_500;

const measure = (scenario) => bundleAndMeasure(scenario, root);
const results = new Map();
for (const anchor of anchors) results.set(anchor.id, await measure(anchor));
for (const scenario of scenarios) {
  const base = scenario.like ? scenarios.find((each) => each.id === scenario.like) : scenario;
  results.set(scenario.id, await measure({ ...base, id: scenario.id, stub: scenario.stub }));
}

/**
 * What leaving something out saves an import: its bytes minus its bytes bundled again with `change`, one of
 * `{ stub: files }` (data stubbed out), `{ sources }` (modules replaced) or `{ css: undefined }` (CSS left out).
 */
async function savedBy(id, change) {
  const scenario = scenarios.find((each) => each.id === id);
  return results.get(id).bytes - (await measure({ ...scenario, id: `${id}-without`, ...change })).bytes;
}

// What each part costs an import; what is left is code. Shows which targets the data alone puts out of reach.
const PART_SCENARIOS = ['kit', 'toaster', 'boundary', 'resolve'];
const partCosts = new Map();
for (const id of PART_SCENARIOS) {
  const whole = results.get(id).bytes;
  const en = await savedBy(id, { stub: EN_BUILT_IN });
  const catalogs = await savedBy(id, { stub: CATALOGS });
  const css = scenarios.find((each) => each.id === id).css ? await savedBy(id, { css: undefined }) : 0;
  partCosts.set(id, { whole, en, catalogs, css, code: whole - en - catalogs - css });
}

// What the normalizer's hardening costs `normalizeApiError` alone: each feature's module replaced by its stand-in,
// then all of them; what is left reads the response shapes.
const withStandIns = (features) => ({ sources: Object.fromEntries(features.map(({ file, stub }) => [resolve(dist, file), stub])) });
const featureRows = [];
for (const feature of NORMALIZER_FEATURES) featureRows.push([feature.name, await savedBy('normalize', withStandIns([feature]))]);
const allFeatures = await savedBy('normalize', withStandIns(NORMALIZER_FEATURES));
const ALL = `all ${NORMALIZER_FEATURES.length}`;
featureRows.push([`**${ALL}**`, allFeatures]);
const normalizeWhole = results.get('normalize').bytes;
const bare = normalizeWhole - allFeatures;

const fmt = (n) => n.toLocaleString('en-US');
/** A Markdown table: `align` per column, `'l'` or `'r'`. */
const markdownTable = (header, align, rows) =>
  [header, align.map((a) => (a === 'r' ? '--:' : '---')), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
let failures = 0;
const rows = [];
for (const scenario of scenarios) {
  const { bytes, files } = results.get(scenario.id);
  const ok = bytes <= scenario.budget;
  if (!ok) failures++;
  const against = (scenario.anchors ?? []).map((id) => `${ratio(bytes, results.get(id).bytes)} ${id}`).join(' · ');
  const target = bytes <= scenario.target ? 'met' : `${fmt(scenario.target)} (not met)`;
  rows.push([scenario.name, fmt(bytes), String(files), `≤ ${fmt(scenario.budget)}`, ok ? 'ok' : '**over**', target, against || '—']);
}
// every texts chunk the whole kit loads on demand (one locale × one part)
const lazy = results.get('kit').lazy.sort((a, b) => a.name.localeCompare(b.name));
for (const chunk of lazy) {
  const ok = chunk.bytes <= LAZY_CHUNK_BUDGET;
  if (!ok) failures++;
  const target = ok ? 'met' : `${fmt(LAZY_CHUNK_BUDGET)} (not met)`;
  rows.push([`lazy texts chunk: ${chunk.name}`, fmt(chunk.bytes), '1', `≤ ${fmt(LAZY_CHUNK_BUDGET)}`, ok ? 'ok' : '**over**', target, '—']);
}
for (const anchor of anchors) {
  const { bytes, files } = results.get(anchor.id);
  rows.push([`anchor: ${anchor.name}`, fmt(bytes), String(files), '—', '—', '—', '1.00×']);
}

const header = ['import', 'gzip -9 bytes', 'files', 'CI budget', 'status', 'issue 9 target', 'ratio to anchor'];
const table = markdownTable(header, ['l', 'r', 'r', 'l', 'l', 'l', 'l'], rows);
const partRows = [
  ['built-in en texts (`locales/en/common.js`, `futures.js`)', 'en'],
  ['catalog tables (`core/catalogs/*.catalog.js`)', 'catalogs'],
  ['CSS (`styles.css`)', 'css'],
  ['code (the rest)', 'code'],
  ['**the import**', 'whole'],
  ['issue 9 target', 'target'],
];
const partHeader = ['part', ...PART_SCENARIOS.map((id) => `\`${id}\``)];
const partsTable = markdownTable(
  partHeader,
  partHeader.map((_, i) => (i === 0 ? 'l' : 'r')),
  partRows.map(([name, key]) => [
    name,
    ...PART_SCENARIOS.map((id) => fmt(key === 'target' ? scenarios.find((each) => each.id === id).target : partCosts.get(id)[key])),
  ]),
);

console.log(table);
console.log(`\nWhat each part costs (gzip bytes the import loses without it; code = the rest):\n${partsTable}`);
const featuresTable = markdownTable(
  ['`normalizeApiError` alone', 'gzip -9 bytes'],
  ['l', 'r'],
  [
    ['as built', fmt(normalizeWhole)],
    ...featureRows.map(([name, bytes]) => [`cost of ${name}`, fmt(bytes)]),
    [`left without ${ALL}: reading the response shapes`, fmt(bare)],
    ['issue 9 target', fmt(scenarios.find((each) => each.id === 'normalize').target)],
  ],
);
console.log(`\nWhat the normalizer's hardening costs (gzip bytes it loses with the feature stubbed out):\n${featuresTable}`);
console.log(failures === 0 ? '\nevery gzip budget holds' : `\n${failures} gzip budget(s) exceeded`);

// CI (CI=true, as .ci/run sets it) only checks: the tracked RESULTS.md stays as the last run by hand left it
if (!process.argv.includes('--no-write') && !process.env.CI) {
  const { machineLine } = await import('../test/bench/results.mjs');
  await writeResultsSection(
    'size',
    `## Gzip size (issue 9)

\`npm run build && npm run size:gzip\` · ${machineLine(`esbuild ${(await import('esbuild')).version}`)}

Each import bundled from \`dist/\` with esbuild \`--bundle --minify --splitting --format=esm\` (react, react-dom,
@tanstack/react-query external); gzip -9 of the entry output plus the chunks it imports statically plus its CSS, summed
per file. Chunks loaded through \`import()\` are not counted with the entry; each texts chunk the kit loads on demand is
listed with the bytes it adds. "Without its en text": the built-in English texts (\`locales/en/common.js\`,
\`locales/en/futures.js\`) replaced by an empty object while bundling.

${table}

What each part costs an import: its bytes minus its bytes with the part stubbed out (the en texts by an empty object,
each catalog table by an empty catalog) or, for the CSS, left out; the code is what remains.

${partsTable}

What the normalizer's hardening costs \`normalizeApiError\` alone: its bytes minus its bytes with the feature's module
replaced by a stand-in that does nothing (\`scripts/size-features.mjs\`), one at a time and ${ALL} together.

${featuresTable}`,
  );
}
process.exit(failures === 0 ? 0 : 1);
