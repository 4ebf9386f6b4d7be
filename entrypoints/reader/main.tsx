import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applySettingsToRoot, loadReaderSettings } from '@/components/reader-settings-store';
import { App } from './App';
// The same reading styles as the popup, then what only a full tab needs.
import '../popup/style.css';
import './style.css';

// The theme as soon as storage answers, so a dark-theme reader is not flashed with white.
void loadReaderSettings().then((settings) => applySettingsToRoot(settings));
document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('lede-root');
if (root) render(<App />, root);
