import { render } from 'preact';
import { browser } from 'wxt/browser';
import { readerSettingsStore } from '@/clients/reader-settings-store';
import { App } from './App';
// The same reading styles as the popup, then what only a full tab needs.
import '../popup/style.css';
import './style.css';

// The theme as soon as storage answers, so a dark-theme reader is not flashed with white.
// The page's one settings owner starts now and lives as long as the page.
readerSettingsStore().subscribe(() => undefined);
document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('lede-root');
if (root) render(<App />, root);
