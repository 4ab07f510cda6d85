/**
 * Hands the link check each post's page and source file, so that a broken
 * link in a post's body is reported at the author's file and line
 * (link-check-integration.ts). The posts' route (pages/posts/[id].astro)
 * lists every post in every build, pages copied from the last build
 * included, and hands them over (src/lib/build-handover.ts).
 */
import { buildHandover } from '../lib/build-handover.ts';

export interface PostSource {
  /** The post page's URL path, base path included (paths.post). */
  page: string;
  /** Its source file, from the project root, as Astro gives it (`content/posts/x.mdx`). */
  file: string;
}

export const postSourcesHandover = buildHandover<(posts: readonly PostSource[]) => void>('post-sources');
