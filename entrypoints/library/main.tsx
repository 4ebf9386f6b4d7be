import { render } from 'preact';
import { App } from './App';
import type { openLibrary } from '@/utils/library/db';
import type { saveOutline } from '@/utils/library/save';
import type { putRecords } from '@/utils/library/put-records';
import type { importLibrary } from '@/utils/library/import';
import './style.css';

const root = document.getElementById('lede-root');
if (root) render(<App />, root);

// Browser tests and benchmarks only (`wxt build --mode e2e`): tests/e2e/library.test.ts
// saves hundreds of outlines from two library pages at once through the library's own save
// path, and `npm run bench` fills the library with thousands of generated records, which no
// button offers in bulk, and times an import of real articles. The release build replaces MODE with 'production' and drops this
// branch. The modules are fetched when a hook is called: imported statically, the release
// bundle kept them (import, export, validation: 8 KB gzipped) though nothing of them ran.
if (import.meta.env.MODE === 'e2e') {
  Object.assign(window, {
    ledeLibraryE2E: {
      openLibrary: async (...args: Parameters<typeof openLibrary>) => (await import('@/utils/library/db')).openLibrary(...args),
      saveOutline: async (...args: Parameters<typeof saveOutline>) => (await import('@/utils/library/save')).saveOutline(...args),
      putRecords: async (...args: Parameters<typeof putRecords>) => (await import('@/utils/library/put-records')).putRecords(...args),
      importLibrary: async (...args: Parameters<typeof importLibrary>) => (await import('@/utils/library/import')).importLibrary(...args),
    },
  });
}
