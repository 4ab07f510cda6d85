// @ts-check
// The site's options live in src/config/site.ts; where it is deployed comes
// from the environment (src/config/deploy.node.ts).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { mdxComponentNames } from './src/post-body/component-names.ts';
import sitemap from '@astrojs/sitemap';
import { deployFromEnv } from './src/config/deploy.node.ts';
import { siteUrlCheckIntegration } from './src/config/site-url-check.node.ts';
import { sitemapOptions } from './src/sitemap/sitemap-options.node.ts';
import { contentSecurityPolicy } from './src/config/csp.node.ts';
import { markdownIntegration } from './src/markdown/markdown-integration.ts';
import { knownWarningsIntegration } from './src/config/known-warnings.ts';
import { backgroundTasksIntegration } from './src/lib/background-tasks.node.ts';
import { mdxCompileCacheIntegration } from './src/build-caches/mdx-compile-cache.node.ts';
import { postBodyCacheIntegration } from './src/build-caches/post-body-cache.node.ts';
import { pagefindIntegration } from './src/search/pagefind-integration.ts';
import { linkCheckIntegration } from './src/link-check/link-check-integration.ts';
import { hostingIntegration } from './src/host-config/hosting-integration.ts';
import { socialCardsIntegration } from './src/social-cards/social-cards-integration.ts';
import { networkNamesIntegration } from './src/network-names/network-names-integration.ts';

const deploy = deployFromEnv();

export default defineConfig({
  site: deploy.siteUrl,
  base: deploy.basePath,
  trailingSlash: 'always',
  outDir: deploy.outDir,
  // Two posts resolving to the same URL is an authoring error, not a warning.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  // Images in posts get srcset/sizes for the column width. Their layout CSS
  // lives in global.css: Astro's injected responsive styles would need a CSP hash.
  image: { layout: 'constrained', responsiveStyles: false },
  // Pagefind starts indexing first and runs beside the rest; social cards are
  // written before the link check, which follows every og:image.
  integrations: [
    // First: a build without SITE_URL warns, or fails at once with SITE_URL_REQUIRED=1.
    siteUrlCheckIntegration(deploy),
    // The Markdown pipeline (src/markdown/): Shiki with the code-block plugins (role classes instead
    // of inline colours, shell sessions split into prompt/command/output, diagrams, network names),
    // then the diagrams' shared scale and the .md posts' plugin (raw HTML made inert).
    markdownIntegration(),
    // Static parts of a post (listings above all) compile to one HTML string
    // each rather than a JSX call per token: a quarter less time and memory
    // for 1,000 posts. The elements that src/components/mdx/ replaces stay
    // elements, or the replacements would not apply.
    mdx({ optimize: { ignoreElementNames: [...mdxComponentNames] } }),
    // Compiled posts are kept between builds: a rebuild compiles only what changed.
    mdxCompileCacheIntegration(),
    // What each post's body holds (listings, images, words), kept between builds by the file's digest.
    postBodyCacheIntegration(),
    // Indexable pages only (no search, 404 or noindex page), posts with their lastmod.
    sitemap(sitemapOptions(deploy)),
    pagefindIntegration(),
    socialCardsIntegration(),
    hostingIntegration(),
    linkCheckIntegration(),
    // An info line per post whose diagram names what none of its listings mentions (src/network-names/).
    networkNamesIntegration(),
    knownWarningsIntegration(),
    // Last: waits for the work the integrations above left running (Pagefind, the link check).
    backgroundTasksIntegration(),
  ],
  // Shiki is switched on by markdownIntegration() (src/markdown/markdown-integration.ts says why).
  markdown: { syntaxHighlight: false },
  security: { csp: contentSecurityPolicy() },
  // Astro inlines a page's small scripts into its HTML. The entity marks' script (src/network-names/) is the exception:
  // it serves every post that names the network and is cached once as a file, not carried in each page.
  vite: { build: { assetsInlineLimit: (file) => (file.includes('EntityMarks') ? false : undefined) } },
  // An unchanged post page is copied from the last build (its cacheKey: src/collections/post-page.ts).
  experimental: { incrementalBuild: true },
});
