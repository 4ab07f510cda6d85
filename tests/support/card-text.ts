/** The text of a social card, as the social card tests (tests/unit/social-cards/) draw it. */
import type { CardText } from '../../src/social-cards/card-layout.ts';

export const card = (title: string): CardText => ({
  title,
  kicker: 'Part 3 of 4 · Light Board Series: AHV Open vSwitch Networking',
  date: '16 February 2016',
  site: 'Field Notes',
});
