import fs from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Layers import one way: shared (lib, config, components) ← entities ← features ← app; a feature never
 * imports another feature (the app composes them). docs/architecture.md explains the layers.
 */
const features = fs.readdirSync('src/features', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const layerZones = [
  ...['lib', 'config', 'components'].map((shared) => ({
    target: `./src/${shared}`,
    from: ['./src/entities', './src/features', './src/app', './src/testing'],
    message: `src/${shared} is shared code: it imports nothing from entities, features or app.`,
  })),
  {
    target: './src/entities',
    from: ['./src/features', './src/app', './src/testing'],
    message: 'Entities (domain core) import only lib, config, components and other entities.',
  },
  {
    target: './src/entities/checklist',
    from: './src/entities/project',
    message: 'The checklist is the base entity: projects build on it, not the other way round.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: ['./src/features', './src/app', './src/testing'],
    except: [`./${feature}`],
    message: 'A feature imports only its own files and lower layers; compose features in src/app.',
  })),
  { target: './src/main.tsx', from: './src/testing' },
];

const FUNCTION_LINES = { max: 80, skipBlankLines: true, skipComments: true };
const COMPONENT_LINES = { max: 120, skipBlankLines: true, skipComments: true };

const NO_JSPDF = { name: 'jspdf', message: 'Import jsPDF only from a *.chunk.ts loaded with import().' };
const NO_REACT = { name: 'react', message: 'Domain modules have no React: put hooks in use-*.ts.' };
/** One import style in src: `./x` inside a file's own folder, `@/…` for everything else (never `../`). */
function restrictedImports(...paths) {
  return { paths, patterns: [{ regex: '^\\.\\./', message: 'Import across folders with @/… (e.g. @/lib/csv), not ../.' }] };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'reports'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', restrictedImports()] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/testing/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // jsPDF is heavy: only *.chunk.ts files may import it, and only they are loaded with import().
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.chunk.ts', 'src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', restrictedImports(NO_JSPDF)] },
  },
  {
    // Domain modules stay free of React (CONVENTIONS rule 1).
    files: ['src/features/**/*.ts', 'src/entities/**/*.ts', 'src/lib/**/*.ts'],
    ignores: ['src/**/use-*.ts', 'src/**/components/**', 'src/**/*.chunk.ts', 'src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', restrictedImports(NO_JSPDF, NO_REACT)] },
  },
  {
    // Functions stay short (≤ 80 lines), components ≤ 120; checklist content data and tests are exempt.
    files: ['src/**/*.{ts,tsx}', 'cli/**/*.{ts,mjs}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'cli/**/*.test.ts', 'src/testing/**', 'src/entities/checklist/content/**'],
    rules: { 'max-lines-per-function': ['error', FUNCTION_LINES] },
  },
  {
    files: ['src/**/components/**/*.tsx', 'src/app/**/*.tsx', 'src/main.tsx'],
    ignores: ['src/**/*.test.tsx'],
    rules: { 'max-lines-per-function': ['error', COMPONENT_LINES] },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{ts,mjs,js}', 'bench/**/*.ts', 'cli/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off', 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  {
    // The service worker template: vite.config.ts fills in the two placeholders at build time.
    files: ['scripts/service-worker.template.js'],
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE_MANIFEST__: 'readonly', __CACHE_VERSION__: 'readonly' }, sourceType: 'script' },
  },
  {
    files: ['scripts/**/*.mjs', 'cli/**/*.mjs', '*.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node }, sourceType: 'module' },
  },
);
