/**
 * The benchmark's peer (`--peer plain-astro`): a plain Astro blog in the
 * shape of Astro's blog starter, built from the same corpus in the same run,
 * so this site's times read as ratios to it. It has a content collection of
 * `.md` posts (the glob loader, a title, description and date schema), one
 * layout, a home page, an about page, a post list, a page per post and an
 * RSS feed, with @astrojs/mdx and @astrojs/sitemap as the starter has them,
 * and Astro's default Shiki. Its build is `astro build`, then
 * `pagefind --site dist`, as a blog that adds search would run them.
 *
 * The site is written here, not fetched (nothing at build time may fetch):
 * under tests/.tmp/, so it resolves this repository's node_modules and so
 * the very same Astro, Shiki and Pagefind.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TMP } from '../lib/repo.ts';
import { writeCorpus } from './corpus.ts';

/** The peer's label in the report. */
export const PLAIN_ASTRO = 'plain Astro blog';

/** Where the peer keeps its posts, relative to its folder. */
export const PLAIN_ASTRO_POSTS = 'src/content/blog';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'plain-astro-blog', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({ site: 'https://example.com', integrations: [mdx(), sitemap()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
  }),
});

export const collections = { blog };
`,
  'src/consts.ts': `export const SITE_TITLE = 'Plain Astro blog';
export const SITE_DESCRIPTION = 'The same posts, built the plain way.';
`,
  'src/components/BaseHead.astro': `---
interface Props { title: string; description: string }
const { title, description } = Astro.props;
const canonicalURL = new URL(Astro.url.pathname, Astro.site);
---
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="canonical" href={canonicalURL} />
<link rel="alternate" type="application/rss+xml" title="RSS" href={new URL('rss.xml', Astro.site)} />
<title>{title}</title>
<meta name="description" content={description} />
<meta property="og:title" content={title} />
<meta property="og:description" content={description} />
`,
  'src/components/Header.astro': `---
import { SITE_TITLE } from '../consts';
---
<header><nav><a href="/">{SITE_TITLE}</a> <a href="/blog/">Blog</a> <a href="/about/">About</a></nav></header>
<style>header { padding: 0 1em; box-shadow: 0 2px 8px rgb(0 0 0 / 5%); } nav a { padding: 1em 0.5em; display: inline-block; }</style>
`,
  'src/components/FormattedDate.astro': `---
interface Props { date: Date }
const { date } = Astro.props;
---
<time datetime={date.toISOString()}>{date.toLocaleDateString('en-us', { year: 'numeric', month: 'short', day: 'numeric' })}</time>
`,
  'src/layouts/BlogPost.astro': `---
import BaseHead from '../components/BaseHead.astro';
import Header from '../components/Header.astro';
import FormattedDate from '../components/FormattedDate.astro';
interface Props { title: string; description: string; pubDate: Date; updatedDate?: Date }
const { title, description, pubDate, updatedDate } = Astro.props;
---
<html lang="en">
  <head><BaseHead title={title} description={description} /></head>
  <body>
    <Header />
    <main>
      <article>
        <div class="title">
          <FormattedDate date={pubDate} />
          {updatedDate && <div>Last updated on <FormattedDate date={updatedDate} /></div>}
          <h1>{title}</h1>
        </div>
        <slot />
      </article>
    </main>
    <footer>&copy; The author</footer>
  </body>
</html>
<style>main { width: calc(100% - 2em); max-width: 720px; margin: 0 auto; } .title { padding: 1em 0; text-align: center; }</style>
`,
  'src/pages/index.astro': `---
import BaseHead from '../components/BaseHead.astro';
import Header from '../components/Header.astro';
import { SITE_TITLE, SITE_DESCRIPTION } from '../consts';
---
<html lang="en">
  <head><BaseHead title={SITE_TITLE} description={SITE_DESCRIPTION} /></head>
  <body><Header /><main><h1>{SITE_TITLE}</h1><p>{SITE_DESCRIPTION}</p></main></body>
</html>
`,
  'src/pages/about.astro': `---
import BlogPost from '../layouts/BlogPost.astro';
---
<BlogPost title="About" description="About this blog" pubDate={new Date('2024-08-08')}><p>About the author.</p></BlogPost>
`,
  'src/pages/blog/index.astro': `---
import { getCollection } from 'astro:content';
import BaseHead from '../../components/BaseHead.astro';
import Header from '../../components/Header.astro';
import FormattedDate from '../../components/FormattedDate.astro';
import { SITE_TITLE, SITE_DESCRIPTION } from '../../consts';
const posts = (await getCollection('blog')).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
---
<html lang="en">
  <head><BaseHead title={SITE_TITLE} description={SITE_DESCRIPTION} /></head>
  <body>
    <Header />
    <main><ul>{posts.map((post) => <li><a href={\`/blog/\${post.id}/\`}><h4>{post.data.title}</h4><p><FormattedDate date={post.data.pubDate} /></p></a></li>)}</ul></main>
  </body>
</html>
`,
  'src/pages/blog/[...slug].astro': `---
import { type CollectionEntry, getCollection, render } from 'astro:content';
import BlogPost from '../../layouts/BlogPost.astro';

export async function getStaticPaths() {
  const posts = await getCollection('blog');
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}
type Props = CollectionEntry<'blog'>;
const post = Astro.props;
const { Content } = await render(post);
---
<BlogPost {...post.data}><Content /></BlogPost>
`,
  'src/pages/rss.xml.js': `import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
import { SITE_TITLE, SITE_DESCRIPTION } from '../consts';

export async function GET(context) {
  const posts = await getCollection('blog');
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: context.site,
    items: posts.map((post) => ({ ...post.data, link: \`/blog/\${post.id}/\` })),
  });
}
`,
};

/** Writes the plain blog with the corpus of N posts (as `.md`) into tests/.tmp/<name>/, and returns its folder. */
export function writePlainAstroBlog(name: string, n: number): string {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // The corpus writer writes a site's content/ folder; the plain blog keeps its posts in src/content/blog/.
  mkdirSync(join(dir, 'content/series'), { recursive: true });
  writeCorpus(dir, n, 'md');
  const from = join(dir, 'content/posts');
  mkdirSync(join(dir, PLAIN_ASTRO_POSTS), { recursive: true });
  for (const file of readdirSync(from)) writeFileSync(join(dir, PLAIN_ASTRO_POSTS, file), readFileSync(join(from, file)));
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  return dir;
}
