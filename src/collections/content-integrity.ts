/**
 * The cross-entry rules (cross-entry-rules.ts) over the whole content, once a
 * build: a post's series, conference and tags exist, its images have alt
 * text, its videos are valid, its old URLs are its own. getPosts waits for
 * it, so no page is built from content that breaks them, and the build fails
 * with every problem at once, each naming the author's file.
 */
import { getCollection } from 'astro:content';
import { postBody } from '../build-caches/post-bodies.ts';
import { bodyFormatOf, imagesWithoutAlt } from '../post-body/post-body.ts';
import { assertContentIntegrity } from './cross-entry-rules.ts';

let checked: Promise<void> | undefined;

export function checkContentIntegrity(): Promise<void> {
  checked ??= (async () => {
    const [posts, series, conferences, tags] = await Promise.all([
      getCollection('posts'),
      getCollection('series'),
      getCollection('conferences'),
      getCollection('tags'),
    ]);
    assertContentIntegrity(
      posts.map((post) => {
        const body = postBody(post.body, bodyFormatOf(post.filePath), post.digest);
        return {
          id: post.id,
          filePath: post.filePath ?? `content/posts/${post.id}`,
          tags: post.data.tags,
          series: post.data.series,
          conference: post.data.conference,
          imagesWithoutAlt: imagesWithoutAlt(body),
          bodyVideos: body.videos,
          redirectFrom: post.data.redirectFrom,
        };
      }),
      {
        series: new Map(series.map((s) => [s.id, { parts: s.data.parts }])),
        conferences: new Set(conferences.map((c) => c.id)),
        tags: new Set(tags.map((t) => t.id)),
      },
    );
  })();
  return checked;
}
