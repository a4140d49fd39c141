import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listLocales } from '../scripts/locales.mjs';
import * as core from '../src/core/index';
import * as everything from '../src/index';
import * as query from '../src/query/index';

const ROOT = resolve(import.meta.dirname, '..');
/** Every entry point of the package: main, core, query, and each shipped locale (`mexc-error-kit/locales/<tag>`). */
const ENTRIES = ['src/index.ts', 'src/core/index.ts', 'src/query/index.ts', ...listLocales().map((tag) => `src/locales/${tag}/index.ts`)];
/** Issue 8: a small public API before 1.0, across `mexc-error-kit`, `/core` and `/query` together. */
const MAX_RUNTIME_EXPORTS = 30;

function undocumentedExports(): string[] {
  const program = ts.createProgram(
    ENTRIES.map((entry) => resolve(ROOT, entry)),
    {
      strict: true,
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  for (const entry of ENTRIES) {
    const source = program.getSourceFile(resolve(ROOT, entry))!;
    const moduleSymbol = checker.getSymbolAtLocation(source)!;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (exported.name === 'default') continue;
      if (target.getDocumentationComment(checker).length === 0) missing.push(`${entry}: ${exported.name}`);
    }
  }
  return missing;
}

/** The names a module exports at runtime (type-only exports are erased). */
const runtimeNames = (module: object) => Object.keys(module).sort();

describe('public API', () => {
  it('documents every export of every entry with TSDoc', () => {
    expect(ENTRIES.length).toBeGreaterThan(3);
    expect(undocumentedExports()).toEqual([]);
  }, 60_000);

  it(`has at most ${MAX_RUNTIME_EXPORTS} runtime exports across mexc-error-kit, /core and /query`, () => {
    const names = new Set([...runtimeNames(everything), ...runtimeNames(core), ...runtimeNames(query)]);
    expect(names.size).toBeLessThanOrEqual(MAX_RUNTIME_EXPORTS);
  });

  it('keeps its runtime exports stable (changing this list is a semver decision)', () => {
    expect({
      core: runtimeNames(core),
      react: runtimeNames(everything).filter((name) => !(name in core)),
      query: runtimeNames(query),
    }).toMatchSnapshot();
  });

  it('exposes the same core from the main entry and from mexc-error-kit/core', () => {
    for (const name of Object.keys(core)) expect(everything[name as keyof typeof everything], name).toBe(core[name as keyof typeof core]);
  });

  it('keeps the internal helpers internal', () => {
    const names = new Set([...runtimeNames(everything), ...runtimeNames(query)]);
    for (const internal of [
      'createMessageLookup',
      'resolveNormalizedApiError',
      'canonicalLocale',
      'toPlainServerText',
      'formatErrorDetails',
    ]) {
      expect(names.has(internal), internal).toBe(false);
    }
  });
});
