// Lets TypeScript accept the side-effect import of catalog.css (Vite bundles the stylesheet).
export {};
