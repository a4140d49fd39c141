// Runs benchmark pages in headless Chromium, production React. A page is bundled by Vite (as the package
// is built: the kit's `import.meta.glob` registries need it), minified, NODE_ENV=production, one classic
// script (file:// pages cannot load module scripts; Vite inlines the lazy chunks), opened from a temporary folder.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.mjs';
import { machineLine as baseMachineLine } from '../results.mjs';

// Shared with the Node benchmarks (test/bench/results.mjs): each script writes its own section of RESULTS.md.
export { median, writeResultsSection } from '../results.mjs';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Bundles `entry` into `dir` as `<name>.js` (+ `<name>.css`) and writes `<name>.html` that loads it.
 * `profiling: true` uses React's profiling build (production plus `<Profiler onRender>`, which the plain
 * production build never calls); `minify: false` keeps names readable in a CPU profile. Returns the page's file URL.
 */
export async function bundlePage(entry, dir, { name = 'page', profiling = false, minify = true } = {}) {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const outDir = join(dir, name);
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'error',
    plugins: [react()],
    resolve: { alias: profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : [] },
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify,
      cssCodeSplit: false,
      rolldownOptions: {
        input: resolve(entry),
        output: { format: 'iife', entryFileNames: 'page.js', assetFileNames: 'page[extname]' },
      },
    },
  });
  const css = (await readdir(outDir)).filter((file) => file.endsWith('.css'));
  const html = join(outDir, 'index.html');
  await writeFile(
    html,
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      css.map((file) => `<link rel="stylesheet" href="${file}">`).join('') +
      '</head><body><div id="root"></div><script src="page.js"></script></body></html>',
  );
  return pathToFileURL(html).href;
}

/** Headless Chromium (the system one, never a download) with the repository's flags plus `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs, ...extraArgs] });
}

/** Opens `url` in a new page of `browser` and waits for `window.bench`; page errors are thrown. */
export async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.setDefaultTimeout(600_000);
  await page.goto(url);
  await page
    .waitForFunction(() => typeof window.bench === 'object', null, { timeout: 60_000 })
    .catch((error) => {
      throw pageErrors[0] ?? error;
    });
  return page;
}

/** Bundles `entry`, opens it in Chromium and returns `{ browserVersion, run(scenario), close() }`. */
export async function openBenchPage(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'mek-bench-'));
  const url = await bundlePage(entry, dir);
  const browser = await launchChromium();
  const page = await openPage(browser, url);
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
