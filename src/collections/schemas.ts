/**
 * The content model: what each file in content/ must say. Every field an
 * author can get wrong is checked here; a bad file stops the build with
 * Astro's message naming the file and the field. Plain Zod (no Astro
 * runtime), so tests parse real files against these schemas directly.
 * Rules across entries (a series or tag that does not exist, two posts
 * claiming one part) live in cross-entry-rules.ts.
 */
import { z } from 'astro/zod';
import { toSlug } from '../lib/slug.ts';
import { YOUTUBE_ID, YOUTUBE_ID_MESSAGE } from '../video/youtube.ts';
import { oldUrlProblem } from '../redirects/old-url.ts';

/** YAML turns `2018-10-30` into a Date; anything else is an error, not a guess. */
const calendarDate = z.date({ error: 'must be a date written as YYYY-MM-DD' });

export const DESCRIPTION_MAX = 160;
/** What `npm run new` writes as the description: refused until the author replaces it. */
export const DESCRIPTION_PLACEHOLDER = 'TODO: one or two sentences for cards, feeds and search.';

/** An id of another collection's entry; whether it exists is a cross-entry rule. */
const entryId = z.string().trim().min(1);

export const postSchema = z
  .object({
    title: z.string().trim().min(1, 'title must not be empty'),
    description: z
      .string()
      .trim()
      .min(1, 'description must not be empty')
      .max(DESCRIPTION_MAX, `description must be at most ${DESCRIPTION_MAX} characters (it is shown on cards and in search results)`)
      .refine((text) => text !== DESCRIPTION_PLACEHOLDER, 'description is still the placeholder: write one or two sentences for cards, feeds and search'),
    pubDate: calendarDate,
    updatedDate: calendarDate.optional(),
    tags: z
      .array(
        z.string().transform((tag, ctx) => {
          const slug = toSlug(tag);
          if (!slug) ctx.addIssue({ code: 'custom', message: `tag "${tag}" has no letters or digits` });
          return slug;
        }),
      )
      .default([]),
    series: z
      .object({
        id: entryId,
        part: z.number().int().positive(),
      })
      .strict()
      .optional(),
    conference: entryId.optional(),
    video: z
      .object({
        title: z.string().trim().min(1),
        /** Never guessed: leave it out when the id is unknown. */
        youtube: z.string().regex(YOUTUBE_ID, YOUTUBE_ID_MESSAGE).optional(),
        /** Where the video was published, shown instead of an embed when the id is unknown. */
        channel: z.string().trim().min(1).optional(),
        channelUrl: z.url().optional(),
      })
      .strict()
      .refine((video) => video.youtube || video.channel, {
        message: 'a video needs its youtube id or, when the id is unknown, the channel it was published on',
      })
      .optional(),
    /** Who wrote it, when not the site's author (a post imported from a blog with several authors). */
    author: z.string().trim().min(1, 'author must not be empty').optional(),
    /**
     * The post's old URLs, which redirect to it: paths of the old site
     * ("/2016/02/02/hello-world/") or its WordPress id ("/?p=12"). What
     * one may be is src/redirects/old-url.ts; that no two posts claim one,
     * and none is a page of this site, are cross-entry rules.
     */
    redirectFrom: z
      .array(
        z.string().superRefine((url, ctx) => {
          const problem = oldUrlProblem(url);
          if (problem) ctx.addIssue({ code: 'custom', message: `redirectFrom "${url}" ${problem}` });
        }),
      )
      .optional(),
    draft: z.boolean().default(false),
    /** `false`: the post's network names get no entity pages and no links (src/network-names/entity-pages.ts). */
    entities: z.boolean().default(true),
  })
  .strict()
  .refine((post) => !post.updatedDate || post.updatedDate >= post.pubDate, {
    message: 'updatedDate must not be before pubDate',
    path: ['updatedDate'],
  });

export const seriesSchema = z
  .object({
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1),
    /** How many parts the series has, published here or not. */
    parts: z.number().int().positive(),
    /** Where the series' videos are published. */
    channel: z.url().optional(),
  })
  .strict();

export const conferenceSchema = z
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
  .refine((c) => c.endDate >= c.startDate, { message: 'endDate must not be before startDate', path: ['endDate'] });

export const tagSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'tag id must be a lowercase URL-safe slug'),
    label: z.string().trim().min(1),
    description: z.string().trim().min(1),
  })
  .strict();

export type PostData = z.output<typeof postSchema>;
