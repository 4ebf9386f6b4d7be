import { render } from 'preact';
import { App } from './App';
import './style.css';

const root = document.getElementById('lede-root');
if (root) render(<App />, root);
