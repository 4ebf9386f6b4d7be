/**
 * NodeFilter's `whatToShow` values for TreeWalkers, by value: NodeFilter is a window global,
 * absent where the CLI and the unit tests run (Node), and the values are fixed by the DOM standard.
 */
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
