// mexc-error-kit: everything. The React layer joins here; `mexc-error-kit/core` stays framework-free.
export * from './core/index';
