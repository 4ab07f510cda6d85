/**
 * Rules that span entries, which a per-file schema cannot see: a post naming
 * a series, conference or tag that does not exist, two posts claiming the
 * same part of a series or the same old URL, an old URL that is a page of
 * this site; and the rules on what a body holds, which the schema does not
 * read: an image without alt text, a `<YouTube>` without a valid id or a
 * title. Pure data in, problems out, so it is unit-tested on its own;
 * queries.ts runs it on every build and dev request.
 */
import type { BodyImage, BodyVideo } from '../post-body/post-body.ts';
import { isSitePath, oldUrlProblem, readOldUrl, redirectPageFile } from '../redirects/old-url.ts';
import { YOUTUBE_ID } from '../video/youtube.ts';

export interface PostFacts {
  id: string;
  /** Path of the source file, as the content layer recorded it. */
  filePath: string;
  tags: string[];
  series?: { id: string; part: number } | undefined;
  conference?: string | undefined;
  /** Images of the body that have no alt text (post-body.ts). */
  imagesWithoutAlt?: BodyImage[] | undefined;
  /** The `<YouTube>` videos of the body (post-body.ts). */
  bodyVideos?: BodyVideo[] | undefined;
  /** The post's old URLs (schemas.ts has checked each on its own). */
  redirectFrom?: readonly string[] | undefined;
}

export interface KnownIds {
  series: Map<string, { parts: number }>;
  conferences: Set<string>;
  tags: Set<string>;
}

/** An old URL that another entry of redirectFrom already claimed. */
interface Claim {
  post: PostFacts;
  url: string;
}

/** What makes two old URLs the same: the file that serves a path's redirect page, or the query itself. */
function claimKey(url: string): string {
  const old = readOldUrl(url);
  return old.kind === 'path' ? `file ${redirectPageFile(old.path)}` : `query ${url}`;
}

function oldUrlProblems(post: PostFacts, claimed: Map<string, Claim>): string[] {
  const problems: string[] = [];
  const where = `${post.filePath}: redirectFrom`;
  for (const url of post.redirectFrom ?? []) {
    if (oldUrlProblem(url)) continue; // the schema has said what is wrong with it
    const old = readOldUrl(url);
    if (old.kind === 'path' && isSitePath(old.path)) {
      problems.push(`${where}: "${url}" is a path of this site, not an old URL to redirect (its pages, feeds and files live there)`);
      continue;
    }
    const key = claimKey(url);
    const other = claimed.get(key);
    if (!other) {
      claimed.set(key, { post, url });
      continue;
    }
    if (other.post !== post) {
      const as = other.url === url ? '' : `, as "${other.url}" (both are ${redirectPageFile(url)})`;
      problems.push(`${where}: "${url}" is already claimed by ${other.post.filePath}${as}: an old URL can lead to one post only`);
    } else if (other.url === url) {
      problems.push(`${where}: "${url}" is listed twice: keep one`);
    }
    // One post may list two spellings of a path ("/x" and "/x/"): one redirect page serves both, and _redirects has a line for each.
  }
  return problems;
}

function bodyVideoProblems(post: PostFacts): string[] {
  return (post.bodyVideos ?? []).flatMap((video) => {
    const where = `${post.filePath}: body line ${video.line}: <YouTube id=${JSON.stringify(video.id ?? '?')}>`;
    const problems: string[] = [];
    if (video.id === undefined || !YOUTUBE_ID.test(video.id)) {
      problems.push(`${where}: id must be an 11-character YouTube video id, written as a string (id="…")`);
    }
    if (!video.title?.trim()) {
      problems.push(`${where}: title must say what the video is, written as a string (title="…"): it names the player and the link to it`);
    }
    return problems;
  });
}

export function findContentProblems(posts: PostFacts[], known: KnownIds): string[] {
  const problems: string[] = [];
  const claimedParts = new Map<string, PostFacts>();
  const claimedUrls = new Map<string, Claim>();

  for (const post of posts) {
    const where = post.filePath;
    for (const image of post.imagesWithoutAlt ?? []) {
      problems.push(`${where}: body line ${image.line}: image "${image.src}" has no alt text (say what it shows: ![what it shows](${image.src}))`);
    }
    problems.push(...bodyVideoProblems(post), ...oldUrlProblems(post, claimedUrls));
    for (const tag of post.tags) {
      if (!known.tags.has(tag)) {
        problems.push(`${where}: tags: unknown tag "${tag}" (declare it in content/tags.yaml; known: ${[...known.tags].sort().join(', ')})`);
      }
    }
    if (post.conference && !known.conferences.has(post.conference)) {
      problems.push(`${where}: conference: unknown conference "${post.conference}" (known: ${[...known.conferences].sort().join(', ')})`);
    }
    if (post.series) {
      const series = known.series.get(post.series.id);
      if (!series) {
        problems.push(`${where}: series.id: unknown series "${post.series.id}" (known: ${[...known.series.keys()].sort().join(', ')})`);
        continue;
      }
      if (post.series.part > series.parts) {
        problems.push(`${where}: series.part: part ${post.series.part} is beyond the ${series.parts} parts of series "${post.series.id}"`);
      }
      const key = `${post.series.id}#${post.series.part}`;
      const other = claimedParts.get(key);
      if (other) {
        problems.push(`${where}: series.part: part ${post.series.part} of series "${post.series.id}" is already claimed by ${other.filePath}`);
      } else {
        claimedParts.set(key, post);
      }
    }
  }
  return problems;
}

export function assertContentIntegrity(posts: PostFacts[], known: KnownIds): void {
  const problems = findContentProblems(posts, known);
  if (problems.length > 0) {
    throw new Error(`Invalid content:\n  ${problems.join('\n  ')}`);
  }
}
