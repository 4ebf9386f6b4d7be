import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** The browser's extension APIs: a file that needs them is glue or UI, not utils/. */
const BROWSER_MODULES = ['wxt/browser', 'wxt/utils/storage', 'webextension-polyfill', '@wxt-dev/webextension-polyfill', '@wxt-dev/storage'];
const NO_BROWSER = 'utils/ runs in Node too: no browser APIs (put it in clients/ or entrypoints/).';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    plugins: { 'import-x': importX },
    // Resolves `@/…` and extensionless imports through tsconfig (paths from .wxt/tsconfig.json),
    // so the zones below see real files; without it only imports written with an extension matched.
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The browser's old URL-escaping globals type-check where a regex escape was meant: utils/text/escape-regexp.ts.
      'no-restricted-globals': ['error', { name: 'escape', message: 'Use escapeRegExp (utils/text/escape-regexp.ts).' }, { name: 'unescape', message: 'Not a regex tool.' }],
      // Page HTML reaches the UI only through components/SafeHtml.tsx.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page HTML through SafeHtml only.' },
      ],
      // The rooms: utils/ is pure and never reaches into browser glue or UI.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './utils', from: './entrypoints', message: 'utils/ must not import entrypoints/.' },
            { target: './utils', from: './components', message: 'utils/ must not import components/.' },
            { target: './utils', from: './hooks', message: 'utils/ must not import hooks/ (Preact).' },
            { target: './utils', from: './clients', message: 'utils/ must not import clients/ (browser-backed).' },
            { target: './utils', from: './services', message: 'utils/ must not import services/ (the background).' },
            { target: './utils', from: './i18n', message: 'utils/ must not import i18n/ (browser.i18n).' },
            { target: './components', from: './services', message: "components/ get callbacks; the background's services are reached by messages." },
            { target: './clients', from: './services', message: "clients/ reach the background's services by messages, not imports." },
            { target: './utils/article', from: './utils/outline', message: 'utils/article/ must not import utils/outline/: readPage joins them.' },
            { target: './components', from: './entrypoints', message: 'components/ must not import entrypoints/.' },
            { target: './clients', from: './components', message: 'clients/ must not import components/.' },
            { target: './clients', from: './entrypoints', message: 'clients/ must not import entrypoints/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['utils/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: BROWSER_MODULES.map((name) => ({ name, message: NO_BROWSER })),
          patterns: [{ group: BROWSER_MODULES.map((name) => `${name}/*`), message: NO_BROWSER }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'browser', message: NO_BROWSER }, { name: 'chrome', message: NO_BROWSER }],
    },
  },
);
