import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import importX from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
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
            { target: './components', from: './entrypoints', message: 'components/ must not import entrypoints/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['utils/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'wxt/browser', message: 'utils/ runs in Node: no browser APIs.' }] }],
      'no-restricted-globals': ['error', { name: 'browser', message: 'utils/ runs in Node: no browser APIs.' }, { name: 'chrome', message: 'utils/ runs in Node: no browser APIs.' }],
    },
  },
);
