/**
 * Code highlighting, switched on by an integration rather than in
 * astro.config.mjs: Shiki with our transformers (shiki-config.ts).
 *
 * Why not `markdown.syntaxHighlight: 'shiki'` in the config: Astro warns, when
 * a CSP is set and the user config names Shiki, that Shiki's inline styles
 * break it. Ours emits classes, never a style attribute (role-classes.ts;
 * tests/unit/listing-pipeline.test.ts and the CSP of every browser test prove
 * it), so the warning would be noise in every build. Astro checks the user
 * config before integrations run, and MDX reads the final config, so turning
 * Shiki on here highlights the same and keeps the build log for real trouble.
 */
import type { AstroIntegration } from 'astro';
import { shikiConfig } from './shiki-config.ts';

export function listingsIntegration(): AstroIntegration {
  return {
    name: 'site:listings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ markdown: { syntaxHighlight: 'shiki', shikiConfig } });
      },
    },
  };
}
