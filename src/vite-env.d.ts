// `import.meta.glob` in the catalog and locale registries: Vite (the build, Vitest, Storybook) turns each
// glob into static or lazy imports. Types only; nothing of it reaches the published declarations.
/// <reference types="vite/client" />
