/** What a page could have smuggled into the popup, found by walking the popup's DOM. */
export interface PopupAudit {
  /** Script elements that are not the extension's own bundle. */
  foreignScripts: string[];
  /** `tag[onwhatever]` for every event-handler attribute in the document. */
  handlerAttributes: string[];
  /** `tag[attr]=value` for every URL attribute that would run code. */
  scriptUrls: string[];
  /** Article elements carrying a `style` attribute (the popup's own UI may set styles; the page may not). */
  styledElements: string[];
  /** Elements a page must never get into the popup: frames, forms, base, meta, styles. */
  forbiddenElements: string[];
  linkCount: number;
  /** Links that do not open in a new tab with `rel="noopener noreferrer"`. */
  unhardenedLinks: string[];
  /** Article elements positioned out of the flow (how a page would cover the UI). */
  positionedElements: string[];
  /** What a reader's click in the middle of the popup would land on. */
  centre: { tag: string; inReadingView: boolean; fixedAncestor: boolean };
  baseURI: string;
  ledeRootCount: number;
}

/** Runs inside the popup; self-contained for the same reason as readPopupSnapshot. */
export function auditPopup(): PopupAudit {
  const describe = (el: Element, attr?: string): string =>
    `${el.tagName.toLowerCase()}${attr ? `[${attr}]=${(el.getAttribute(attr) ?? '').slice(0, 60)}` : ''}`;
  const all = Array.from(document.querySelectorAll('*'));
  const body = document.querySelector('.article-body');
  const inBody = body ? Array.from(body.querySelectorAll('*')) : [];
  const links = body ? Array.from(body.querySelectorAll('a[href]')) : [];
  const ownOrigin = location.origin;

  const scriptUrl = /^(javascript|vbscript|data:text\/html)/u;
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'data', 'srcdoc'];
  const scriptUrls: string[] = [];
  const handlerAttributes: string[] = [];
  for (const el of all) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.toLowerCase().startsWith('on')) handlerAttributes.push(describe(el, attr.name));
      // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
      const squeezed = attr.value.replace(/[\u0000-\u0020]/gu, '').toLowerCase();
      if (urlAttributes.includes(attr.name.toLowerCase()) && scriptUrl.test(squeezed)) scriptUrls.push(describe(el, attr.name));
    }
  }

  const x = Math.floor(window.innerWidth / 2);
  const y = Math.floor(window.innerHeight / 2);
  const hit = document.elementFromPoint(x, y);
  let fixedAncestor = false;
  for (let el: Element | null = hit; el; el = el.parentElement) {
    if (getComputedStyle(el).position === 'fixed') fixedAncestor = true;
  }

  return {
    foreignScripts: Array.from(document.scripts)
      .filter((s) => !s.src.startsWith(`${ownOrigin}/`))
      .map((s) => s.outerHTML.slice(0, 80)),
    handlerAttributes,
    scriptUrls,
    styledElements: inBody.filter((el) => el.hasAttribute('style')).map((el) => describe(el, 'style')),
    forbiddenElements: Array.from(
      document.querySelectorAll('body iframe, body frame, body object, body embed, body form, .layout input, .article-body button, base, body meta, body style, body link'),
    ).map((el) => describe(el)),
    linkCount: links.length,
    unhardenedLinks: links
      .filter((a) => a.getAttribute('target') !== '_blank' || a.getAttribute('rel') !== 'noopener noreferrer')
      .map((a) => describe(a, 'href')),
    positionedElements: inBody
      .filter((el) => ['fixed', 'absolute', 'sticky'].includes(getComputedStyle(el).position))
      .map((el) => describe(el)),
    centre: { tag: hit ? describe(hit) : 'nothing', inReadingView: hit?.closest('.layout') != null, fixedAncestor },
    baseURI: document.baseURI,
    ledeRootCount: document.querySelectorAll('#lede-root').length,
  };
}
