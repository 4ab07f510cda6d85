/**
 * A post's description (cards, feeds, search), for every importer: the
 * excerpt the author wrote, else the first sentences of the post (at most
 * two, as a description is), never over the site's limit.
 */
import { DESCRIPTION_MAX } from '../collections/schemas.ts';

/** `written` and `firstParagraphs` are plain text; the title stands in when the post has no text at all. */
export function describe(written: string, firstParagraphs: string, title: string): string {
  const excerpt = written.replace(/\s+/g, ' ').trim();
  if (excerpt && excerpt.length <= DESCRIPTION_MAX) return excerpt;
  const text = (excerpt || firstParagraphs).replace(/\s+/g, ' ').trim() || title;
  let description = '';
  for (const sentence of text.split(/(?<=[.!?…])\s+/).slice(0, 2)) {
    const next = description ? `${description} ${sentence}` : sentence;
    if (next.length > DESCRIPTION_MAX) break;
    description = next;
  }
  if (description) return description;
  // One sentence longer than the limit: cut at a word, and say so.
  const cut = text.slice(0, DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
