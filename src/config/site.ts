/**
 * The site's options, typed, in one place: who the site is, which third
 * party it may talk to, and the security policy that follows from that.
 * Safe to import anywhere (no Node APIs). Where the site is deployed (origin,
 * base path) comes from the environment: see deploy.node.ts.
 */

/** What the site is: used in the header, meta tags, the feed and JSON-LD (who writes it: AUTHOR, below). */
export const SITE = {
  title: 'Field Notes',
  tagline: 'Conference notes, a light board video series and deep dives into AHV networking.',
  description: 'Conference notes, the AHV Open vSwitch light board series and hands-on posts on Nutanix AHV networking: interfaces, bridges, bonds and VLANs.',
  locale: 'en',
  /** Open Graph wants a territory as well as a language. */
  ogLocale: 'en_GB',
} as const;

/** A profile of the author elsewhere, listed on the About page and given to JSON-LD as `sameAs`. */
export interface AuthorLink {
  label: string;
  url: string;
}

/**
 * Who writes the site. Every field but `bio` and `links` may be unset: pages,
 * feeds and JSON-LD leave out what is not known rather than guess.
 */
export interface Author {
  /** Shown in the footer and on the About page; the JSON-LD author (a Person) needs it. */
  name?: string | undefined;
  /** What they do, in a phrase: the About page, and JSON-LD's `jobTitle`. */
  role?: string | undefined;
  /** Who they work for: the About page, and JSON-LD's `worksFor`. */
  employer?: string | undefined;
  /** The About page's paragraphs, plain text. */
  bio: readonly string[];
  links: readonly AuthorLink[];
  /** Where "Reply by email" at the end of each post writes to; no link when unset. */
  email?: string | undefined;
}

/**
 * Only what the old blog says of its author (tests/fixtures/source-notes.txt):
 * a role on Nutanix's Performance and Solutions team and a networking
 * background. It never gives a name, a profile or an address; fill those in
 * here when known, and the footer, About page, JSON-LD and posts show them.
 */
export const AUTHOR: Author = {
  name: undefined,
  role: 'Member of the Performance and Solutions team',
  employer: 'Nutanix',
  bio: [
    'Part of my role on the Nutanix Performance and Solutions team is to evangelise the technology: writing documents, testing products and solutions, and helping with customer engagements.',
    'I come from a networking background, so when Nutanix released AHV I drilled down into its Open vSwitch and KVM networking, wrote up what I found, and recorded a light board video series about it with the Nutanix nu.school education team.',
    'I also keep notes from the conferences I attend, from the Avaya Technology Forum in Vienna to All Things Open in Raleigh.',
  ],
  links: [],
  email: undefined,
};

/**
 * Feeds carry whole posts, so each lists only the newest posts: enough for a
 * reader who subscribes today, and a feed of a few hundred KB, not tens of MB.
 */
export const FEED_ITEMS = 20;

/** Where the YouTube player comes from: the privacy-enhanced domain, and only after a click. */
export const YOUTUBE_PLAYER_ORIGIN = 'https://www.youtube-nocookie.com';

/** Used where no SITE_URL is given (a build then warns: src/config/site-url-check.node.ts): `npm start` and `npm run preview` serve here. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * The Content Security Policy, sent as a `<meta>` by Astro (astro.config.mjs).
 * Script and style hashes are added by Astro; `'wasm-unsafe-eval'` lets
 * Pagefind's search run as WebAssembly.
 */
export const CONTENT_SECURITY_POLICY = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The YouTube player, loaded only when a reader presses play.
    `frame-src ${YOUTUBE_PLAYER_ORIGIN}`,
  ],
  scriptResources: ["'self'", "'wasm-unsafe-eval'"],
} as const;

/** Browser features the site denies, and the few the YouTube player needs once it is playing. */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
  ...['autoplay', 'fullscreen', 'encrypted-media', 'picture-in-picture'].map((feature) => `${feature}=(self "${YOUTUBE_PLAYER_ORIGIN}")`),
].join(', ');

/**
 * Response headers for hosts that can send them (src/config/host-headers.ts
 * writes them as `_headers` for Netlify and Cloudflare Pages). A `<meta>` CSP
 * cannot forbid framing; `frame-ancestors` here can.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};

/** Bundled assets have content hashes in their names: they may be cached for good. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
