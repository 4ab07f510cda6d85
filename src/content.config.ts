/**
 * The content model. Every field an author can get wrong is checked here, so a
 * bad post stops the build with Astro's message naming the file and field.
 * Cross-entry rules (a series or tag that does not exist, two posts claiming
 * the same part) live in src/lib/content-integrity.ts.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { toTagSlug } from './lib/tags.ts';
import { withEntryChecks } from './content/entry-checks.ts';

/** YAML turns `2018-10-30` into a Date; anything else is an error, not a guess. */
const calendarDate = z.date({ error: 'must be a date written as YYYY-MM-DD' });

const DESCRIPTION_MAX = 160;

const posts = defineCollection({
  loader: withEntryChecks(glob({ pattern: '**/*.{md,mdx}', base: './content/posts' })),
  schema: z
    .object({
      title: z.string().trim().min(1, 'title must not be empty'),
      description: z
        .string()
        .trim()
        .min(1, 'description must not be empty')
        .max(DESCRIPTION_MAX, `description must be at most ${DESCRIPTION_MAX} characters (it is shown on cards and in search results)`),
      pubDate: calendarDate,
      updatedDate: calendarDate.optional(),
      tags: z
        .array(
          z.string().transform((tag, ctx) => {
            const slug = toTagSlug(tag);
            if (!slug) ctx.addIssue({ code: 'custom', message: `tag "${tag}" has no letters or digits` });
            return slug;
          }),
        )
        .default([]),
      series: z
        .object({
          id: reference('series'),
          part: z.number().int().positive(),
        })
        .strict()
        .optional(),
      conference: reference('conferences').optional(),
      video: z
        .object({
          title: z.string().trim().min(1),
          /** YouTube video id: exactly 11 characters of [A-Za-z0-9_-]. Never guessed: leave it out when unknown. */
          youtube: z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'youtube must be an 11-character YouTube video id').optional(),
          /** Where the video was published, shown instead of an embed when the id is unknown. */
          channel: z.string().trim().min(1).optional(),
          channelUrl: z.url().optional(),
        })
        .strict()
        .refine((video) => video.youtube || video.channel, { message: 'a video needs its youtube id or, when the id is unknown, the channel it was published on' })
        .optional(),
      draft: z.boolean().default(false),
    })
    .strict()
    .refine((post) => !post.updatedDate || post.updatedDate >= post.pubDate, {
      message: 'updatedDate must not be before pubDate',
      path: ['updatedDate'],
    }),
});

const series = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './content/series' }),
  schema: z
    .object({
      title: z.string().trim().min(1),
      summary: z.string().trim().min(1),
      /** How many parts the series has, published here or not. */
      parts: z.number().int().positive(),
      /** Where the series' videos are published. */
      channel: z.url().optional(),
    })
    .strict(),
});

const conferences = defineCollection({
  loader: withEntryChecks(glob({ pattern: '*.{yaml,yml}', base: './content/conferences' })),
  schema: z
    .object({
      name: z.string().trim().min(1),
      city: z.string().trim().min(1),
      country: z.string().trim().min(1),
      venue: z.string().trim().min(1),
      startDate: calendarDate,
      endDate: calendarDate,
      url: z.url().optional(),
      /** How the dates were established, since the source does not state the year. */
      datesNote: z.string().optional(),
      sessions: z
        .array(
          z
            .object({
              kind: z.enum(['keynote', 'session']),
              title: z.string().trim().min(1),
              speakers: z.array(z.string().trim().min(1)).default([]),
              /** Heading id of the section about this session in the conference notes. */
              anchor: z.string().optional(),
            })
            .strict(),
        )
        .default([]),
    })
    .strict()
    .refine((c) => c.endDate >= c.startDate, { message: 'endDate must not be before startDate', path: ['endDate'] }),
});

const tags = defineCollection({
  // One registry file: a tag must be declared here before a post can use it.
  loader: file('./content/tags.yaml'),
  schema: z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'tag id must be a lowercase URL-safe slug'),
      label: z.string().trim().min(1),
      description: z.string().trim().min(1),
    })
    .strict(),
});

export const collections = { posts, series, conferences, tags };
