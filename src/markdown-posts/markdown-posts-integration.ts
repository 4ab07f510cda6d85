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
import { markdownPostPlugin } from './markdown-post-plugin.ts';

interface SatteriOptions {
  hastPlugins: unknown[];
}

/** One plugin factory a base path, so a config read twice does not add it twice. */
const factories = new Map<string, ReturnType<typeof markdownPostPlugin>>();

export function markdownPostsIntegration(): AstroIntegration {
  return {
    name: 'site:markdown-posts',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name: string; options: Partial<SatteriOptions> };
        const plugins = processor.options.hastPlugins;
        if (processor.name !== 'satteri' || !Array.isArray(plugins)) {
          throw new Error(`markdown posts: their plugin is a Sätteri hast plugin, and markdown.processor is "${processor.name}"`);
        }
        if (!factories.has(config.base)) {
          const posterOf = (id: string) =>
            existsSync(new URL(`video-posters/${id}.jpg`, config.publicDir)) ? joinBase(config.base, `video-posters/${id}.jpg`) : undefined;
          factories.set(config.base, markdownPostPlugin({ base: config.base, posterOf }));
        }
        const plugin = factories.get(config.base)!;
        if (!plugins.includes(plugin)) plugins.push(plugin);
      },
    },
  };
}
