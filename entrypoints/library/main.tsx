import { render } from 'preact';
import { App } from './App';
import { openLibrary } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { putRecords } from '@/utils/library/put-records';
import { importLibrary } from '@/utils/library/import';
import './style.css';

const root = document.getElementById('lede-root');
if (root) render(<App />, root);

// Browser tests and benchmarks only (`wxt build --mode e2e`): tests/e2e/library.test.ts
// saves hundreds of outlines from two library pages at once through the library's own save
// path, and `npm run bench` fills the library with thousands of generated records, which no
// button offers in bulk, and times an import of real articles. The release build replaces MODE with 'production', drops this
// branch, and with it the otherwise unused imports.
if (import.meta.env.MODE === 'e2e') {
  Object.assign(window, { ledeLibraryE2E: { openLibrary, saveOutline, putRecords, importLibrary } });
}
