// The benchmark pages import the kit's stylesheet; esbuild bundles it.
declare module '*.css';
