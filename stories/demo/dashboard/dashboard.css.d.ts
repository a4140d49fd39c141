// Lets TypeScript accept the side-effect import of dashboard.css (Vite bundles the stylesheet).
export {};
