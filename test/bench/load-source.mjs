// The core uses `import.meta.glob` (catalogs, locale folders), so a Node bench cannot import src/ as is: it
// is built by Vite, as the package is, into plain ESM in a temporary folder, loaded, and the folder removed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds and imports source modules by name: `{ store: 'src/core/toasts/store.ts' }` → `{ store: <module> }`.
 * @param {Record<string, string>} inputs module name → path from the repository root
 * @returns {Promise<Record<string, any>>}
 */
export async function loadSourceModules(inputs) {
  const { build } = await import('vite');
  const outDir = await mkdtemp(join(tmpdir(), 'mek-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'error',
      root,
      build: {
        ssr: true,
        outDir,
        minify: false,
        copyPublicDir: false,
        rollupOptions: {
          input: Object.fromEntries(Object.entries(inputs).map(([name, path]) => [name, join(root, path)])),
          output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
        },
      },
    });
    const modules = {};
    for (const name of Object.keys(inputs)) modules[name] = await import(pathToFileURL(join(outDir, `${name}.mjs`)).href);
    return modules;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
