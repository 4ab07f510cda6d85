// Where the site lives. Read from the environment so one build can target
// GitHub Pages under a subpath, or a host at the domain root.
// Plain .mjs so astro.config.mjs and the TypeScript sources share it.

/** @param {string | undefined} value */
export function normaliseBase(value) {
  const trimmed = (value ?? '/').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');
export const BASE_PATH = normaliseBase(process.env.BASE_PATH);
