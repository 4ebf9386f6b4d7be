/**
 * `el.closest('figure')` by tag name only. In jsdom, closest() runs the selector engine on
 * every ancestor, which made it one of the costliest calls of the pipeline per image and per
 * block; a walk comparing tag names costs next to nothing in every DOM.
 */
export function closestTag(el: Element, ...tags: string[]): Element | null {
  const wanted = tags.map((tag) => tag.toUpperCase());
  for (let current: Element | null = el; current; current = current.parentElement) {
    if (wanted.includes(current.tagName.toUpperCase())) return current;
  }
  return null;
}
