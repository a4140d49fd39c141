// Stories, the demo and the e2e app import the kit by its package name, exactly as users do;
// in this repo those names point at src/. Most specific first.
import { resolve } from 'node:path';

const src = (file) => resolve(import.meta.dirname, '../src', file);

export const packageAliases = [
  { find: /^mexc-error-kit\/locales\/(.+)$/, replacement: src('locales/$1/index.ts') },
  { find: /^mexc-error-kit\/core$/, replacement: src('core/index.ts') },
  { find: /^mexc-error-kit\/query$/, replacement: src('query/index.ts') },
  { find: /^mexc-error-kit\/styles\.css$/, replacement: src('styles.css') },
  { find: /^mexc-error-kit$/, replacement: src('index.ts') },
];
