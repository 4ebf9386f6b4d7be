import { render } from 'preact';
import { browser } from 'wxt/browser';
import { readerSettingsStore } from '@/clients/reader-settings-store';
import { App } from './App';
// The reading styles of the popup and the full tab (whose narrow layout puts the outline above
// the article), then what only the panel needs.
import '../popup/style.css';
import '../reader/style.css';
import './style.css';

// The theme as soon as storage answers; the page's one settings owner lives as long as the panel.
readerSettingsStore().subscribe(() => undefined);
document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('lede-root');
if (root) render(<App />, root);
