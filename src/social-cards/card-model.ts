/**
 * What a social card says for each kind of page: a title, a kicker line above
 * it (the series and part, or the conference), a date line and the site name.
 * Pure data, so the cache key and the drawing both start from the same thing.
 */
import { SITE } from '../config/site.ts';
import { formatDate, formatDateRange } from '../lib/dates.ts';
import { toSlug } from '../lib/slug.ts';

/** Open Graph's large image: 1.91:1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface CardModel {
  /** Where the card lives under /social-cards/, without ".png": "posts/<id>", "series/<id>", "home", "pages/<path>". */
  slug: string;
  title: string;
  /** The line above the title: "Part 3 of 4 · <series>", the conference's name, "Series"… */
  kicker: string;
  /** The date line under the title, already formatted. */
  date: string;
  site: string;
}

interface PostFacts {
  id: string;
  title: string;
  pubDate: Date;
  series?: { title: string; part: number; parts: number } | undefined;
  conference?: { name: string } | undefined;
}

export function postCard(post: PostFacts): CardModel {
  const kicker = post.series
    ? `Part ${post.series.part} of ${post.series.parts} · ${post.series.title}`
    : post.conference
      ? `Conference notes · ${post.conference.name}`
      : 'Article';
  return { slug: `posts/${post.id}`, title: post.title, kicker, date: formatDate(post.pubDate), site: SITE.title };
}

export function seriesCard(series: { id: string; title: string; parts: number; published: Date[] }): CardModel {
  const dates = [...series.published].sort((a, b) => a.getTime() - b.getTime());
  const first = dates[0];
  const last = dates.at(-1);
  return {
    slug: `series/${series.id}`,
    title: series.title,
    kicker: `Series · ${dates.length} of ${series.parts} parts published here`,
    date: first && last ? formatDateRange(first, last) : '',
    site: SITE.title,
  };
}

export function conferenceCard(conference: { id: string; name: string; city: string; startDate: Date; endDate: Date }): CardModel {
  return {
    slug: `conferences/${conference.id}`,
    title: conference.name,
    kicker: `Conference · ${conference.city}`,
    date: formatDateRange(conference.startDate, conference.endDate),
    site: SITE.title,
  };
}

/** Any other page (a tag, the archive, search…): its title and the site, so every link preview has a picture. */
export function pageCard(title: string, pathname: string): CardModel {
  return { slug: `pages/${toSlug(pathname) || 'home'}`, title, kicker: '', date: '', site: SITE.title };
}

/**
 * A network name's page: the card of its kind ("Bridges"), one for all of them. A large blog names thousands of
 * interfaces and addresses in two places or more (the bench's 1,000 posts: 1,318), alike but for the name, and a
 * card each would be more than half the cards a build draws.
 */
export function entityKindCard(kind: string, kindPlural: string): CardModel {
  return { slug: `entities/${kind}`, title: kindPlural, kicker: 'Network names', date: '', site: SITE.title };
}

export function homeCard(latest: Date | undefined): CardModel {
  return { slug: 'home', title: SITE.tagline, kicker: 'Latest posts', date: latest ? `Updated ${formatDate(latest)}` : '', site: SITE.title };
}

/** The card's alt text: what a reader of a link preview would otherwise see. */
export function cardAlt(card: CardModel): string {
  return `${card.title}: ${[card.kicker, card.date, card.site].filter(Boolean).join(' · ')}`;
}
