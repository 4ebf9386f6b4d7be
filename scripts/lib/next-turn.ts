/**
 * Every jsdom window queues its load event with process.nextTick, and that closure holds the
 * whole window; the queue only drains when the running task ends. A synchronous loop over many
 * pages therefore keeps every page's DOM alive to the last page, closed or not (1,000 manifest
 * pages died at the 4 GB heap limit after about 500; `npm run bench` on Readability's 131 pages
 * after about 120). Returning to the event loop after each page lets the queue drain and the
 * page be collected.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolveTurn) => setImmediate(resolveTurn));
}
