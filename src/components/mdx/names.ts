/**
 * The elements of post bodies that our components render (index.ts maps
 * each to its component). astro.config.mjs reads this list too: MDX's
 * optimizer must leave these elements as elements, or the components would
 * not replace them. Plain TypeScript, so the config can import it.
 */
export const mdxComponentNames = ['h2', 'h3', 'h4', 'a'] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];
