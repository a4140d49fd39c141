// How long a toast takes to render and lay out with huge app-supplied texts, in headless Chromium.
//   node test/bench/browser/long-text.mjs     (also run by `npm run bench`)
// Writes the "long-text" section of test/bench/RESULTS.md.
import { join } from 'node:path';
import { machineLine, median, openBenchPage, writeResultsSection } from './chromium-bench.mjs';

const RUNS = { default: 15, reference: 3 };
const page = await openBenchPage(join(import.meta.dirname, 'long-text.page.tsx'));
try {
  const scenarios = [
    'toast, 2005 texts',
    'toast, 1 MB title + 1 MB message (shown capped: 200 / 1,000)',
    'unbroken word of 16,000 characters in the toast message CSS',
    'unbroken word of 65,536 characters in the toast message CSS',
    'reference: 16,000 characters with kerning on (what the CSS avoids)',
  ];
  const rows = [];
  for (const name of scenarios) {
    const runs = name.startsWith('reference') ? RUNS.reference : RUNS.default;
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await page.run(name));
    rows.push(`| ${name} | ${median(times).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${runs} |`);
    console.log(rows.at(-1));
  }
  await writeResultsSection(
    'long-text',
    [
      '## Long app-supplied texts (issue 7)',
      '',
      `\`node test/bench/browser/long-text.mjs\` · ${await machineLine(page.browserVersion)} · production React`,
      '',
      'Time from `store.show(...)` (or from setting the text) to the toast rendered and laid out (one `flushSync`, then a forced',
      'layout). The kit shows at most 200 / 1,000 characters; the unbroken-word rows bypass that cap to show what the CSS does.',
      '',
      '| scenario | median ms | max ms | runs |',
      '| --- | ---: | ---: | ---: |',
      ...rows,
    ].join('\n'),
  );
} finally {
  await page.close();
}
