// Library build: ESM only, peers external, one entry per package.json "exports" subpath.
// Declarations come from `tsc -p tsconfig.build.json` (see the "build" script).
// Storybook's react-vite builder also merges this file, but drops `build` (keeps only build.target).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { listLocales } from './scripts/locales.mjs';
import { packageAliases } from './scripts/package-aliases.mjs';

const src = (file: string) => resolve(import.meta.dirname, 'src', file);

// Ships src/styles.css minified as dist/styles.css (the "./styles.css" export): an app serves it as it is, so
// its comments (the theming notes, also in the Theming docs) would cost every user ~0.8 kB gzip.
// Only in the library build: under Storybook build.lib is unset, so nothing is emitted there.
function copyStyles(): Plugin {
  let isLib = false;
  return {
    name: 'mek:copy-styles',
    apply: 'build',
    configResolved(config) {
      isLib = Boolean(config.build.lib);
    },
    async generateBundle() {
      if (!isLib) return;
      const { code } = await transform(readFileSync(src('styles.css'), 'utf8'), { loader: 'css', minify: true, target: 'chrome111' });
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: code });
      // lets `import 'mexc-error-kit/styles.css'` typecheck without a bundler's *.css typings
      this.emitFile({ type: 'asset', fileName: 'styles.css.d.ts', source: 'export {};\n' });
    },
  };
}

export default defineConfig({
  plugins: [react(), copyStyles()],
  resolve: { alias: packageAliases },
  build: {
    lib: {
      // keys are output paths under dist/ (without .js)
      entry: {
        index: src('index.ts'),
        'core/index': src('core/index.ts'),
        'query/index': src('query/index.ts'),
        // one entry per shipped locale (`mexc-error-kit/locales/zh-CN`): every text of it, for synchronous use
        ...Object.fromEntries(listLocales().map((tag) => [`locales/${tag}/index`, src(`locales/${tag}/index.ts`)])),
      },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      // peer deps and their subpaths (react/jsx-runtime, react-dom/client) stay external
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/],
      // one output module per source module (dist/core/errors/normalize.js…), so a bundler keeps only what
      // an app imports; the entries above land on their own paths (dist/index.js, dist/core/index.js…)
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
    sourcemap: true,
  },
});
