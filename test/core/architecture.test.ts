import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
/** Folders whose comments must point to files by paths relative to the repository. */
const COMMENTED = ['src', 'stories', 'test'];
/** An absolute path of a machine (under `/work`, `/home`, a drive letter, a `file:` URL), not an API route such as `/api/v1/…`. */
const ABSOLUTE_PATH = /(?<![\w.:/-])\/(?:work|home|Users|root|tmp|mnt|opt|srv|var)\/[\w.-]|\b[A-Z]:\\[\w.-]|file:\/\/\//;

function sourceFiles(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(join(dir, entry.name), pattern);
    return pattern.test(entry.name) ? [join(dir, entry.name)] : [];
  });
}

/** Every comment of a TypeScript or JavaScript file, found by the compiler's parser (not inside strings). */
function commentsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const ranges = new Map<number, ts.CommentRange>();
  const visit = (node: ts.Node) => {
    for (const range of [...(ts.getLeadingCommentRanges(text, node.pos) ?? []), ...(ts.getTrailingCommentRanges(text, node.end) ?? [])]) {
      ranges.set(range.pos, range);
    }
    node.getChildren(source).forEach(visit);
  };
  visit(source);
  return [...ranges.values()].map((range) => text.slice(range.pos, range.end));
}

/** What a file imports or re-exports, statically or dynamically, as the compiler reads it (comments ignored). */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((imported) => imported.fileName);
}

/** The patterns of the file's `import.meta.glob` calls (Vite turns them into imports when it builds). */
function globsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const patterns: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'import.meta.glob') {
      const [first] = node.arguments;
      const literals = first && ts.isArrayLiteralExpression(first) ? [...first.elements] : first ? [first] : [];
      for (const literal of literals) patterns.push(ts.isStringLiteralLike(literal) ? literal.text : literal.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return patterns;
}

/** The source files a glob pattern of `file` matches (`*` within one folder; `!` patterns exclude nothing here). */
function globbed(file: string, pattern: string): string[] {
  if (pattern.startsWith('!')) return [];
  const absolute = resolve(dirname(file), pattern);
  const matcher = new RegExp(`^${absolute.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return sourceFiles(SRC).filter((candidate) => matcher.test(candidate));
}

/** Every module reachable from the core entry, following relative imports and `import.meta.glob` patterns. */
function reachableFrom(entry: string): Map<string, string[]> {
  const files = sourceFiles(SRC);
  const seen = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const specifiers = importsOf(file);
    seen.set(file, specifiers);
    for (const specifier of specifiers.filter((s) => s.startsWith('.'))) {
      // src imports with explicit `.js` extensions (as Node's ESM resolution and the published declarations need)
      const base = resolve(dirname(file), specifier).replace(/\.js$/, '');
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => files.includes(candidate));
      if (!target) throw new Error(`${relative(SRC, file)}: cannot follow ${specifier}`);
      queue.push(target);
    }
    for (const pattern of globsOf(file)) queue.push(...globbed(file, pattern));
  }
  return seen;
}

describe('architecture', () => {
  it('src/core imports nothing from React, react-query, the React layer or any package', () => {
    const graph = reachableFrom(join(SRC, 'core/index.ts'));
    expect(graph.size).toBeGreaterThan(5);
    // the catalogs and the locale parts are reached through globs, and checked too
    expect([...graph.keys()].map((file) => relative(SRC, file))).toEqual(
      expect.arrayContaining(['core/catalogs/order.catalog.ts', 'locales/zh-CN/order.ts']),
    );
    for (const [file, specifiers] of graph) {
      const where = relative(SRC, file);
      expect(where.startsWith('core/') || where.startsWith('locales/'), where).toBe(true);
      for (const specifier of specifiers) expect(specifier.startsWith('.'), `${where} imports ${specifier}`).toBe(true);
      for (const pattern of globsOf(file)) {
        const target = relative(SRC, resolve(dirname(file), pattern.replace(/^!/, '')));
        expect(target.startsWith('core/') || target.startsWith('locales/'), `${where} globs ${pattern}`).toBe(true);
      }
    }
  });

  it('comments point to files by paths relative to the repository, never a machine’s absolute path', () => {
    const found: string[] = [];
    for (const folder of COMMENTED.map((name) => join(ROOT, name)).filter(existsSync)) {
      for (const file of sourceFiles(folder, /\.(?:[cm]?[jt]sx?)$/)) {
        for (const comment of commentsOf(file)) {
          const line = comment.split('\n').find((each) => ABSOLUTE_PATH.test(each));
          if (line !== undefined) found.push(`${relative(ROOT, file)}: ${line.trim()}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('finds such a path in a comment, and only there', () => {
    const file = join(ROOT, 'test/core/architecture.test.ts');
    expect(ABSOLUTE_PATH.test('// copied from /work/shared/seed/codes.json')).toBe(true);
    expect(ABSOLUTE_PATH.test('// see C:\\Users\\dev\\seed.json')).toBe(true);
    expect(ABSOLUTE_PATH.test('// POST /api/v1/private/order/submit, ../shared/seed/codes.json, https://example.com/home/x')).toBe(false);
    expect(commentsOf(file).some((comment) => comment.includes('Folders whose comments'))).toBe(true);
    expect(commentsOf(file).some((comment) => comment.includes('copied from'))).toBe(false);
  });

  it('locale packs are data: they import types only', () => {
    for (const file of sourceFiles(join(SRC, 'locales'))) {
      const text = readFileSync(file, 'utf8');
      for (const line of text.split('\n').filter((l) => /^\s*import\s/.test(l))) expect(line).toMatch(/^import type /);
    }
  });
});
