// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sanitizeToFragment, type ImagePolicy } from '@/utils/article/sanitize';
import { imageSourceOf, isPrivateHost } from '@/utils/article/image-policy';

const LIVE: ImagePolicy = { remote: 'load' };
const SAVED: ImagePolicy = { remote: 'hold' };

afterEach(() => {
  vi.unstubAllEnvs();
});

function render(html: string, policy: ImagePolicy): { root: HTMLElement; heldImages: number } {
  const { fragment, heldImages } = sanitizeToFragment(html, window, policy);
  const root = document.createElement('div');
  root.append(fragment);
  return { root, heldImages };
}

/** Every attribute value in the result that names a URL outside the extension, with where it sits. */
function urlsIn(root: Element): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/https?:|\/\/|url\(/iu.test(attr.value)) found.push(`${el.tagName.toLowerCase()}[${attr.name}]=${attr.value}`);
    }
  }
  return found;
}

const MEDIA = [
  '<video poster="https://cdn.example/poster.jpg" src="https://cdn.example/v.mp4"><source src="https://cdn.example/v.webm"><track src="https://cdn.example/t.vtt"></video>',
  '<audio src="https://cdn.example/a.mp3" autoplay></audio>',
  '<picture><source srcset="https://cdn.example/p.avif" type="image/avif"></picture>',
  '<svg><image href="https://cdn.example/s.png"></image><use href="https://cdn.example/sprite.svg#i"></use><filter><feImage href="https://cdn.example/f.png"></feImage></filter>',
  '<rect fill="url(https://cdn.example/paint.svg#g)" mask="url(&quot;https://cdn.example/m.svg#m&quot;)"></rect></svg>',
  '<table background="https://cdn.example/bg.png"><tbody><tr><td background="https://cdn.example/td.png">cell</td></tr></tbody></table>',
  '<p style="background:url(https://cdn.example/css.png)">styled</p><style>@font-face{src:url(https://cdn.example/f.woff2)}</style>',
  '<link rel="stylesheet" href="https://cdn.example/s.css"><object data="https://cdn.example/o.swf"></object><embed src="https://cdn.example/e">',
].join('');

describe('remote content in article HTML', () => {
  it('loads nothing but images: media, posters, SVG images, <use>, picture sources, CSS and table backgrounds name no URL', () => {
    const { root } = render(MEDIA, LIVE);
    expect(urlsIn(root)).toEqual([]);
    expect(root.querySelectorAll('video, audio, track, style, link, object, embed')).toHaveLength(0);
    expect(root.querySelector('td')?.textContent).toBe('cell');
  });

  it('holds back every remote image of a saved article and counts it, the tracking pixel included', () => {
    const html =
      '<p>Hello</p><img src="https://tracker.example/open.gif?id=42" width="1" height="1">' +
      '<figure><img srcset="https://cdn.example/a-800.jpg 800w, https://cdn.example/a-1600.jpg 1600w" alt="Harbour"><figcaption>The harbour</figcaption></figure>';
    const { root, heldImages } = render(html.replace('srcset', 'src'), SAVED);
    expect(heldImages).toBe(2);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(urlsIn(root)).toEqual([]);
    expect(root.querySelector('figcaption')?.textContent).toBe('The harbour');
  });

  it('shows a live page’s https images without cookies, referrer or srcset candidates', () => {
    const html = '<img src="https://cdn.example/a.jpg" srcset="https://cdn.example/a-2x.jpg 2x" sizes="50vw"><img srcset="https://cdn.example/b-800.jpg 800w">';
    const { root, heldImages } = render(html, LIVE);
    expect(heldImages).toBe(0);
    const images = [...root.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).toEqual(['https://cdn.example/a.jpg']);
    for (const img of images) {
      expect(img.getAttribute('crossorigin')).toBe('anonymous');
      expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
      expect(img.hasAttribute('srcset')).toBe(false);
    }
  });

  it('drops plain-http, relative and private-network images even on a live page', () => {
    const sources = [
      'http://cdn.example/a.jpg', '/relative.jpg', '//cdn.example/protocol-relative.jpg',
      'https://localhost/a.gif', 'https://127.0.0.1/a.gif', 'https://127.8.9.10/a.gif', 'https://0x7f.1/a.gif', 'https://10.0.0.1/a.gif',
      'https://172.16.0.1/a.gif', 'https://172.31.255.255/a.gif', 'https://192.168.1.1/a.gif', 'https://169.254.169.254/a.gif',
      'https://[::1]/a.gif', 'https://[fd12::1]/a.gif', 'https://[fe80::1]/a.gif', 'https://[::ffff:192.168.0.1]/a.gif',
      'https://printer.local/a.gif', 'https://router.local./a.gif', 'ftp://cdn.example/a.gif', 'chrome-extension://x/a.png',
    ];
    const { root } = render(sources.map((src) => `<img src="${src}">`).join(''), LIVE);
    expect(root.querySelectorAll('img')).toHaveLength(0);
  });

  it('keeps public hosts that only look private', () => {
    for (const host of ['172.32.0.1', '192.169.0.1', '11.0.0.1', 'local.example', 'fc.example', 'example.localhost.com', '[2001:db8::1]', '[::ffff:808:808]']) {
      expect({ host, private: isPrivateHost(host) }).toEqual({ host, private: false });
    }
  });

  it('shows inline data: images in every mode (they cost no request), holds remote ones of a saved article', () => {
    const gif = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
    expect(imageSourceOf(gif, SAVED)).toEqual({ kind: 'load', url: gif });
    expect(imageSourceOf('https://cdn.example/a.gif', SAVED)).toEqual({ kind: 'held' });
  });

  it('lets the test build (MODE e2e) reach the e2e servers on 127.0.0.1 and 127.0.0.2 only, and no other build', () => {
    expect(imageSourceOf('http://127.0.0.1:4173/pixel.gif', LIVE)).toEqual({ kind: 'dropped' });
    vi.stubEnv('MODE', 'e2e');
    expect(imageSourceOf('http://127.0.0.1:4173/pixel.gif', LIVE)).toEqual({ kind: 'load', url: 'http://127.0.0.1:4173/pixel.gif' });
    expect(imageSourceOf('http://127.0.0.2:4174/pixel.gif', LIVE)).toEqual({ kind: 'load', url: 'http://127.0.0.2:4174/pixel.gif' });
    expect(imageSourceOf('http://127.0.0.1:4173/pixel.gif', SAVED)).toEqual({ kind: 'held' });
    expect(imageSourceOf('http://127.0.0.3:4173/pixel.gif', LIVE)).toEqual({ kind: 'dropped' });
    expect(imageSourceOf('http://localhost:4173/pixel.gif', LIVE)).toEqual({ kind: 'dropped' });
    expect(imageSourceOf('http://10.0.0.1/pixel.gif', LIVE)).toEqual({ kind: 'dropped' });
  });

  it('forbids the download attribute, which would let a page name a file the reader saves', () => {
    const { root } = render('<a href="https://example.com/report.pdf" download="invoice.exe">report</a>', LIVE);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.com/report.pdf');
    expect(root.querySelector('a')?.hasAttribute('download')).toBe(false);
  });
});
