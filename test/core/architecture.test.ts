import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return Array.from(
    text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
    (m) => m[1] ?? m[2]!,
  );
}

/** Every module reachable from the core entry, following relative imports. */
function reachableFrom(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const specifiers = importsOf(file);
    seen.set(file, specifiers);
    for (const specifier of specifiers.filter((s) => s.startsWith('.'))) {
      const base = resolve(dirname(file), specifier);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => sourceFiles(SRC).includes(candidate));
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('architecture', () => {
  it('src/core imports nothing from React, react-query, the React layer or any package', () => {
    const graph = reachableFrom(join(SRC, 'core/index.ts'));
    expect(graph.size).toBeGreaterThan(5);
    for (const [file, specifiers] of graph) {
      const where = relative(SRC, file);
      expect(where.startsWith('core/') || where.startsWith('locales/'), where).toBe(true);
      for (const specifier of specifiers) expect(specifier.startsWith('.'), `${where} imports ${specifier}`).toBe(true);
    }
  });

  it('locale packs are data: they import types only', () => {
    for (const file of sourceFiles(join(SRC, 'locales'))) {
      const text = readFileSync(file, 'utf8');
      for (const line of text.split('\n').filter((l) => /^\s*import\s/.test(l))) expect(line).toMatch(/^import type /);
    }
  });
});
