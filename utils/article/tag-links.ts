import { allLanguages } from '../lang';
import { normalizeSpace } from '../text/segment';

let tagLinks: string | null = null;

/** Links to a tag's or a topic's page, in any pack's folder name for them ("/tag/", "/chu-de/", "/thema/"). */
function tagLinkSelector(): string {
  tagLinks ??= allLanguages('tagPaths').map((folder) => `a[href*="/${folder}/"]`).join(', ');
  return tagLinks;
}

/**
 * A line that is wholly one link to a tag's page ("<a href="/chu-de/ha-noi.html">Hà Nội</a>"
 * under the story): it names the story's subject, which reads like a name in any language
 * ("Hà Nội", "Angela Merkel"), never its writer.
 */
export function isTagLinkLine(block: Element, text: string): boolean {
  const links = block.querySelectorAll('a');
  const only = links.length === 1 ? links[0] : undefined;
  return only !== undefined && only.matches(tagLinkSelector()) && normalizeSpace(only.textContent ?? '') === text;
}
