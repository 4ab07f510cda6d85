// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { SITE_URL, BASE_PATH } from './src/lib/site-config.mjs';
import { inlineScriptHashes } from './src/lib/csp-hashes.mjs';
import { shikiConfig } from './src/markdown/index.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { linkCheckIntegration } from './src/integrations/link-check.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  // Tests build throwaway copies elsewhere; the real site goes to dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Two posts resolving to the same URL is an authoring error, not a warning.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  // Images in posts get srcset/sizes for the column width. Their layout CSS
  // lives in global.css: Astro's injected responsive styles would need a CSP hash.
  image: { layout: 'constrained', responsiveStyles: false },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), linkCheckIntegration(), pagefindIntegration()],
  markdown: {
    // Shiki, with our transformers: role classes instead of inline colours,
    // shell sessions split into prompt/command/output, frames with copy buttons.
    syntaxHighlight: 'shiki',
    shikiConfig,
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The YouTube player, loaded only when a reader presses play.
        'frame-src https://www.youtube-nocookie.com',
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { hashes: inlineScriptHashes, resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
