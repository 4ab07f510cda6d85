/**
 * The post page's half of the entity marks: a listing marks where each name
 * is (entity-marks-transformer.ts) and a diagram which names each group shows
 * (diagram-marks-transformer.ts), without knowing which names have a page. Here,
 * with the post's entity links in hand (entity-pages.ts entityLinksByPost), a
 * mark of a name with a page becomes a link to it, one tab stop fewer than a
 * link (the listing is the tab stop; entity-marks.client.ts moves inside it),
 * and every other mark goes, leaving its text as it was:
 *
 *   <entity-ref data-k="bridge/br0">…</entity-ref>  →  <a class="entity" href="/entities/bridge/br0/" tabindex="-1">…</a>
 *   <g class="node" data-entity="bridge/br0 mac/…">  →  <g class="node" data-entity="bridge/br0">
 *
 * The markup is our own, written by hast in one form, so plain patterns read
 * it exactly: a mark never holds another.
 */
import { paths } from '../lib/urls.ts';
import { entityKey, entityPathKey } from './entity.ts';
import { ENTITY_REF } from './entity-marks-transformer.ts';
import type { EntityLink } from './entity-pages.ts';

/** The post's entity pages by the key the marks use (entity.ts entityPathKey), each with its URL. */
export function entityHrefs(links: ReadonlyArray<Pick<EntityLink, 'kind' | 'name' | 'slug'>>): Map<string, string> {
  return new Map(links.map(({ kind, name, slug }) => [entityPathKey(entityKey(kind, name)), paths.entity(kind, slug)]));
}

const LISTING_MARK = new RegExp(`<${ENTITY_REF} data-k="([^"]+)"(?: data-also="([^"]+)")?>([\\s\\S]*?)</${ENTITY_REF}>`, 'g');
const DIAGRAM_MARK = / data-entity="([^"]+)"/g;

/** A post body's HTML with its marks made links (or dropped): `hrefs` from entityHrefs. */
export function linkEntities(html: string, hrefs: ReadonlyMap<string, string>): string {
  return html
    .replace(LISTING_MARK, (_, key: string, also: string | undefined, text: string) => {
      const href = hrefs.get(key);
      if (!href) return text;
      const implied = also?.split(' ').filter((k) => hrefs.has(k)) ?? [];
      return `<a class="entity" href="${href}" tabindex="-1"${implied.length > 0 ? ` data-also="${implied.join(' ')}"` : ''}>${text}</a>`;
    })
    .replace(DIAGRAM_MARK, (_, keys: string) => {
      const kept = keys.split(' ').filter((k) => hrefs.has(k));
      return kept.length > 0 ? ` data-entity="${kept.join(' ')}"` : '';
    });
}
