// Are the types wrong? Runs @arethetypeswrong/cli on the packed tarball: `node scripts/attw.mjs [file.tgz]`
// (without a tarball it packs one first, which runs `prepack`, i.e. the build).
//
// Modes that must be clean: node16 from ESM, node16 from CJS, bundler. Two settings, both deliberate:
// - `--profile node16` leaves out `node10` (TypeScript's legacy `moduleResolution: node`, deprecated in
//   TypeScript 6): it does not read `exports`, so no subpath of any exports-only package resolves there.
// - `--ignore-rules cjs-resolves-to-esm`: the package is ESM only and asks for Node >= 20.19, where
//   `require()` of an ES module without top-level await works unflagged (require(esm)); TypeScript >= 5.8
//   allows it under `module: nodenext`/`node20`. attw models node16 as it was before require(esm) and flags
//   every CJS resolution as "dynamic import only". Every other rule stays on in the CJS column (no
//   resolution, internal resolution errors, untyped or masquerading files...). That the require works for
//   real is checked by `scripts/consumer-smoke.mjs` (cjs: a CommonJS script on this Node; nodenext: a
//   `.cts` file typechecked and run).
// attw does not expand the `./locales/*` pattern, so each shipped locale is named as an entry point.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { listLocales } from './locales.mjs';

const root = resolve(import.meta.dirname, '..');
let tarball = process.argv[2];
let packDir;
if (!tarball) {
  packDir = mkdtempSync(join(tmpdir(), 'mek-attw-'));
  execFileSync('npm', ['pack', '--pack-destination', packDir], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  tarball = join(
    packDir,
    readdirSync(packDir).find((file) => file.endsWith('.tgz')),
  );
}

const args = [
  resolve(tarball),
  '--profile',
  'node16',
  '--ignore-rules',
  'cjs-resolves-to-esm',
  '--include-entrypoints',
  ...listLocales().map((tag) => `./locales/${tag}`),
  '--format',
  'table-flipped',
  '--no-color',
];
const cliPackage = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
const attw = resolve(dirname(cliPackage), 'dist/index.js');
const result = spawnSync(process.execPath, [attw, ...args], { stdio: 'inherit' });
if (packDir) rmSync(packDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
