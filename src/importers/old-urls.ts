/**
 * Which of a post's old URLs an import may write into `redirectFrom`, for
 * every importer: only what the site's old-URL rule accepts
 * (src/redirects/old-url.ts), not a path the site serves itself, and not
 * one another post of the import already claimed. The others are reported,
 * never written: the build would refuse them.
 */
import { isSitePath, oldUrlProblem, redirectPageFile } from '../redirects/old-url.ts';

/**
 * `paths` kept or dropped, each dropped one with the reason. `claimed` holds
 * what earlier posts kept (their redirect files), and grows. An old URL that
 * is the post's own address here (`ownPath`, `/posts/<slug>/`: a Hugo site's
 * posts lived there too) needs no redirect, and is left out unreported.
 */
export function servableOldPaths(paths: readonly string[], claimed: Set<string>, ownPath?: string): { kept: string[]; dropped: string[] } {
  const kept: string[] = [];
  const dropped: string[] = [];
  const own = ownPath ? redirectPageFile(ownPath) : undefined;
  for (const path of paths) {
    const problem = oldUrlProblem(path);
    const key = problem ? undefined : path.includes('?') ? path : redirectPageFile(path);
    if (own && key?.toLowerCase() === own) continue;
    if (problem) dropped.push(`old URL ${path} not kept: it ${problem}`);
    else if (!path.includes('?') && isSitePath(path)) dropped.push(`old URL ${path} not kept: this site has its own pages there`);
    else if (claimed.has(key!)) dropped.push(`old URL ${path} not kept: another post has it`);
    else {
      claimed.add(key!);
      kept.push(path);
    }
  }
  return { kept, dropped };
}
