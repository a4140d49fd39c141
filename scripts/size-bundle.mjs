// Bundling for the size measures (scripts/measure-size.mjs): one scenario's entry bundled with esbuild the way an
// app pays for it, and the gzip -9 bytes of what loads with the entry.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const EXTERNAL = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query', '@tanstack/react-query/*'];

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function entrySource({ imports, css }) {
  const lines = [];
  const used = [];
  imports.forEach(([from, names], i) => {
    const aliases = names.map((name) => `${name} as ${name}_${i}`);
    lines.push(`import { ${aliases.join(', ')} } from ${JSON.stringify(from)};`);
    used.push(...names.map((name) => `${name}_${i}`));
  });
  if (css) lines.push(`import ${JSON.stringify(css)};`);
  lines.push(`globalThis.__measured = [${used.join(', ')}];`);
  return `${lines.join('\n')}\n`;
}

/**
 * Replaces modules while bundling: each of `files` by an empty default export (an empty catalog for a catalog
 * file), each key of `sources` (a dist path) by its value.
 */
function stubPlugin(files = [], sources = {}) {
  const set = new Set(files);
  const emptyModule = (path) => {
    const catalog = /([a-z]+)\.catalog\.js$/.exec(path)?.[1];
    if (!catalog) return 'export default {};\n';
    // the build's catalog index imports each catalog as a namespace object (`<id>_catalog_exports`)
    const value = `{ id: ${JSON.stringify(catalog)}, entries: [], variants: [] }`;
    return `const c = ${value};\nexport default c;\nexport const ${catalog}_catalog_exports = { default: c };\n`;
  };
  const contents = (path) => sources[path] ?? (set.has(path) ? emptyModule(path) : undefined);
  return {
    name: 'stub',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => {
        const text = contents(args.path);
        return text === undefined ? undefined : { contents: text, loader: 'js' };
      });
    },
  };
}

/**
 * Bundles one scenario and sums the gzip sizes of what loads with the entry: the entry output, its static
 * chunks, its CSS. Also returns each chunk reached only through import(), with the bytes it adds.
 */
export async function bundleAndMeasure(scenario, root) {
  const work = resolve(root, 'node_modules/.cache/measure-size');
  const dir = resolve(work, scenario.id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = resolve(dir, 'entry.js');
  writeFileSync(entry, entrySource(scenario));
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    outdir: resolve(dir, 'out'),
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    external: EXTERNAL,
    metafile: true,
    logLevel: 'error',
    plugins: scenario.stub || scenario.sources ? [stubPlugin(scenario.stub, scenario.sources)] : [],
  });
  const outputs = result.metafile.outputs;
  // with code splitting every import() target is an entry point of its own: pick the output of OUR entry
  const entryOut = Object.keys(outputs).find((out) => out.endsWith('.js') && resolve(root, outputs[out].entryPoint ?? '') === entry);
  const staticClosure = (start) => {
    const seen = new Set();
    const stack = [start];
    while (stack.length > 0) {
      const out = stack.pop();
      if (seen.has(out)) continue;
      seen.add(out);
      for (const { path, kind, external } of outputs[out].imports)
        if (!external && kind === 'import-statement' && outputs[path]) stack.push(path);
    }
    return seen;
  };
  const eager = staticClosure(entryOut);
  const files = [...eager];
  if (outputs[entryOut].cssBundle) files.push(outputs[entryOut].cssBundle);
  const bytes = files.reduce((sum, out) => sum + gzip(resolve(root, out)), 0);

  // chunks only reached through import(): each with the chunks it needs that the entry has not loaded yet
  const lazyStarts = new Set();
  for (const out of eager)
    for (const { path, kind, external } of outputs[out].imports)
      if (!external && kind === 'dynamic-import' && !eager.has(path)) lazyStarts.add(path);
  const lazy = [...lazyStarts].map((start) => {
    const added = [...staticClosure(start)].filter((out) => !eager.has(out));
    const inputs = added.flatMap((out) => Object.keys(outputs[out].inputs));
    return {
      // a chunk with no input of its own re-exports a module the entry already loaded (import() of en texts)
      name:
        inputs.length > 0 ? inputs.map((input) => relative(root, resolve(root, input))).join(' + ') : `re-export stub ${basename(start)}`,
      bytes: added.reduce((sum, out) => sum + gzip(resolve(root, out)), 0),
    };
  });
  return { bytes, files: files.length, lazy };
}
