/**
 * Diagrams share one scale per post (shared-scale.ts): a hast plugin added to
 * Astro's Markdown processor, Sätteri, which MDX uses too. Sätteri's options
 * are the place integrations extend it (its hast plugins run after Shiki, so
 * the diagrams are drawn by then); Astro creates the processor when it reads
 * the config, so the plugin is added here rather than in astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { addSatteriHastPlugin } from '../lib/satteri-plugins.ts';
import { diagramScalePlugin } from './shared-scale.ts';

/** One factory for every build in this process, so a config read twice does not add it twice. */
const scalePlugin = diagramScalePlugin();

export function diagramsIntegration(): AstroIntegration {
  return {
    name: 'site:diagrams',
    hooks: {
      'astro:config:setup': ({ config }) => {
        addSatteriHastPlugin(config, scalePlugin, "diagrams: the diagrams' shared scale");
      },
    },
  };
}
