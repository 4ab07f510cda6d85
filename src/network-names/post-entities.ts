/**
 * A post's network entities: every one its listings and diagrams name, with
 * each place it is named, from the post's one parse (analyseBody). The build
 * reports names a diagram has and no listing does (entity-report.ts): a
 * diagram redrawn by hand is where a typo hides.
 */
import { isDiagramLang } from '../code-block-core/fence-languages.ts';
import type { PostBody } from '../post-body/post-body.ts';
import type { EntityKey } from './entity.ts';
import { findDiagramEntities, findListingEntities, type DiagramOccurrence, type ListingOccurrence } from './find-entities.ts';

export type PostOccurrence =
  | (ListingOccurrence & { in: 'listing'; /** Index among the body's code listings (diagrams not counted). */ listing: number })
  | (DiagramOccurrence & { in: 'diagram'; /** Index among the body's diagrams. */ diagram: number });

export interface PostEntity {
  key: EntityKey;
  occurrences: PostOccurrence[];
}

/** Found once per body: the build report and the entity pages both ask for every post (bodyOf gives one object per post). */
const found = new WeakMap<object, PostEntity[]>();

/** Every entity of a post, in the order first named (listings first, then diagrams), each with all its occurrences. */
export function postEntities(body: Pick<PostBody, 'listings'>): PostEntity[] {
  let entities = found.get(body);
  if (!entities) {
    entities = findPostEntities(body);
    found.set(body, entities);
  }
  return entities;
}

function findPostEntities(body: Pick<PostBody, 'listings'>): PostEntity[] {
  const byKey = new Map<EntityKey, PostOccurrence[]>();
  const add = (occurrence: PostOccurrence) => {
    const list = byKey.get(occurrence.key);
    if (list) list.push(occurrence);
    else byKey.set(occurrence.key, [occurrence]);
  };
  const code = body.listings.filter((listing) => !isDiagramLang(listing.lang));
  const diagrams = body.listings.filter((listing) => isDiagramLang(listing.lang));
  code.forEach((listing, index) => findListingEntities(listing).forEach((found) => add({ ...found, in: 'listing', listing: index })));
  diagrams.forEach((diagram, index) => findDiagramEntities(diagram.lines.join('\n')).forEach((found) => add({ ...found, in: 'diagram', diagram: index })));
  return [...byKey].map(([key, occurrences]) => ({ key, occurrences }));
}

/**
 * Entities a diagram of the post names and none of its listings mentions, in the order the diagrams name them.
 * A post with diagrams and no code listing has nothing to compare with (a light-board sketch): none.
 */
export function diagramOnly(body: Pick<PostBody, 'listings'>): EntityKey[] {
  const diagrams = body.listings.filter((listing) => isDiagramLang(listing.lang)).length;
  if (diagrams === 0 || diagrams === body.listings.length) return [];
  return postEntities(body)
    .filter((entity) => entity.occurrences.every((occurrence) => occurrence.in === 'diagram'))
    .map((entity) => entity.key);
}
