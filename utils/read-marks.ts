/**
 * Performance marks of a read in the view, from its own navigation start: the popup's code
 * running, the page asked for its part, the page's script started and done (its own clock's
 * times placed on the view's), the finishing code loaded and run, the page's part arrived, its
 * metadata read, its article made. `npm run bench:browser -- --verbose` prints them beside the
 * page's own steps, to tell where the time to the first answer goes; the Firefox hostile-layout
 * test bounds the popup's stalls from `pagePart` on. Where the background finishes the read
 * (Firefox), only `popupStart`, `pagePart` and `article` are set, `pagePart` at the moment the
 * background had the page's part. No imports: the browser tests read it in Node.
 */
export const READ_MARKS = {
  popupStart: 'lede:popup-start',
  pageAsked: 'lede:page-asked',
  pageStart: 'lede:page-start',
  pageEnd: 'lede:page-end',
  finisher: 'lede:finisher',
  pagePart: 'lede:page-part',
  metadata: 'lede:metadata',
  article: 'lede:article',
} as const;
