import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applySettingsToRoot, loadReaderSettings } from '@/components/reader-settings-store';
import { App, readTargetTab } from './App';
import './style.css';

// Started before the first render: the page is read while the popup draws its skeleton,
// and the reader's theme is applied as soon as storage answers, before Preact's effects run.
const pending = readTargetTab();
void loadReaderSettings().then((settings) => applySettingsToRoot(settings));

// The UI speaks the browser's language; index.html can only name a default.
document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('lede-root');
if (root) render(<App pending={pending} />, root);
