/**
 * Rules that span entries, which a per-file schema cannot see: a post naming
 * a series, conference or tag that does not exist, two posts claiming the
 * same part of a series, an image in a body without alt text. Pure data in,
 * problems out, so it is unit-tested on its own; queries.ts runs it on every
 * build and dev request.
 */
import type { BodyImage } from './post-body.ts';

export interface PostFacts {
  id: string;
  /** Path of the source file, as the content layer recorded it. */
  filePath: string;
  tags: string[];
  series?: { id: string; part: number } | undefined;
  conference?: string | undefined;
  /** Images of the body that have no alt text (post-body.ts). */
  imagesWithoutAlt?: BodyImage[] | undefined;
}

export interface KnownIds {
  series: Map<string, { parts: number }>;
  conferences: Set<string>;
  tags: Set<string>;
}

export function findContentProblems(posts: PostFacts[], known: KnownIds): string[] {
  const problems: string[] = [];
  const claimedParts = new Map<string, PostFacts>();

  for (const post of posts) {
    const where = post.filePath;
    for (const image of post.imagesWithoutAlt ?? []) {
      problems.push(`${where}: body line ${image.line}: image "${image.src}" has no alt text (say what it shows: ![what it shows](${image.src}))`);
    }
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
