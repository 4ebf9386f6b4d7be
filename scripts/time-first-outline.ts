/**
 * npx tsx scripts/time-first-outline.ts [GOLDEN_PAGE]
 *
 * The first outline in a fresh process, as the popup's first read pays it: the patterns built
 * on first use (per language) and the JIT's first pass count, unlike scripts/time-outline.ts,
 * which warms up first. Run it several times: on a shared machine one run says little.
 */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../utils/article/extract-article';
import { buildOutline } from '../utils/outline/build-outline';
import { parseHtml } from './lib/parse-html';

const page = process.argv[2] ?? 'vi-danang-portal-ngan-sach';
const url = 'https://example.org/article';
const extraction = extractArticle(parseHtml(readFileSync(`tests/fixtures/pages/${page}/source.html`, 'utf8'), url), url);
if (!extraction.ok) throw new Error(`${page}: ${extraction.reason}`);
let started = performance.now();
buildOutline(extraction.article, extraction.blocks);
const firstMs = performance.now() - started;
started = performance.now();
buildOutline(extraction.article, extraction.blocks);
const secondMs = performance.now() - started;
console.log(JSON.stringify({ page, lang: extraction.article.lang, firstMs: Math.round(firstMs), secondMs: Math.round(secondMs) }));
