// @ts-check
/**
 * Lint rules: ESLint's and typescript-eslint's recommended sets, the Astro
 * plugin for .astro files, and Prettier's config last so that no lint rule
 * argues with the formatter. One rule of our own: code that can end up in
 * the browser does not touch Node (see CONTRIBUTING.md, "Node-only code").
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', '.import-cache/', 'node_modules/', 'tests/.tmp/', 'test-results/', 'playwright-report/', 'bench/', '.bench/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.client.ts', 'src/**/*.inline.js', 'src/listings/copy-text.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Modules under src/ that are not *.node.ts, an integration or a component
    // may be bundled for the browser: no Node built-ins and no process there.
    files: ['src/**/*.ts', 'src/**/*.js'],
    ignores: ['src/**/*.node.ts', 'src/**/*-integration.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Node built-ins belong in a *.node.ts module (or an integration); this one may run in the browser.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'process belongs in a *.node.ts module (or an integration); this one may run in the browser.' },
        { name: 'Buffer', message: 'Buffer belongs in a *.node.ts module; this one may run in the browser.' },
      ],
    },
  },
  prettier,
);
