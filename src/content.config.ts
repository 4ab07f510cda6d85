/**
 * Astro's wiring of the content collections: which files each collection
 * reads, and the schema each entry must pass (src/collections/schemas.ts).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { missingImageProblem, postFileProblem, withEntryChecks } from './collections/entry-checks.node.ts';
import { withCodeAwareDigest } from './build-caches/code-aware-digest.node.ts';
import { conferenceSchema, postSchema, seriesSchema, tagSchema } from './collections/schemas.ts';

const posts = defineCollection({
  // Markdown and MDX posts alike (a .md post is rendered at the content sync, by src/markdown-posts/,
  // and kept until its file or the site's code changes: code-aware-digest.node.ts).
  loader: withEntryChecks(withCodeAwareDigest(glob({ pattern: '**/*.{md,mdx}', base: './content/posts' })), {
    fileProblem: postFileProblem,
    textProblem: missingImageProblem,
    folder: 'content/posts',
  }),
  schema: postSchema,
});

const series = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './content/series' }),
  schema: seriesSchema,
});

const conferences = defineCollection({
  loader: withEntryChecks(glob({ pattern: '*.{yaml,yml}', base: './content/conferences' })),
  schema: conferenceSchema,
});

const tags = defineCollection({
  // One registry file: a tag must be declared here before a post can use it.
  loader: file('./content/tags.yaml'),
  schema: tagSchema,
});

export const collections = { posts, series, conferences, tags };
