/**
 * Where pages ask for their social card. A page calls `socialCard(model, Astro.url.pathname)`:
 * it gets the card's URL (paths.card) and alt text for its meta tags, and,
 * while the site is being built or served, the card is handed to the
 * integration (social-cards-integration.ts), which draws it in a worker
 * while the pages go on rendering, and writes it to the output at the end.
 * The hand-over goes through globalThis because the pages run as Astro's
 * bundled build of src/ while the integration runs from astro.config.mjs:
 * the same process, two copies of every module (Astro's own static image
 * pipeline hands its images over the same way).
 */
import { CARD_SIZE, cardAlt, type CardModel } from './card-model.ts';
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

const REGISTRY = Symbol.for('field-notes:social-cards');

export function installCardRegistry(registry: CardRegistry | undefined): void {
  (globalThis as { [REGISTRY]?: CardRegistry | undefined })[REGISTRY] = registry;
}

export function socialCard(card: CardModel, page: string): SocialCard {
  (globalThis as { [REGISTRY]?: CardRegistry | undefined })[REGISTRY]?.request(card, page);
  return { url: paths.card(card.slug), ...CARD_SIZE, alt: cardAlt(card) };
}
