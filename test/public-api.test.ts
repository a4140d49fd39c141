import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as core from '../src/core/index';
import * as everything from '../src/index';
import * as query from '../src/query/index';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRIES = ['src/index.ts', 'src/core/index.ts', 'src/query/index.ts', 'src/locales/en.ts', 'src/locales/zh-CN.ts'];

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

describe('public API', () => {
  it('documents every export of every entry with TSDoc', () => {
    expect(undocumentedExports()).toEqual([]);
  }, 60_000);

  it('keeps its runtime exports stable (changing this list is a semver decision)', () => {
    expect({
      core: Object.keys(core).sort(),
      react: Object.keys(everything)
        .filter((name) => !(name in core))
        .sort(),
      query: Object.keys(query).sort(),
    }).toMatchSnapshot();
  });

  it('exposes the same core from the main entry and from mexc-error-kit/core', () => {
    for (const name of Object.keys(core)) expect(everything[name as keyof typeof everything], name).toBe(core[name as keyof typeof core]);
  });
});
