/**
 * The build's report of names a diagram has and no listing of the same post
 * mentions: one info line per such post (a typo, or a listing left out),
 * never a warning and never a failure. The posts are read by the pages
 * and handed over (src/lib/build-handover.ts); network-names-integration.ts
 * prints the lines when the build is done.
 */
import { buildHandover } from '../lib/build-handover.ts';
import { parseEntityKey, type EntityKey } from './entity.ts';

export interface DiagramOnlyPost {
  /** The post's file, as Astro gives it (`content/posts/x.mdx`). */
  file: string;
  entities: EntityKey[];
}

/** A long report is cut here, with a count of the rest: the log stays readable for 1,000 posts. */
export const REPORT_LINES = 20;

function names(keys: EntityKey[]): string {
  const list = keys.map((key) => parseEntityKey(key).name);
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** The report's lines, one per post with diagram-only entities (at most REPORT_LINES, then a count). */
export function diagramOnlyReport(posts: readonly DiagramOnlyPost[]): string[] {
  const found = posts.filter((post) => post.entities.length > 0).sort((a, b) => a.file.localeCompare(b.file));
  const lines = found
    .slice(0, REPORT_LINES)
    .map(
      (post) =>
        `${post.file}: the diagram names ${names(post.entities)}, ${post.entities.length === 1 ? 'which no listing of this post mentions' : 'none of which a listing of this post mentions'} (a typo?)`,
    );
  if (found.length > REPORT_LINES) lines.push(`and ${found.length - REPORT_LINES} more posts whose diagrams name what no listing mentions`);
  return lines;
}

/** The pages hand every post's diagram-only entities to the integration, which prints the report when the build is done. */
export const diagramOnlyHandover = buildHandover<(posts: readonly DiagramOnlyPost[]) => void>('diagram-only-entities');
