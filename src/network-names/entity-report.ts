/**
 * The build's report of names a diagram has and no listing of the same post
 * mentions: one info line per such post (a typo, or a listing left out),
 * never a warning and never a failure. The posts are read by the pages
 * (collections/queries.ts) and handed over here through globalThis, as the
 * redirects are (src/redirects/redirect-handover.ts); entities-integration.ts
 * prints the lines when the build is done.
 */
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

type Receiver = (posts: readonly DiagramOnlyPost[]) => void;
const RECEIVER = Symbol.for('field-notes:diagram-only-entities');
type WithReceiver = { [RECEIVER]?: Receiver | undefined };

/** The integration, at the start of a build; undefined at its end. */
export function receiveDiagramOnly(receiver: Receiver | undefined): void {
  (globalThis as WithReceiver)[RECEIVER] = receiver;
}

/** Whether a build is listening (not in `astro dev`): the pages skip the work otherwise. */
export function diagramOnlyWanted(): boolean {
  return (globalThis as WithReceiver)[RECEIVER] !== undefined;
}

/** The pages: every post's diagram-only entities. */
export function handOverDiagramOnly(posts: readonly DiagramOnlyPost[]): void {
  (globalThis as WithReceiver)[RECEIVER]?.(posts);
}
