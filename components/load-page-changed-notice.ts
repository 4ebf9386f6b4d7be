/**
 * The "Page changed" notice and the watching behind it, fetched only for a page read before it
 * finished loading (clients/extract-client.ts readTab's `pageLoading`): the popup loads less.
 */
export const loadPageChangedNotice = () => import('./PageChangedNotice').then((module) => module.PageChangedNotice);
