/**
 * The Markdown pipeline, switched on by one integration rather than in
 * astro.config.mjs: Shiki with the code-block pipeline (code-block-pipeline.ts),
 * then the hast plugins, in this order, on Astro's Markdown processor,
 * Sätteri, which MDX uses too:
 *
 *   1. the diagrams' shared scale (src/diagrams/shared-scale.ts): one scale
 *      for all the diagrams of a post, after Shiki has drawn them;
 *   2. the `.md` posts' plugin (src/markdown-posts/): their raw HTML made
 *      inert, anchored headings and the base path, as MDX posts get from
 *      their components. Sätteri's `rawHtml` stays off: its reparse drops
 *      what the listings' fences say after their language (title=,
 *      collapse=), in MDX posts too.
 *
 * Why not `markdown.syntaxHighlight: 'shiki'` in the config: Astro warns, when
 * a CSP is set and the user config names Shiki, that Shiki's inline styles
 * break it. Ours emits classes, never a style attribute (role-classes.ts;
 * tests/unit/markdown/code-block-pipeline.test.ts and the CSP of every browser
 * test prove it), so the warning would be noise in every build. Astro checks
 * the user config before integrations run, and MDX reads the final config, so
 * turning Shiki on here highlights the same and keeps the build log for real
 * trouble. Astro makes the processor when it reads the config, so the hast
 * plugins are added in `astro:config:setup` too (satteri-plugins.ts).
 */
import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { diagramScalePlugin } from '../diagrams/shared-scale.ts';
import { joinBase } from '../lib/base-path.ts';
import { markdownPostPlugin } from '../markdown-posts/markdown-post-plugin.ts';
import { shikiConfig } from './code-block-pipeline.ts';
import { addSatteriHastPlugin } from './satteri-plugins.ts';

/** One factory for every build in this process, so a config read twice does not add a plugin twice. */
const scalePlugin = diagramScalePlugin();
/** The `.md` posts' plugin, one a base path (its links carry the base). */
const markdownPostPlugins = new Map<string, ReturnType<typeof markdownPostPlugin>>();

function markdownPostPluginFor(base: string, publicDir: URL): ReturnType<typeof markdownPostPlugin> {
  let plugin = markdownPostPlugins.get(base);
  if (!plugin) {
    const posterOf = (id: string) => (existsSync(new URL(`video-posters/${id}.jpg`, publicDir)) ? joinBase(base, `video-posters/${id}.jpg`) : undefined);
    plugin = markdownPostPlugin({ base, posterOf });
    markdownPostPlugins.set(base, plugin);
  }
  return plugin;
}

export function markdownIntegration(): AstroIntegration {
  return {
    name: 'site:markdown',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ markdown: { syntaxHighlight: 'shiki', shikiConfig } });
        addSatteriHastPlugin(config, scalePlugin, "diagrams: the diagrams' shared scale");
        addSatteriHastPlugin(config, markdownPostPluginFor(config.base, config.publicDir), 'markdown posts: their plugin');
      },
    },
  };
}
