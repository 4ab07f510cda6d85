/** Who and what the site is: used in the header, meta tags, the feed and JSON-LD. */
export const SITE = {
  title: 'Field Notes',
  tagline: 'Conference notes, a light board video series and deep dives into AHV networking.',
  description:
    'Conference notes, the AHV Open vSwitch light board series and hands-on posts on Nutanix AHV networking: interfaces, bridges, bonds and VLANs.',
  author: 'Field Notes',
  locale: 'en',
} as const;
