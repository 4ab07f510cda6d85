/**
 * The site's options, typed, in one place: who the site is, which third
 * party it may talk to, and the security policy that follows from that.
 * Safe to import anywhere (no Node APIs). Where the site is deployed (origin,
 * base path) comes from the environment: see deploy.node.ts.
 */

/** Who and what the site is: used in the header, meta tags, the feed and JSON-LD. */
export const SITE = {
  title: 'Field Notes',
  tagline: 'Conference notes, a light board video series and deep dives into AHV networking.',
  description: 'Conference notes, the AHV Open vSwitch light board series and hands-on posts on Nutanix AHV networking: interfaces, bridges, bonds and VLANs.',
  author: 'Field Notes',
  locale: 'en',
  /** Open Graph wants a territory as well as a language. */
  ogLocale: 'en_GB',
} as const;

/**
 * Feeds carry whole posts, so each lists only the newest posts: enough for a
 * reader who subscribes today, and a feed of a few hundred KB, not tens of MB.
 */
export const FEED_ITEMS = 20;

/** Where the YouTube player comes from: the privacy-enhanced domain, and only after a click. */
export const YOUTUBE_PLAYER_ORIGIN = 'https://www.youtube-nocookie.com';

/** Used where no SITE_URL is given: `astro preview` and `npm start` serve here. */
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
