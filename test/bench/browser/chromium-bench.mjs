// Runs a benchmark page in headless Chromium, production React: bundles `entry` with esbuild
// (minified, NODE_ENV=production), opens it from a temporary folder and calls
// `window.bench.run(scenario)` in the page, which resolves to a number of milliseconds.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.mjs';
import { machineLine as baseMachineLine } from '../results.mjs';

// Shared with the Node benchmarks (test/bench/results.mjs): each script writes its own section of RESULTS.md.
export { median, writeResultsSection } from '../results.mjs';

/** Bundles `entry`, opens it in Chromium and returns `{ browserVersion, run(scenario), close() }`. */
export async function openBenchPage(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'mek-bench-'));
  await build({
    entryPoints: { page: entry },
    bundle: true,
    minify: true,
    format: 'iife', // a classic script: file:// pages cannot load module scripts
    outdir: dir,
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    logLevel: 'error',
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="page.css"></head>' +
      '<body><div id="root"></div><script src="page.js"></script></body></html>',
  );
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.setDefaultTimeout(600_000);
  await page.goto(pathToFileURL(join(dir, 'index.html')).href);
  await page
    .waitForFunction(() => typeof window.bench?.run === 'function', null, { timeout: 60_000 })
    .catch((error) => {
      throw pageErrors[0] ?? error;
    });
  return {
    browserVersion: browser.version(),
    run: (scenario) => page.evaluate((name) => window.bench.run(name), scenario),
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** One line about where the numbers come from, the browser's version included. */
export async function machineLine(browserVersion) {
  return baseMachineLine(browserVersion ? `Chromium ${browserVersion}` : 'Chromium');
}
