// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-fixture/',
      'dist-fixture-root/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  // Without type information: plain JavaScript (config, small scripts), and .astro files, whose
  // parser cannot give the type-aware rules the types of imported components (they would all be
  // "error" typed). `astro check` type-checks .astro files instead.
  { files: ['**/*.js', '**/*.mjs', '**/*.astro'], ...tseslint.configs.disableTypeChecked },
  // Functions stay short enough to read in one go; tests, whose describe blocks hold many cases, excepted.
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/__fixtures__/**'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
);
