/**
 * Each post's body, parsed once (src/post-body/post-body.ts): the build asks
 * of the same post several times. With the file's content digest (Astro's,
 * of the whole file), a build also reuses the analysis of an unchanged post
 * from the last build: the store that outlives the build
 * (post-body-cache.node.ts) is handed over to the pages here.
 */
import { buildHandover } from '../lib/build-handover.ts';
import { analyseBody, type BodyFormat, type PostBody } from '../post-body/post-body.ts';

/** Keyed by the format and the file's content digest (`mdx:1234`). */
export interface PostBodyStore {
  get(key: string): PostBody | undefined;
  set(key: string, body: PostBody): void;
}

/** Opened by post-body-cache.node.ts while a site is built. */
export const postBodyStoreHandover = buildHandover<PostBodyStore>('post-bodies');

const parsed = new Map<string, PostBody>();

/** What a post's body holds, parsed once in this process and, with its `digest`, once across builds. */
export function postBody(body: string | undefined, format: BodyFormat, digest?: string | number): PostBody {
  const key = `${format}\0${body ?? ''}`;
  let found = parsed.get(key);
  if (!found) {
    const store = digest === undefined ? undefined : postBodyStoreHandover.current();
    const storeKey = `${format}:${digest}`;
    found = store?.get(storeKey);
    if (!found) {
      found = analyseBody(body ?? '', format);
      store?.set(storeKey, found);
    }
    parsed.set(key, found);
  }
  return found;
}
