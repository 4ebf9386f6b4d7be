import { render } from 'preact';
import { browser } from 'wxt/browser';
import { readerSettingsStore } from '@/clients/reader-settings-store';
import { App, readTargetTab } from './App';
import { FINISHED_IN_BACKGROUND, loadFinisher } from '@/clients/extract-client';
import { READ_MARKS } from '@/utils/read-marks';
import { sizePopup } from './popup-size';
import './style.css';

// The finishing code first, then the read, both before the first render: the page is read while
// the popup loads what finishes the read and draws its skeleton, and the reader's theme is
// applied as soon as storage answers, before Preact's effects run.
performance.mark(READ_MARKS.popupStart);
// Where the background finishes reads (Firefox), the view never loads that code.
if (!FINISHED_IN_BACKGROUND) void loadFinisher();
const pending = readTargetTab();
// The page's one settings owner starts now and lives as long as the page.
readerSettingsStore().subscribe(() => undefined);

// The UI speaks the browser's language; index.html can only name a default.
document.documentElement.lang = browser.i18n.getUILanguage();
sizePopup(document.documentElement);
const root = document.getElementById('lede-root');
if (root) render(<App pending={pending} />, root);
