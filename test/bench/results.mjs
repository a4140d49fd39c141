// What every benchmark script under test/bench/ shares: the median, the line that says where the numbers
// come from, and writing its own section of test/bench/RESULTS.md without touching the other sections.
import { cpus } from 'node:os';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const RESULTS = join(import.meta.dirname, 'RESULTS.md');
const HEADER = '# Benchmark results\n\nWritten by the scripts under `test/bench/`; rerun them to refresh a section.\n';

/** Median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `2026-12-01 · Node v20.20.2 · 2 × AMD EPYC`, then the extras (`Chromium 156…`), joined by ` · `. */
export function machineLine(...extras) {
  const cores = cpus();
  const cpu = cores[0]?.model ?? 'unknown CPU';
  return [new Date().toISOString().slice(0, 10), `Node ${process.version}`, `${cores.length} × ${cpu}`, ...extras]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' · ');
}

/**
 * Replaces the section between `<!-- name:start -->` and `<!-- name:end -->` of RESULTS.md (or appends it),
 * keeping every other section as it is, and formats the file with the repository's Prettier settings so
 * `npm run format:check` stays green after a run. The file is read just before it is written and replaced
 * in one rename, so two scripts writing their sections one after the other never lose each other's.
 */
export async function writeResultsSection(name, markdown) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let text = HEADER;
  try {
    text = await readFile(RESULTS, 'utf8');
  } catch {
    // first run: start the file
  }
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const at = text.indexOf(start);
  const stop = at >= 0 ? text.indexOf(end, at) : -1;
  let next =
    at < 0 ? `${text.trimEnd()}\n\n${section}\n` : text.slice(0, at) + section + (stop >= 0 ? text.slice(stop + end.length) : '\n');
  try {
    const prettier = await import('prettier');
    next = await prettier.format(next, { ...(await prettier.resolveConfig(RESULTS)), filepath: RESULTS });
  } catch {
    // Prettier missing or failing: the unformatted text is still correct Markdown
  }
  const temporary = `${RESULTS}.${process.pid}.tmp`;
  await writeFile(temporary, next);
  await rename(temporary, RESULTS);
}
