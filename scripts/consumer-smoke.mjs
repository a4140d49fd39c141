// Installs the packed package into fresh consumer projects, outside the repository, and runs a smoke test
// in each, the way an app would use it:
//   nodenext  TypeScript, module/moduleResolution nodenext, strict, skipLibCheck false, no ambient types:
//             typechecks every subpath (an ESM file and a CommonJS .cts one), then runs what it emitted
//   cjs       a CommonJS script: require() of every subpath on this Node (require(esm), Node >= 20.19)
//   react18   React 18.3 renderToString of <ApiErrorProvider><ApiErrorToast error={{ code: 2005 }} /></ApiErrorProvider>
//   vite      Vite + React 19 + strict TypeScript: `tsc --noEmit` and `vite build` of a tiny app (kit + styles.css)
//
// Usage: node scripts/consumer-smoke.mjs [--tarball file.tgz] [nodenext|cjs|react18|vite ...]
// Without --tarball it packs one first (`npm pack`, which runs `prepack`, i.e. the build). Without names it
// runs all four. Versions of React, TypeScript, Vite and the @types come from this repo's devDependencies
// (React 18.3 excepted); installs use `npm install --prefer-offline`, so a warm npm cache needs no network.
// Exits 1 if any consumer failed; a failed consumer's folder is kept and named.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { listLocales } from './locales.mjs';

const root = resolve(import.meta.dirname, '..');
const repo = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pin = (name) => {
  const version = repo.devDependencies[name];
  if (!version) throw new Error(`${name} is not a devDependency of the repo`);
  return version;
};
const locales = listLocales();

// What the kit says for futures code 2005, in English (built in) and in zh-CN (from its locale pack).
const TITLE_EN = 'Not enough margin';
const TITLE_ZH = '保证金不足';

const { values: options, positionals } = parseArgs({ options: { tarball: { type: 'string' } }, allowPositionals: true });

/** Runs a command in a consumer's folder; throws with its output when it fails. */
function run(cwd, command, args, { env } = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}\n${output || result.error?.message || ''}`);
  }
  return output;
}

function writeFiles(dir, files) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), typeof text === 'string' ? text : `${JSON.stringify(text, null, 2)}\n`);
  }
}

const json = (value) => JSON.stringify(value);
const localeImports = locales.map((tag, i) => `import locale${i} from 'mexc-error-kit/locales/${tag}';`).join('\n');
const localeList = `[${locales.map((_, i) => `locale${i}`).join(', ')}]`;

const consumers = {
  nodenext: {
    what: 'TypeScript nodenext (ESM + .cts), strict, skipLibCheck false',
    dependencies: {
      react: pin('react'),
      'react-dom': pin('react-dom'),
      '@tanstack/react-query': pin('@tanstack/react-query'),
      typescript: pin('typescript'),
      '@types/react': pin('@types/react'),
      '@types/react-dom': pin('@types/react-dom'),
    },
    files: {
      'package.json': { name: 'consumer-nodenext', private: true, type: 'module' },
      'tsconfig.json': {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          module: 'nodenext',
          moduleResolution: 'nodenext',
          jsx: 'react-jsx',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          noUncheckedSideEffectImports: true,
          skipLibCheck: false,
          // no @types/node and no vite/client: the kit's declarations must stand on their own
          types: [],
          outDir: 'out',
          rootDir: 'src',
        },
        include: ['src'],
      },
      // no @types/node here: a local check() instead of node:assert
      'src/check.ts': `export function check(ok: unknown, what: string): asserts ok {
  if (!ok) throw new Error(what);
}
`,
      'src/app.tsx': `import { renderToString } from 'react-dom/server';
import {
  ApiErrorBoundary,
  ApiErrorProvider,
  ApiErrorToast,
  ApiErrorToaster,
  resolveApiError,
  showApiError,
  useApiError,
  type LocaleMessages,
  type ResolvedApiError,
} from 'mexc-error-kit';
import { loadApiErrorTexts, normalizeApiError, type ApiError } from 'mexc-error-kit/core';
import { createApiErrorQueryClient } from 'mexc-error-kit/query';
${localeImports}
import { check } from './check.js';

const packs: LocaleMessages[] = ${localeList};
check(packs.every((pack) => typeof pack === 'object'), 'every locale pack');

const error: ApiError = normalizeApiError({ success: false, code: 2005 });
const resolved: ResolvedApiError = resolveApiError(error);
check(resolved.title === ${json(TITLE_EN)}, resolved.title);

const zh = await loadApiErrorTexts('zh-CN', ['futures']);
check(zh, 'zh-CN texts');
const zhTitle = resolveApiError(2005, { locale: 'zh-CN', messages: zh }).title;
check(zhTitle === ${json(TITLE_ZH)}, zhTitle);

function Button() {
  const { show } = useApiError();
  return <button onClick={() => show({ code: 2005 })}>Order</button>;
}

const html = renderToString(
  <ApiErrorProvider>
    <ApiErrorBoundary>
      <ApiErrorToast error={{ code: 2005 }} />
      <Button />
    </ApiErrorBoundary>
    <ApiErrorToaster />
  </ApiErrorProvider>,
);
check(html.includes(${json(TITLE_EN)}), html);
check(typeof showApiError === 'function', 'showApiError');
check(typeof createApiErrorQueryClient === 'function', 'createApiErrorQueryClient');
console.log('ESM (app.js): every subpath imported, English and zh-CN titles, renderToString: ok');
`,
      // type-only here: Node itself cannot import a .css file
      'src/styles.ts': `import 'mexc-error-kit/styles.css';\n`,
      // a CommonJS file: its imports become require() calls (require(esm), allowed by TypeScript under nodenext)
      'src/legacy.cts': `import kit = require('mexc-error-kit');
import core = require('mexc-error-kit/core');
import query = require('mexc-error-kit/query');
import en = require('mexc-error-kit/locales/en');
import checks = require('./check.js');

const title: string = kit.resolveApiError({ code: 2005 }).title;
checks.check(title === ${json(TITLE_EN)}, title);
checks.check(core.normalizeApiError({ code: 2005 }).code === 2005, 'normalizeApiError');
checks.check(typeof query.createApiErrorQueryClient === 'function', 'createApiErrorQueryClient');
const pack: kit.LocaleMessages = en.default;
checks.check(typeof pack === 'object', 'en pack');
console.log('CommonJS (legacy.cjs): require() of the kit, typed: ok');
`,
    },
    check(dir) {
      const log = [run(dir, 'node', ['node_modules/typescript/bin/tsc', '-p', '.'])];
      log.push(run(dir, 'node', ['out/app.js']), run(dir, 'node', ['out/legacy.cjs']));
      return log.filter(Boolean).join('\n');
    },
  },

  cjs: {
    what: 'CommonJS script, require() of every subpath',
    dependencies: { react: pin('react'), 'react-dom': pin('react-dom'), '@tanstack/react-query': pin('@tanstack/react-query') },
    files: {
      'package.json': { name: 'consumer-cjs', private: true },
      'smoke.js': `'use strict';
const assert = require('node:assert/strict');
const { sep } = require('node:path');

// resolved inside this consumer, not from some folder above it
const here = __dirname + sep + 'node_modules' + sep + 'mexc-error-kit' + sep;
for (const id of ['mexc-error-kit', 'mexc-error-kit/core', 'mexc-error-kit/query', 'mexc-error-kit/styles.css', 'mexc-error-kit/package.json']) {
  assert.ok(require.resolve(id).startsWith(here), require.resolve(id));
}

const kit = require('mexc-error-kit');
assert.equal(kit.resolveApiError({ code: 2005 }).title, ${json(TITLE_EN)});
assert.equal(typeof kit.ApiErrorProvider, 'function');
assert.equal(typeof kit.ApiErrorToaster, 'function');

const core = require('mexc-error-kit/core');
assert.equal(core.normalizeApiError({ code: 2005 }).code, 2005);
assert.equal(core.resolveApiError, kit.resolveApiError, 'one module instance behind both paths');

const query = require('mexc-error-kit/query');
assert.equal(typeof query.createApiErrorQueryClient, 'function');

for (const tag of ${json(locales)}) {
  const pack = require('mexc-error-kit/locales/' + tag).default;
  assert.equal(typeof pack, 'object', tag);
}
const zh = require('mexc-error-kit/locales/zh-CN').default;
assert.equal(kit.resolveApiError(2005, { locale: 'zh-CN', messages: { 'zh-CN': zh } }).title, ${json(TITLE_ZH)});

// styles.css resolves (for bundlers); Node itself cannot run a .css file
assert.ok(require.resolve('mexc-error-kit/styles.css').endsWith('styles.css'));
assert.equal(require('mexc-error-kit/package.json').name, 'mexc-error-kit');
console.log('require(esm) of every subpath: ok on Node ' + process.version);
`,
    },
    check: (dir) => run(dir, 'node', ['smoke.js']),
  },

  react18: {
    what: 'React 18.3 renderToString',
    dependencies: { react: '18.3.1', 'react-dom': '18.3.1' },
    files: {
      'package.json': { name: 'consumer-react18', private: true, type: 'module' },
      'smoke.js': `import assert from 'node:assert/strict';
import { createElement as h, version } from 'react';
import { renderToString } from 'react-dom/server';
import { ApiErrorProvider, ApiErrorToast } from 'mexc-error-kit';

assert.ok(version.startsWith('18.3.'), version);
const html = renderToString(h(ApiErrorProvider, null, h(ApiErrorToast, { error: { code: 2005 } })));
assert.ok(html.includes(${json(TITLE_EN)}), html);
console.log('React ' + version + ' renderToString: ok');
`,
    },
    check: (dir) => run(dir, 'node', ['smoke.js']),
  },

  vite: {
    what: 'Vite + React 19 + strict TypeScript app',
    dependencies: {
      react: pin('react'),
      'react-dom': pin('react-dom'),
      vite: pin('vite'),
      '@vitejs/plugin-react': pin('@vitejs/plugin-react'),
      typescript: pin('typescript'),
      '@types/react': pin('@types/react'),
      '@types/react-dom': pin('@types/react-dom'),
    },
    files: {
      'package.json': { name: 'consumer-vite', private: true, type: 'module' },
      'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>consumer</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`,
      'vite.config.js': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [react()], logLevel: 'warn' });
`,
      'tsconfig.json': {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          noUncheckedSideEffectImports: true,
          verbatimModuleSyntax: true,
          isolatedModules: true,
          skipLibCheck: false,
          noEmit: true,
          types: ['vite/client'],
        },
        include: ['src'],
      },
      'src/main.tsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiErrorProvider, ApiErrorToast, ApiErrorToaster, useApiError } from 'mexc-error-kit';
import 'mexc-error-kit/styles.css';

function Order() {
  const { show } = useApiError();
  return (
    <button type="button" onClick={() => show({ code: 2005 })}>
      Order
    </button>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiErrorProvider locale={navigator.language}>
      <ApiErrorToast error={{ code: 2005 }} />
      <Order />
      <ApiErrorToaster />
    </ApiErrorProvider>
  </StrictMode>,
);
`,
    },
    check(dir) {
      const log = [run(dir, 'node', ['node_modules/typescript/bin/tsc', '-p', '.'])];
      log.push(run(dir, 'node', ['node_modules/vite/bin/vite.js', 'build']));
      const assets = join(dir, 'dist', 'assets');
      const files = readdirSync(assets);
      const js = files.filter((file) => file.endsWith('.js'));
      const css = files.filter((file) => file.endsWith('.css'));
      const text = (list) => list.map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
      if (!text(css).includes('.mek-toast')) throw new Error(`no kit styles in the built CSS (${css.join(', ') || 'none'})`);
      if (!text(js).includes(TITLE_EN)) throw new Error('the built JS has no English title for 2005');
      log.push(`tsc --noEmit: ok; vite build: ${js.length} JS files, ${css.length} CSS file(s), kit styles and English texts present`);
      return log.filter(Boolean).join('\n');
    },
  },
};

const names = positionals.length ? positionals : Object.keys(consumers);
for (const name of names) if (!consumers[name]) throw new Error(`unknown consumer ${name}; known: ${Object.keys(consumers).join(', ')}`);

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
let tarball = options.tarball && resolve(options.tarball);
let packDir;
if (!tarball) {
  const start = performance.now();
  packDir = mkdtempSync(join(tmpdir(), 'mek-pack-'));
  run(root, 'npm', ['pack', '--pack-destination', packDir]);
  tarball = join(
    packDir,
    readdirSync(packDir).find((file) => file.endsWith('.tgz')),
  );
  console.log(`packed ${tarball} (${seconds(start)})`);
}
if (!existsSync(tarball)) throw new Error(`no tarball at ${tarball}`);

const results = [];
for (const name of names) {
  const consumer = consumers[name];
  const dir = mkdtempSync(join(tmpdir(), `mek-consumer-${name}-`));
  const start = performance.now();
  let installTime = '-';
  try {
    writeFiles(dir, consumer.files);
    const specs = [tarball, ...Object.entries(consumer.dependencies).map(([pkg, version]) => `${pkg}@${version}`)];
    const installStart = performance.now();
    run(dir, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-exact', ...specs]);
    installTime = seconds(installStart);
    const checkStart = performance.now();
    const output = consumer.check(dir);
    const checkTime = seconds(checkStart);
    console.log(`\n[${name}] ${consumer.what}\n${output}`);
    console.log(`[${name}] PASS (install ${installTime}, checks ${checkTime}, total ${seconds(start)})`);
    results.push({ name, ok: true });
    rmSync(dir, { recursive: true, force: true });
  } catch (error) {
    console.log(`\n[${name}] ${consumer.what}\n${error instanceof Error ? error.message : error}`);
    console.log(`[${name}] FAIL (install ${installTime}, total ${seconds(start)}); kept ${dir}`);
    results.push({ name, ok: false });
  }
}
if (packDir) rmSync(packDir, { recursive: true, force: true });

const failed = results.filter((result) => !result.ok).map((result) => result.name);
console.log(
  `\nconsumers: ${results.length - failed.length} of ${results.length} passed${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`,
);
process.exit(failed.length ? 1 : 0);
