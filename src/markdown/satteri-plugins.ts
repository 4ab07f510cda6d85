/**
 * Adds a hast plugin to Astro's Markdown processor, Sätteri, which MDX uses
 * too: for the integrations whose work is such a plugin (the diagrams'
 * shared scale, the `.md` posts' plugin). Astro makes the processor when it
 * reads the config, so integrations extend its options in
 * `astro:config:setup`; a plugin already there (a config read twice) is not
 * added again.
 */
import type { AstroConfig } from 'astro';

export function addSatteriHastPlugin(config: AstroConfig, plugin: unknown, what: string): void {
  const processor = config.markdown.processor as { name: string; options: { hastPlugins?: unknown[] } };
  const plugins = processor.options.hastPlugins;
  if (processor.name !== 'satteri' || !Array.isArray(plugins)) {
    throw new Error(`${what} is a Sätteri hast plugin, and markdown.processor is "${processor.name}"`);
  }
  if (!plugins.includes(plugin)) plugins.push(plugin);
}
