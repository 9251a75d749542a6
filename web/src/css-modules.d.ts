// Vite bundles stylesheet imports; tell TypeScript that `import "x.css"` is a side-effect-only module.
declare module "*.css";
