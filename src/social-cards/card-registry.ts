/**
 * Where pages ask for their social card. A page calls `socialCard(model, Astro.url.pathname)`:
 * it gets the card's URL (paths.card) and alt text for its meta tags, and,
 * while the site is being built or served, the card is handed to the
 * integration (social-cards-integration.ts), which draws it in a worker
 * while the pages go on rendering, and writes it to the output at the end.
 * The registry is handed over from the integration to the pages
 * (src/lib/build-handover.ts says why it must be).
 */
import { CARD_SIZE, cardAlt, type CardModel } from './card-model.ts';
import { buildHandover } from '../lib/build-handover.ts';
import { paths } from '../lib/urls.ts';

export interface SocialCard {
  /** Site-relative, under the base path: make it absolute with the site's origin. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface CardRegistry {
  /** `page`: the URL path of the page that shows the card (with the base path, as Astro.url gives it). */
  request(card: CardModel, page: string): void;
}

/** Opened by the integration while a site is built or served. */
export const cardRegistryHandover = buildHandover<CardRegistry>('social-cards');

export function socialCard(card: CardModel, page: string): SocialCard {
  cardRegistryHandover.current()?.request(card, page);
  return { url: paths.card(card.slug), ...CARD_SIZE, alt: cardAlt(card) };
}
