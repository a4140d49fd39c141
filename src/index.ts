'use client';
// mexc-error-kit: the React layer and everything of the framework-free core.
// `mexc-error-kit/core` stays free of React; `mexc-error-kit/query` adds the react-query glue.
export * from './core/index.js';
export * from './react/index.js';
