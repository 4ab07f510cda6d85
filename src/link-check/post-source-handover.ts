/**
 * Hands the link check each post's page and source file, so that a broken
 * link in a post's body is reported at the author's file and line
 * (link-check-integration.ts). The posts' route (pages/posts/[id].astro)
 * lists every post in every build, pages copied from the last build
 * included, and hands them over here. Through globalThis, as the redirects
 * are (src/redirects/redirect-handover.ts): the pages run as Astro's
 * bundled build of src/, the integration from astro.config.mjs, in one
 * process with two copies of every module.
 */

export interface PostSource {
  /** The post page's URL path, base path included (paths.post). */
  page: string;
  /** Its source file, from the project root, as Astro gives it (`content/posts/x.mdx`). */
  file: string;
}

type Receiver = (posts: readonly PostSource[]) => void;

const RECEIVER = Symbol.for('field-notes:post-sources');
type WithReceiver = { [RECEIVER]?: Receiver | undefined };

/** The integration, at the start of a build; undefined at its end. */
export function receivePostSources(receiver: Receiver | undefined): void {
  (globalThis as WithReceiver)[RECEIVER] = receiver;
}

/** The posts' route: every post page of the build (nothing listens in `astro dev`). */
export function handOverPostSources(posts: readonly PostSource[]): void {
  (globalThis as WithReceiver)[RECEIVER]?.(posts);
}
