// Checks the built package: an app downloads only the texts it needs. From each entry point, the files it
// imports statically may hold only the built-in English UI strings and futures texts; every other locale
// part (zh-CN, the order catalog, any new locale or catalog) must sit behind a dynamic import().
// Run after `npm run build`; exits 1 and names the offending file otherwise.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../dist');
const ENTRIES = ['index.js', 'core/index.js', 'query/index.js'];
const BUILT_IN = new Set(['src/locales/en/common.ts', 'src/locales/en/futures.ts']);
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"()]*?\sfrom\s*)?["'](\.[^"']+)["']/g;

function staticClosure(entry) {
  const seen = new Set();
  const stack = [resolve(dist, entry)];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) stack.push(resolve(dirname(file), spec));
  }
  return seen;
}

/** The locale source files bundled into a built file, from its source map. */
function localeSources(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) return [];
  const { sources = [] } = JSON.parse(readFileSync(map, 'utf8'));
  return sources
    .map((source) => relative(resolve(import.meta.dirname, '..'), resolve(dirname(file), source)))
    .filter((path) => path.startsWith('src/locales/'));
}

let failures = 0;
for (const entry of ENTRIES) {
  const eager = [...staticClosure(entry)].flatMap((file) =>
    localeSources(file)
      .filter((source) => !BUILT_IN.has(source) && !source.endsWith('/index.ts'))
      .map((source) => [file, source]),
  );
  for (const [file, source] of eager) {
    failures++;
    console.error(`${entry}: ${relative(dist, file)} bundles ${source} statically; it must be loaded on demand`);
  }
  if (eager.length === 0)
    console.log(`${entry}: only the built-in English texts load with it; every other locale and catalog part is lazy`);
}
process.exit(failures === 0 ? 0 : 1);
