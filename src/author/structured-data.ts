/**
 * The author as JSON-LD (schema.org Person), from AUTHOR in src/config/site.ts.
 * A Person needs a name: while the site's author has none, posts claim no
 * author rather than a made-up one (the site's title is not a person).
 */
import type { Author } from '../config/site.ts';

export interface PersonJsonLd {
  '@type': 'Person';
  name: string;
  url?: string;
  jobTitle?: string;
  worksFor?: { '@type': 'Organization'; name: string };
  sameAs?: string[];
}

/** The site's author, with what is known of them; undefined while they have no name. */
export function authorPerson(author: Author, aboutUrl: string): PersonJsonLd | undefined {
  if (!author.name) return undefined;
  return {
    '@type': 'Person',
    name: author.name,
    url: aboutUrl,
    ...(author.role && { jobTitle: author.role }),
    ...(author.employer && { worksFor: { '@type': 'Organization', name: author.employer } }),
    ...(author.links.length > 0 && { sameAs: author.links.map((link) => link.url) }),
  };
}

/** Who wrote a post: its guest author (a post's own `author`) by name, else the site's author when known. */
export function postAuthorPerson(guest: string | undefined, author: Author, aboutUrl: string): PersonJsonLd | undefined {
  return guest ? { '@type': 'Person', name: guest } : authorPerson(author, aboutUrl);
}

/** A post's `author` field names a guest unless it is the site's own author, whom every post already names. */
export function guestAuthorOf(postAuthor: string | undefined, author: Author): string | undefined {
  return postAuthor && postAuthor !== author.name ? postAuthor : undefined;
}
