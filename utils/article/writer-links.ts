import { allLanguages } from '../lang';

let writerLinks: string | null = null;

/** Links to a writer's page, in any pack's folder name for writers ("/author/", "/autor/", "/tac-gia/", "/staff/"). */
export function writerLinkSelector(): string {
  writerLinks ??= allLanguages('authorPaths').map((folder) => `a[href*="/${folder}/"]`).join(', ');
  return writerLinks;
}

let folders: Set<string> | null = null;

/** The folders of an address's path, without its scheme and host, query or anchor: "https://x.com/author/ann/?p=2" → ["author", "ann"]. */
export function pathParts(href: string): string[] {
  return href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/iu, '').replace(/[?#].*$/su, '').split('/').filter((part) => part !== '');
}

/**
 * A link to one writer's page, not to the folder that lists them all: "/staff/nathan-tempey" names
 * a writer, a menu's "/about/staff/" ("Our staff") or "/columnists/" names none.
 */
export function leadsToOneWriter(link: Element): boolean {
  folders ??= new Set(allLanguages('authorPaths').map((folder) => folder.toLowerCase()));
  const parts = pathParts(link.getAttribute('href') ?? '');
  const at = parts.findIndex((part) => folders?.has(part.toLowerCase()));
  return at !== -1 && at < parts.length - 1 && !/^index\.\w+$/u.test(parts[at + 1] ?? '');
}
