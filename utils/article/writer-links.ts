import { allLanguages } from '../lang';

let writerLinks: string | null = null;

/** Links to a writer's page, in any pack's folder name for writers ("/author/", "/autor/", "/tac-gia/"). */
export function writerLinkSelector(): string {
  writerLinks ??= allLanguages('authorPaths').map((folder) => `a[href*="/${folder}/"]`).join(', ');
  return writerLinks;
}
