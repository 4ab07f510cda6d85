/**
 * The entity pages (`/entities/bridge/br0/`): every entity named in at least
 * two places across the published posts (two in one post count), with each
 * post (most places first) and its listings and diagrams that name it. A
 * listing shows each line that names the entity with one line of context
 * above and below, the names marked; a diagram shows its caption and the labels of the nodes, clusters
 * and edges that name it. A post with `entities: false` contributes nothing.
 * Pure: the pages pass the posts in (collections/queries.ts getEntityPages).
 */
import { diagramTexts } from '../code-block-core/diagram-text.ts';
import { isDiagramLang } from '../code-block-core/fence-languages.ts';
import type { PostBody } from '../post-body/post-body.ts';
import { parseFenceMeta } from '../code-block-core/fence-meta.ts';
import { ENTITY_KINDS, entitySlug, parseEntityKey, type EntityKey, type EntityKind } from './entity.ts';
import { postEntities, type PostOccurrence } from './post-entities.ts';

/** A page needs this many places: a name seen once links nowhere new. */
export const MIN_PLACES = 2;

/**
 * A page shows the lines of this many posts (those that name it most); the others are listed with their
 * listings' and diagrams' names and no lines. A name every post uses (br0 in a blog of a thousand posts)
 * would otherwise make a page of megabytes that no reader scrolls through.
 */
export const EXCERPTED_POSTS = 10;

export interface EntitySourcePost {
  id: string;
  title: string;
  /** The frontmatter's `entities` (default true): false leaves the post out. */
  entities: boolean;
  body: Pick<PostBody, 'listings'>;
}

/** A piece of an excerpt line: marked when it is the entity. */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface ExcerptLine {
  /** 1-based line in the listing. */
  line: number;
  segments: Segment[];
}

export interface ListingPlace {
  /** Index among the post's code listings. */
  listing: number;
  /** The fence's title, or its language. */
  label: string;
  /** Runs of consecutive lines (an occurrence with its context); runs are apart by at least one line. */
  runs: ExcerptLine[][];
  places: number;
}

export interface DiagramPlace {
  /** Index among the post's diagrams. */
  diagram: number;
  caption: string;
  /** The labels of the nodes, clusters and edges that name the entity, each once. */
  labels: string[];
  places: number;
}

export interface EntityPagePost {
  id: string;
  title: string;
  places: number;
  listings: ListingPlace[];
  diagrams: DiagramPlace[];
}

export interface EntityPage {
  key: EntityKey;
  kind: EntityKind;
  name: string;
  /** The URL segment of the name (entity.ts entitySlug). */
  slug: string;
  places: number;
  posts: EntityPagePost[];
}

/** An excerpt line cut into marked and unmarked text; overlapping ranges (eth2 inside eth2.32) merge. */
export function markedSegments(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): Segment[] {
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/** The lines that name the entity, each with one line above and below, grouped into runs of consecutive lines. */
export function excerptRuns(lines: readonly string[], occurrences: ReadonlyArray<{ line: number; start: number; end: number }>): ExcerptLine[][] {
  const shown = new Set<number>();
  for (const { line } of occurrences) for (const n of [line - 1, line, line + 1]) if (n >= 1 && n <= lines.length) shown.add(n);
  const runs: ExcerptLine[][] = [];
  for (const n of [...shown].sort((a, b) => a - b)) {
    const excerpt = {
      line: n,
      segments: markedSegments(
        lines[n - 1]!,
        occurrences.filter((o) => o.line === n),
      ),
    };
    const run = runs.at(-1);
    if (run && run.at(-1)!.line === n - 1) run.push(excerpt);
    else runs.push([excerpt]);
  }
  return runs;
}

function listingLabel(listing: { lang: string; meta: string }): string {
  try {
    return parseFenceMeta(listing.meta).title ?? listing.lang;
  } catch {
    return listing.lang;
  }
}

function diagramCaption(diagram: { meta: string }): string {
  try {
    return parseFenceMeta(diagram.meta).caption ?? 'Diagram';
  } catch {
    return 'Diagram';
  }
}

/** A post's places on an entity page; `withLines`: its listings' lines too (only the first EXCERPTED_POSTS show them). */
function postPlaces(post: EntitySourcePost, occurrences: PostOccurrence[], withLines: boolean): EntityPagePost {
  const code = post.body.listings.filter((listing) => !isDiagramLang(listing.lang));
  const diagrams = post.body.listings.filter((listing) => isDiagramLang(listing.lang));
  const listings = new Map<number, Array<PostOccurrence & { in: 'listing' }>>();
  const drawn = new Map<number, Array<PostOccurrence & { in: 'diagram' }>>();
  for (const occurrence of occurrences) {
    if (occurrence.in === 'listing') listings.set(occurrence.listing, [...(listings.get(occurrence.listing) ?? []), occurrence]);
    else drawn.set(occurrence.diagram, [...(drawn.get(occurrence.diagram) ?? []), occurrence]);
  }
  return {
    id: post.id,
    title: post.title,
    places: occurrences.length,
    listings: [...listings].map(([index, found]) => ({
      listing: index,
      label: listingLabel(code[index]!),
      runs: withLines ? excerptRuns(code[index]!.lines, found) : [],
      places: found.length,
    })),
    diagrams: [...drawn].map(([index, found]) => {
      const texts = diagramTexts(diagrams[index]!.lines.join('\n'));
      const label = (o: (typeof found)[number]) => texts.find((t) => t.item === o.item && t.id === o.id)?.text || o.id;
      return { diagram: index, caption: diagramCaption(diagrams[index]!), labels: [...new Set(found.map(label))], places: found.length };
    }),
  };
}

/** The tally of each list of posts: the build asks for the pages and for the posts' links, of the same posts. */
const tallies = new WeakMap<readonly EntitySourcePost[], ReturnType<typeof tally>>();

/** Each entity named in MIN_PLACES places or more, with the posts that name it: by kind (entity.ts's order), then most places first, then name. */
function entitiesWithPages(posts: readonly EntitySourcePost[]): ReturnType<typeof tally> {
  let found = tallies.get(posts);
  if (!found) {
    found = tally(posts);
    tallies.set(posts, found);
  }
  return found;
}

function tally(posts: readonly EntitySourcePost[]) {
  const byKey = new Map<EntityKey, Array<{ post: EntitySourcePost; occurrences: PostOccurrence[] }>>();
  for (const post of posts) {
    if (!post.entities) continue;
    for (const { key, occurrences } of postEntities(post.body)) {
      const found = byKey.get(key);
      if (found) found.push({ post, occurrences });
      else byKey.set(key, [{ post, occurrences }]);
    }
  }
  const kindOrder = (kind: EntityKind) => ENTITY_KINDS.indexOf(kind);
  return [...byKey]
    .map(([key, found]) => ({ key, ...parseEntityKey(key), found, places: found.reduce((n, { occurrences }) => n + occurrences.length, 0) }))
    .filter(({ places }) => places >= MIN_PLACES)
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || b.places - a.places || a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** Every entity page, in entitiesWithPages' order. */
export function entityPages(posts: readonly EntitySourcePost[]): EntityPage[] {
  return entitiesWithPages(posts).map(({ key, kind, name, found, places }): EntityPage => {
    // Most places first; past EXCERPTED_POSTS a post's listings are named without their lines.
    const pagePosts = [...found]
      .sort((a, b) => b.occurrences.length - a.occurrences.length)
      .map(({ post, occurrences }, i) => postPlaces(post, occurrences, i < EXCERPTED_POSTS));
    return { key, kind, name, slug: entitySlug(name), places, posts: pagePosts };
  });
}

/** A link to an entity page, as a post page lists it. */
export interface EntityLink {
  kind: EntityKind;
  name: string;
  slug: string;
  /** Places across the site. */
  places: number;
}

/**
 * Each post's links to entity pages (its entities that have one), in the pages' order, by post id. What a post page
 * needs of the pages, without their excerpts: `astro dev` works it out again after every edit.
 */
export function entityLinksByPost(posts: readonly EntitySourcePost[]): Map<string, EntityLink[]> {
  const byPost = new Map<string, EntityLink[]>();
  for (const { kind, name, found, places } of entitiesWithPages(posts)) {
    for (const { post } of found) {
      const links = byPost.get(post.id) ?? [];
      links.push({ kind, name, slug: entitySlug(name), places });
      byPost.set(post.id, links);
    }
  }
  return byPost;
}
