/**
 * The elements of post bodies that our components render (index.ts maps
 * each to its component). astro.config.mjs reads this list too: MDX's
 * optimizer must leave these elements as elements, or the components would
 * not replace them. Plain TypeScript, so the config can import it.
 */
export const mdxComponentNames = ['h2', 'h3', 'h4', 'a'] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];

/**
 * Components any post body may use without importing them
 * (body-components.ts maps each to its component): `<YouTube id="…" title="…" />`,
 * and the players of imported media, `<AudioFile … />` and `<VideoFile … />`.
 * Capitalised, so MDX compiles each to a component call, which its optimizer
 * never turns into static HTML: unlike the elements above, they need no
 * place in the optimizer's list. The `satisfies` refuses a lowercase name.
 */
export const bodyComponentNames = ['YouTube', 'AudioFile', 'VideoFile'] as const satisfies readonly Capitalize<string>[];

export type BodyComponentName = (typeof bodyComponentNames)[number];
