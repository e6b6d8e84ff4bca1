import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Layering (see docs/architecture.md): which folder may import what. A violation fails CI. */
const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }] },
});
const layerPaths = (files, paths, patterns, message, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      { paths: paths.map((name) => ({ name, message })), patterns: patterns.map((group) => ({ group: [group], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layerPaths(['common/**'], ['electron', ...nodeBuiltins], ['**/main/**', '**/renderer/**', '**/connectors/**', '**/preload/**'], 'Bad layering: common/ imports nothing of ours and no runtime'),
  layerPaths(['connectors/**'], ['electron'], ['**/main/**', '**/renderer/**', '**/preload/**'], 'Bad layering: connectors/ may import only common/'),
  layerPaths(['main/host/**'], ['electron'], ['**/renderer/**', '**/preload/**', '**/main/electron/**'], 'Bad layering: main/host/ runs under plain Node'),
  layerPaths(['renderer/**'], ['electron', ...nodeBuiltins], ['**/main/**', '**/connectors/**', '**/preload/**'], 'Bad layering: renderer/ runs in a page: common/ only', ['renderer/vite.config.ts']),
  layer(['preload/**'], ['**/main/**', '**/renderer/**', '**/connectors/**'], 'Bad layering: preload/ may import only common/ and electron'),
);
