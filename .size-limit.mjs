// Size budgets (brotli, as size-limit reports). One budget per shipped locale is derived from the
// locale folders (scripts/locales.mjs), so adding a locale adds its budget. size-limit follows dynamic
// imports: the whole-package figures include every lazily loaded locale and catalog chunk (16 locales ×
// 3 parts, ≈ 88 kB brotli), which an app downloads only for the locales and catalogs it meets; what an app pays
// up front is measured by scripts/measure-size.mjs (gzip, lazy chunks apart). These budgets guard regressions.
import { listLocales } from './scripts/locales.mjs';

const peers = ['react', 'react-dom', '@tanstack/react-query'];
const entry = (name, path, limit, imports) => ({ name, path, ...(imports ? { import: imports } : {}), ignore: peers, limit });

export default [
  entry('mexc-error-kit (all exports)', 'dist/index.js', '106 kB', '*'),
  entry(
    'import { ApiErrorProvider, ApiErrorToaster, showApiError }',
    'dist/index.js',
    '103.5 kB',
    '{ ApiErrorProvider, ApiErrorToaster, showApiError }',
  ),
  entry('import { ApiErrorBoundary }', 'dist/index.js', '100.5 kB', '{ ApiErrorBoundary }'),
  entry('mexc-error-kit/core (all exports)', 'dist/core/index.js', '100.5 kB', '*'),
  entry('import { normalizeApiError } from mexc-error-kit/core', 'dist/core/index.js', '5.2 kB', '{ normalizeApiError }'),
  entry('import { resolveApiError } from mexc-error-kit/core', 'dist/core/index.js', '13.2 kB', '{ resolveApiError }'),
  entry('mexc-error-kit/query (all exports)', 'dist/query/index.js', '103 kB', '*'),
  // a whole locale pack, every catalog (the kit itself loads one small chunk per catalog met); Cyrillic, Thai and
  // Arabic take two or three bytes a letter in UTF-8, hence the larger budget
  ...listLocales().map((tag) => entry(`mexc-error-kit/locales/${tag}`, `dist/locales/${tag}/index.js`, tag === 'en' ? '5.3 kB' : '8.2 kB')),
  { name: 'mexc-error-kit/styles.css', path: 'dist/styles.css', limit: '1.5 kB' },
];
