/**
 * Everything a post's page shows besides its own body, gathered in one place:
 * the page renders from this alone, and its cache key is a hash of it.
 *
 * With Astro's incremental builds (experimental.incrementalBuild), a page
 * from getStaticPaths() is copied from the last build when its cacheKey, the
 * content entries it rendered and its code are all unchanged. So the key must
 * cover every piece of data the page reads; building the page from this view
 * makes that true by construction. An author's edit to one post's text
 * renders that post again and copies the rest; a new title or date also
 * renders its neighbours, its series and every page that lists it.
 */
import { getEntry } from 'astro:content';
import { bodyOf, getAdjacentPosts, getEntityLinks, getSeriesSlots, getTagLabels, type Post, type SeriesSlot } from './queries.ts';
import { readingMinutes } from './reading-time.ts';
import { parseFenceMeta } from '../code-block-core/fence-meta.ts';
import { codeListings, diagramListings, type PostBody } from '../post-body/post-body.ts';
import type { EntityLink } from '../network-names/entity-pages.ts';
import { contentHash } from '../lib/content-hash.ts';

export interface PostPageView {
  tagLabels: Map<string, string>;
  newer?: Post;
  older?: Post;
  series?: Awaited<ReturnType<typeof getEntry<'series', string>>>;
  slots: SeriesSlot[];
  conference?: Awaited<ReturnType<typeof getEntry<'conferences', string>>>;
  /** The post's network names that have an entity page (another post naming one can add it). */
  entities: EntityLink[];
  /** What the body asks of the page. Read from the post's own body, which the key covers already. */
  body: BodyNeeds;
}

/** What a post's body asks of its page: each script loads only on the pages that use it. */
export interface BodyNeeds {
  readingMinutes: number;
  /** Listings, and so their copy buttons' script. */
  code: boolean;
  /** Collapsed stretches of listings: the script of their second "Hide" button. */
  folds: boolean;
  /** Diagrams: the full-size viewer's script. */
  diagrams: boolean;
}

export function bodyNeeds(body: PostBody): BodyNeeds {
  const code = codeListings(body);
  return {
    readingMinutes: readingMinutes(body),
    code: code.length > 0,
    folds: code.some((listing) => parseFenceMeta(listing.meta).collapse.length > 0),
    diagrams: diagramListings(body).length > 0,
  };
}

export async function postPageView(post: Post): Promise<PostPageView> {
  const { data } = post;
  const [tagLabels, { newer, older }, series, slots, conference, links] = await Promise.all([
    getTagLabels(),
    getAdjacentPosts(post),
    data.series ? getEntry('series', data.series.id) : undefined,
    data.series ? getSeriesSlots(data.series.id) : [],
    data.conference ? getEntry('conferences', data.conference) : undefined,
    getEntityLinks(),
  ]);
  const entities = links.get(post.id) ?? [];
  return {
    tagLabels,
    slots,
    entities,
    body: bodyNeeds(bodyOf(post)),
    ...(newer && { newer }),
    ...(older && { older }),
    ...(series && { series }),
    ...(conference && { conference }),
  };
}

/**
 * The post itself, for the key: its id, its parsed frontmatter (which the tag registry can change with the
 * file unchanged) and its digest, of its file and of the code that renders it
 * (src/build-caches/code-aware-digest.node.ts): a `.md` post's body, rendered at the content sync, is not
 * tracked by Astro the way a module's is.
 */
const ownFacts = (post: Post) => ({ id: post.id, data: post.data, digest: post.digest });
/** Another post the page shows (a neighbour, a part of its series): its id and frontmatter, never its body. */
const otherFacts = (post: Post | undefined) => post && { id: post.id, data: post.data };

/** The page's cache key: a SHA-256 of the post and of everything in its view. */
export async function postPageKey(post: Post, view: PostPageView): Promise<string> {
  const facts = {
    post: ownFacts(post),
    tagLabels: [...view.tagLabels],
    newer: otherFacts(view.newer),
    older: otherFacts(view.older),
    series: view.series && { id: view.series.id, data: view.series.data },
    slots: view.slots.map((slot) => ({ part: slot.part, post: otherFacts(slot.post) })),
    conference: view.conference && { id: view.conference.id, data: view.conference.data },
    entities: view.entities,
  };
  return contentHash(facts);
}
