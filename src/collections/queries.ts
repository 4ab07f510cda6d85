/**
 * Queries over the content collections. Pages ask here rather than calling
 * getCollection themselves, so drafts and ordering are applied in one place,
 * and no page sees a post before the cross-entry rules passed.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContentIntegrity } from './content-integrity.ts';
import { postBody } from '../build-caches/post-bodies.ts';
import { bodyFormatOf, type PostBody } from '../post-body/post-body.ts';
import { yearOf } from '../lib/dates.ts';
import { listRedirects, type Redirect } from '../redirects/redirect-list.ts';
import type { DiagramOnlyPost } from '../network-names/entity-report.ts';
import { diagramOnly } from '../network-names/post-entities.ts';
import { entityLinksByPost, entityPages, type EntityLink, type EntityPage, type EntitySourcePost } from '../network-names/entity-pages.ts';

export type Post = CollectionEntry<'posts'>;
export type Series = CollectionEntry<'series'>;
export type Conference = CollectionEntry<'conferences'>;
export type Tag = CollectionEntry<'tags'>;

/** Drafts are visible while writing (`astro dev`) and never in a build. */
const showDrafts = import.meta.env.DEV;

let posts: Promise<Post[]> | undefined;

/** Every published post, newest first, once the cross-entry rules passed (content-integrity.ts). */
export function getPosts(): Promise<Post[]> {
  posts ??= checkContentIntegrity().then(async () =>
    (await getCollection('posts'))
      .filter((post) => showDrafts || !post.data.draft)
      .sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id)),
  );
  return posts;
}

/**
 * Each post's network names that only its diagrams show (src/network-names/entity-report.ts), drafts
 * included: a typo is best caught while writing. A post with `entities: false` is left out, as out of the
 * entity pages.
 */
export async function getDiagramOnlyPosts(): Promise<DiagramOnlyPost[]> {
  return (await getCollection('posts'))
    .filter((post) => post.data.entities)
    .map((post) => ({ file: post.filePath ?? `content/posts/${post.id}`, entities: diagramOnly(bodyOf(post)) }));
}

let redirects: Promise<Redirect[]> | undefined;

/** Every redirect from a published post's old URLs (src/redirects/redirect-list.ts). */
export function getRedirects(): Promise<Redirect[]> {
  redirects ??= getPosts().then(listRedirects);
  return redirects;
}

/** What the body of a post holds: its listings, images, videos and words (parsed once). */
export function bodyOf(post: Post): PostBody {
  return postBody(post.body, bodyFormatOf(post.filePath), post.digest);
}

/** The published posts as the entity pages read them: one list, so its tally serves the pages and the links (entity-pages.ts). */
let sources: Promise<EntitySourcePost[]> | undefined;
const entitySources = () =>
  (sources ??= getPosts().then((posts) => posts.map((post) => ({ id: post.id, title: post.data.title, entities: post.data.entities, body: bodyOf(post) }))));

let entities: Promise<EntityPage[]> | undefined;

/** The entity pages of the published posts (src/network-names/entity-pages.ts), built once: the entity pages ask. */
export function getEntityPages(): Promise<EntityPage[]> {
  entities ??= entitySources().then(entityPages);
  return entities;
}

let entityLinks: Promise<Map<string, EntityLink[]>> | undefined;

/** Each post's links to entity pages, built once: every post page asks (and in `astro dev`, after every edit). */
export function getEntityLinks(): Promise<Map<string, EntityLink[]>> {
  entityLinks ??= entitySources().then(entityLinksByPost);
  return entityLinks;
}

/** Each post's place in getPosts(), built once: every post page asks for its neighbours. */
let positions: Promise<Map<string, number>> | undefined;

/** The newer and older neighbours of a post in publication order. */
export async function getAdjacentPosts(post: Post): Promise<{ newer?: Post; older?: Post }> {
  const posts = await getPosts();
  positions ??= Promise.resolve(new Map(posts.map((p, i) => [p.id, i])));
  const index = (await positions).get(post.id) ?? -1;
  const adjacent: { newer?: Post; older?: Post } = {};
  const newer = posts[index - 1];
  const older = posts[index + 1];
  if (newer) adjacent.newer = newer;
  if (older) adjacent.older = older;
  return adjacent;
}

export async function getTags(): Promise<Array<{ tag: Tag; posts: Post[] }>> {
  const [posts, tags] = await Promise.all([getPosts(), getCollection('tags')]);
  return tags
    .map((tag) => ({ tag, posts: posts.filter((p) => p.data.tags.includes(tag.id)) }))
    .filter((entry) => entry.posts.length > 0)
    .sort((a, b) => a.tag.data.label.localeCompare(b.tag.data.label));
}

export async function getTagLabels(): Promise<Map<string, string>> {
  const tags = await getCollection('tags');
  return new Map(tags.map((t) => [t.id, t.data.label]));
}

/** One slot per part of the series, published or not, so gaps stay visible. */
export interface SeriesSlot {
  part: number;
  post?: Post;
}

/** Each series' slots, built once per series: every part's page asks for them (do not mutate). */
const slotsOfSeries = new Map<string, Promise<SeriesSlot[]>>();

export function getSeriesSlots(seriesId: string): Promise<SeriesSlot[]> {
  let slots = slotsOfSeries.get(seriesId);
  if (!slots) {
    slots = (async () => {
      const [posts, series] = await Promise.all([getPosts(), getCollection('series')]);
      const entry = series.find((s) => s.id === seriesId);
      if (!entry) throw new Error(`Unknown series "${seriesId}"`);
      const byPart = new Map(posts.filter((p) => p.data.series?.id === seriesId).map((p) => [p.data.series!.part, p]));
      return Array.from({ length: entry.data.parts }, (_, i) => {
        const post = byPart.get(i + 1);
        return post ? { part: i + 1, post } : { part: i + 1 };
      });
    })();
    slotsOfSeries.set(seriesId, slots);
  }
  return slots;
}

export async function getSeriesList(): Promise<Series[]> {
  return (await getCollection('series')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** Every series with how many of its parts are published here: the home page and /series/ list them so. */
export async function getSeriesOverview(): Promise<Array<{ series: Series; published: number }>> {
  return Promise.all(
    (await getSeriesList()).map(async (series) => ({
      series,
      published: (await getSeriesSlots(series.id)).filter((slot) => slot.post).length,
    })),
  );
}

export async function getConferences(): Promise<Conference[]> {
  return (await getCollection('conferences')).sort((a, b) => b.data.startDate.getTime() - a.data.startDate.getTime());
}

export async function getConferencePosts(conferenceId: string): Promise<Post[]> {
  return (await getPosts()).filter((p) => p.data.conference === conferenceId);
}

/** Posts grouped by year, newest year first. */
export async function getPostsByYear(): Promise<Array<{ year: number; posts: Post[] }>> {
  const groups = new Map<number, Post[]>();
  for (const post of await getPosts()) {
    const year = yearOf(post.data.pubDate);
    groups.set(year, [...(groups.get(year) ?? []), post]);
  }
  return [...groups].map(([year, posts]) => ({ year, posts }));
}
