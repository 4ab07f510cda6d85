/**
 * `.md` posts: Markdown (CommonMark with GFM and its footnotes), raw HTML
 * allowed. The site's plugin (markdown-post-plugin.ts) makes that HTML
 * inert and gives the post what an MDX post's components give it. It is
 * added here, to the processor Astro made from the config, as the diagrams'
 * plugin is (src/diagrams/diagrams-integration.ts). Sätteri's `rawHtml`
 * (raw HTML parsed into elements) stays off: its reparse drops what the
 * listings' fences say after their language (title=, collapse=), in MDX
 * posts too.
 */
import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { joinBase } from '../lib/base-path.ts';
import { addSatteriHastPlugin } from '../lib/satteri-plugins.ts';
import { markdownPostPlugin } from './markdown-post-plugin.ts';

/** One plugin factory a base path, so a config read twice does not add it twice. */
const factories = new Map<string, ReturnType<typeof markdownPostPlugin>>();

export function markdownPostsIntegration(): AstroIntegration {
  return {
    name: 'site:markdown-posts',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (!factories.has(config.base)) {
          const posterOf = (id: string) =>
            existsSync(new URL(`video-posters/${id}.jpg`, config.publicDir)) ? joinBase(config.base, `video-posters/${id}.jpg`) : undefined;
          factories.set(config.base, markdownPostPlugin({ base: config.base, posterOf }));
        }
        addSatteriHastPlugin(config, factories.get(config.base)!, 'markdown posts: their plugin');
      },
    },
  };
}
