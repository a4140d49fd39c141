// Speed of the core in Node (issue 9, Deliver 3): normalize and resolve against a `JSON.parse` + `Map` baseline on a
// realistic mix, resolve with 1 vs 1,000 locales loaded, and HTML cleaning at 2,000 vs 20,000 characters.
//   node test/bench/core-speed.bench.mjs [--runs=21] [--verbose]   (`npm run bench:core`, part of `npm run bench`)
// Writes the "core-speed" section of test/bench/RESULTS.md, prints the same table, and exits with 1 when a target
// is missed. A script, not a test: the targets are ratios measured in one process, the scenarios interleaved (order
// rotated per round), each the median of several runs after warm-up rounds.
import { join } from 'node:path';
import { loadSourceModules } from './load-source.mjs';
import { machineLine, median, writeResultsSection } from './results.mjs';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const RUNS = Math.max(5, Number(args.map((arg) => /^--runs=(\d+)$/.exec(arg)?.[1]).find(Boolean) ?? 21));
const VERBOSE = args.includes('--verbose');
const WARM_UP = 3;
const BATCH_MS = 10; // each timed sample repeats its operation for about this long

const sources = await loadSourceModules({
  normalize: 'src/core/errors/normalize.ts',
  resolve: 'src/core/text/resolve.ts',
  zhCN: 'src/locales/zh-CN/index.ts',
});
const { normalizeApiError } = sources.normalize;
const { resolveApiError } = sources.resolve;
const zhCN = sources.zhCN.default;

// The mix: what a trading dashboard's error handler receives, in rough proportion.
const body = (code, message) => ({ success: false, code, message });
const axiosError = (status, data, message = `Request failed with status code ${status}`) =>
  Object.assign(new Error(message), {
    name: 'AxiosError',
    code: status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
    isAxiosError: true,
    config: { url: '/api/v1/private/order/submit', method: 'post', headers: { ApiKey: 'mx0vglSECRET1234', Signature: 'f'.repeat(64) } },
    response: { status, statusText: 'Bad Request', data, headers: { 'content-type': 'application/json' } },
  });
const CLOUDFLARE_PAGE = `<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<html lang="en-US"><head><title>Attention Required! | Cloudflare</title><meta charset="UTF-8" />
<style>body{margin:0;padding:0}.cf-wrapper{max-width:960px}</style>
<script>(function(){window._cf_chl_opt={cvId:'3',cType:'managed',cNounce:'12345'};})();</script></head>
<body><div id="cf-wrapper"><div class="cf-alert cf-alert-error cf-cookie-error" id="cookie-alert">Please enable cookies.</div>
<div id="cf-error-details" class="cf-error-details-wrapper"><h1>Sorry, you have been blocked</h1>
<h2>You are unable to access mexc.com</h2><p>This website is using a security service to protect itself from online attacks.</p>
<p>Cloudflare Ray ID: <strong>7d2f1a2b3c4d5e6f</strong> &bull; Your IP: 203.0.113.7 &bull; Performance &amp; security by Cloudflare</p>
</div></div></body></html>`;
const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
const MIX = [
  // MEXC JSON text, as fetch().text() gives it
  ['{"success":false,"code":2005,"message":"余额不足"}', undefined],
  ['{"success":false,"code":602,"message":"Signature verification failed!"}', undefined],
  ['{"success":false,"code":510,"message":"Requests are too frequent, please try again later"}', { httpStatus: 429 }],
  // body objects, as res.json() gives them
  [body(2005, 'Insufficient balance'), undefined],
  [body(4001, 'Invalid parameter'), { httpStatus: 200 }],
  [body(8817, 'The price of stop-limit order exceeds the limit'), undefined],
  // axios-style errors
  [axiosError(400, body(2005, '余额不足')), undefined],
  [axiosError(401, body(401, 'Not authorized: invalid apiKey mx0vglSECRET1234')), undefined],
  // HTML error pages
  [CLOUDFLARE_PAGE, { httpStatus: 403 }],
  [NGINX_502, { httpStatus: 502 }],
  // network errors
  [new TypeError('Failed to fetch'), undefined],
  [Object.assign(new Error('Network Error'), { name: 'AxiosError', code: 'ERR_NETWORK' }), undefined],
];
const CODES = new Map(
  JSON.parse(await (await import('node:fs/promises')).readFile(join(root, 'test/fixtures/mexc-contract-error-codes.json'), 'utf8')).map(
    (entry) => [entry.code, entry],
  ),
);

// resolve: one options object, made once and reused, as an app does (a module constant or a memoized value).
const OPTIONS_ONE = { locale: 'zh-CN', messages: { 'zh-CN': zhCN }, values: { symbol: 'BTC_USDT' } };
const letters = (n) => {
  let tag = '';
  for (let i = 0; i < 4; i++, n = Math.floor(n / 26)) tag += String.fromCharCode(97 + (n % 26));
  return tag;
};
const manyMessages = { 'zh-CN': zhCN };
for (let i = 0; Object.keys(manyMessages).length < 1000; i++) manyMessages[`q${letters(i)}`] = zhCN; // 999 more 5-letter tags
const OPTIONS_MANY = { locale: 'zh-CN', messages: manyMessages, values: { symbol: 'BTC_USDT' } };

let sink = 0; // keeps results alive so nothing is optimized away
const keep = (value) => {
  sink ^= typeof value === 'object' && value !== null ? 1 : 0;
};

const BODY_TEXT = MIX[0][0];
const scenarios = {
  baseline: {
    label: 'baseline: `JSON.parse` + `Map.get(code)`, the naive handler',
    perCall: MIX.length,
    // What the simplest handler does with the same inputs: parse a text (an HTML page throws), take an axios
    // error's `response.data`, look the code up.
    run() {
      for (const [input] of MIX) {
        let value = input;
        if (typeof input === 'string') {
          try {
            value = JSON.parse(input);
          } catch {
            value = undefined;
          }
        } else if (input.response) value = input.response.data;
        keep(CODES.get(value?.code) ?? value);
      }
    },
  },
  bodyOnly: {
    label: 'for reference: `JSON.parse` + `Map.get(code)` of one MEXC body text, no failure paths',
    perCall: 1,
    run() {
      const value = JSON.parse(BODY_TEXT);
      keep(CODES.get(value.code) ?? value);
    },
  },
  normalize: {
    label: '`normalizeApiError(input, context)` on the mix',
    perCall: MIX.length,
    run() {
      for (const [input, context] of MIX) keep(normalizeApiError(input, context));
    },
  },
  resolve: {
    label: '`resolveApiError(input, options)`, zh-CN, same options object',
    perCall: MIX.length,
    run() {
      for (const [input, context] of MIX) keep(resolveApiError(input, context ? { ...OPTIONS_ONE, context } : OPTIONS_ONE));
    },
  },
  resolveOne: {
    label: 'resolve `{code:2005}`, 1 locale in `messages`',
    perCall: 1,
    run: () => keep(resolveApiError(MIX[3][0], OPTIONS_ONE)),
  },
  resolveMany: {
    label: 'resolve `{code:2005}`, 1,000 locales in `messages`',
    perCall: 1,
    run: () => keep(resolveApiError(MIX[3][0], OPTIONS_MANY)),
  },
  comments2k: { label: 'HTML page: `<!--` × 500 (2,000 chars)', perCall: 1, text: '<!--'.repeat(500) },
  comments20k: { label: 'HTML page: `<!--` × 5,000 (20,000 chars)', perCall: 1, text: '<!--'.repeat(5000) },
  scripts2k: { label: 'HTML page: `<script>` × 250 (2,000 chars)', perCall: 1, text: '<script>'.repeat(250) },
  scripts20k: { label: 'HTML page: `<script>` × 2,500 (20,000 chars)', perCall: 1, text: '<script>'.repeat(2500) },
};
for (const scenario of Object.values(scenarios)) {
  if (scenario.text !== undefined) scenario.run = () => keep(normalizeApiError(scenario.text, { httpStatus: 502 }));
}
// The resolve scenarios build a fresh `{ ...OPTIONS_ONE, context }` for items with a context, as a call site with a
// per-response status does; items without one reuse OPTIONS_ONE.

const names = Object.keys(scenarios);
// Calibrate, after a first pass that compiles everything: how many calls make one sample of about BATCH_MS.
for (const name of names) for (let i = 0; i < 20; i++) scenarios[name].run();
for (const name of names) {
  const scenario = scenarios[name];
  let reps = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < reps; i++) scenario.run();
    const elapsed = performance.now() - start;
    if (elapsed >= BATCH_MS / 4 || reps >= 1 << 20) {
      scenario.reps = Math.max(1, Math.round((reps * BATCH_MS) / Math.max(elapsed, 0.001)));
      break;
    }
    reps *= 4;
  }
}
// Each target compares scenarios of one group; a group's scenarios run back to back (their order alternating), so
// that a ratio is taken between samples a few milliseconds apart, and the ratio reported is the median of the
// per-round ratios: load from other processes on a shared machine hits both sides of a pair alike.
const groups = [
  ['baseline', 'bodyOnly', 'normalize', 'resolve'],
  ['resolveOne', 'resolveMany'],
  ['comments2k', 'comments20k'],
  ['scripts2k', 'scripts20k'],
];
const samples = new Map(names.map((name) => [name, []]));
for (let round = 0; round < WARM_UP + RUNS; round++) {
  for (let g = 0; g < groups.length; g++) {
    const group = groups[(g + round) % groups.length];
    for (let k = 0; k < group.length; k++) {
      const name = group[(k + round) % group.length];
      const scenario = scenarios[name];
      const start = performance.now();
      for (let i = 0; i < scenario.reps; i++) scenario.run();
      const us = ((performance.now() - start) * 1000) / (scenario.reps * scenario.perCall);
      if (round >= WARM_UP) samples.get(name).push(us);
    }
  }
}
const us = (name) => median(samples.get(name));
if (VERBOSE)
  for (const [name, runs] of samples) console.log(`${name} µs:`, runs.map((t) => t.toFixed(2)).join(' '), `(reps ${scenarios[name].reps})`);

const fmt = (value, digits = 2) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (a, b) => median(samples.get(a).map((value, round) => value / samples.get(b)[round]));
const targets = [
  ['normalize ≤ 5 × baseline', ratio('normalize', 'baseline'), 5],
  ['resolve ≤ 8 × baseline', ratio('resolve', 'baseline'), 8],
  ['resolve with 1,000 locales ≤ 1.5 × with 1 (independent of the locales loaded)', ratio('resolveMany', 'resolveOne'), 1.5],
  ['`<!--` × 5,000 ≤ 10 × `<!--` × 500 (linear)', ratio('comments20k', 'comments2k'), 10],
  ['`<script>` × 2,500 ≤ 10 × `<script>` × 250 (linear)', ratio('scripts20k', 'scripts2k'), 10],
].map(([name, value, limit]) => ({ name, value, limit, met: value <= limit }));

const row = (...cells) => `| ${cells.join(' | ')} |`;
const relativeTo = {
  normalize: 'baseline',
  resolve: 'baseline',
  resolveMany: 'resolveOne',
  comments20k: 'comments2k',
  scripts20k: 'scripts2k',
};
const markdown = [
  '## Core speed in Node (issue 9)',
  '',
  `\`node test/bench/core-speed.bench.mjs\` · ${machineLine(`${WARM_UP} warm-up + ${RUNS} interleaved runs, medians`)}`,
  '',
  `The mix (${MIX.length} inputs, each call once per sample): 3 MEXC bodies as JSON text, 3 as objects, 2 axios-style errors`,
  'with a MEXC body, a Cloudflare block page (403) and an nginx 502 page, a fetch `TypeError` and an axios `ERR_NETWORK`.',
  'Times are per input. The baseline is the naive handler on the same inputs: `JSON.parse` of a text (in `try`: the HTML',
  'pages throw), an axios error’s `response.data`, then its `code` looked up in a `Map` of the official codes.',
  'Resolve reuses one options object (zh-CN pack, a `values` object); an input with a context',
  'gets `{ ...options, context }`. The locale rows resolve a body object with `messages` holding 1 or 1,000 locale tags.',
  'µs per call: median of the runs. Ratio: the scenarios compared run back to back in each round, and the ratio is the',
  'median of the per-round ratios (load from other processes hits both sides of a pair alike).',
  '',
  row('scenario', 'µs per call', 'min–max', 'ratio'),
  row('---', '---:', '---:', '---:'),
  ...names.map((name) => {
    const runs = samples.get(name);
    const base = relativeTo[name];
    return row(
      scenarios[name].label,
      fmt(us(name)),
      `${fmt(Math.min(...runs))}–${fmt(Math.max(...runs))}`,
      base ? `${fmt(ratio(name, base), 1)} × ${base}` : '',
    );
  }),
  '',
  'Targets:',
  '',
  ...targets.map(({ name, value, met }) => `- ${met ? 'met' : '**missed**'}: ${name} (measured ${fmt(value, 1)})`),
  '',
  `Against the cheaper reference (one MEXC body text parsed, no exception, no axios error): normalize ${fmt(ratio('normalize', 'bodyOnly'), 1)} ×,`,
  `resolve ${fmt(ratio('resolve', 'bodyOnly'), 1)} × (not targets: the mix has inputs that cost a naive handler an exception too).`,
].join('\n');

console.log(markdown);
if (sink === -1) console.log(sink);
await writeResultsSection('core-speed', markdown);
const missed = targets.filter(({ met }) => !met).map(({ name, value }) => `${name} (${fmt(value, 1)})`);
if (missed.length > 0) {
  console.error(`\nMissed: ${missed.join('; ')}`);
  process.exitCode = 1;
}
