/**
 * Astro's data store keeps each `.md` post's HTML, rendered at the content
 * sync, by a digest of its file, and renders it again only when that digest
 * changes. A change to the code that renders it (a Shiki transformer, the
 * `.md` plugin) would leave the old HTML in place. So the digest also covers
 * the site's code (source-fingerprint.node.ts), as the MDX compile cache's
 * key does: an author's edit renders one post again, a change to src/
 * renders them all. The post page's cache key covers the digest too
 * (src/collections/post-page.ts).
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { sourceFingerprint } from './source-fingerprint.node.ts';

export function withCodeAwareDigest(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const code = sourceFingerprint(fileURLToPath(context.config.root));
      const generateDigest: typeof context.generateDigest = (data) => context.generateDigest(typeof data === 'string' ? `${code}\0${data}` : { code, data });
      await loader.load({ ...context, generateDigest });
    },
  };
}
