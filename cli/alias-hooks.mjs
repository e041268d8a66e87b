// Module resolve hook for the repository's `@/` alias (tsconfig `paths`: `@/*` → `src/*`). tsx maps
// the alias itself, but not for files under node_modules, which is where the CLI lives once the
// package is installed (`npx webrtc-security-checklist probe`): without this hook every `@/` import
// fails there with ERR_MODULE_NOT_FOUND.
const SRC = new URL('../src/', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier.startsWith('@/') ? SRC + specifier.slice(2) : specifier, context);
}
