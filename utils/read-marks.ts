/**
 * Performance marks of a read in the view, from its own navigation start: the popup's code
 * running, the page asked for its part, the page's script started and done (its own clock's
 * times placed on the view's), the finishing code loaded and run, the page's part arrived, its
 * metadata read, its article made (`made`, set only where the background finishes the read) and
 * shown, and the whole read (its outline, or the failure) shown (`done`). `npm run bench:browser -- --verbose` prints them beside the
 * page's own steps, to tell where the time to the first answer goes; the Firefox hostile-layout
 * test bounds the popup's stalls from `pagePart` on. Where the background finishes the read
 * (Firefox), all but `finisher` are set, `pagePart`, `metadata` and `made` at the moments the
 * background reached them: `made` → `article` is the answer's way to the view. No imports: the browser tests read it in Node.
 */
export const READ_MARKS = {
  popupStart: 'lede:popup-start',
  pageAsked: 'lede:page-asked',
  pageStart: 'lede:page-start',
  pageEnd: 'lede:page-end',
  finisher: 'lede:finisher',
  pagePart: 'lede:page-part',
  metadata: 'lede:metadata',
  made: 'lede:made',
  article: 'lede:article',
  /** The headline on screen (components/ArticleView.tsx), once per view. */
  titleVisible: 'lede:title-visible',
  done: 'lede:done',
} as const;
