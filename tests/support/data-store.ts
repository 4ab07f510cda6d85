/** What Astro's data store kept of a built site's posts (node_modules/.astro/data-store.json, written with devalue). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as devalue from 'devalue';

export interface StoredPost {
  /** Present when the post was rendered at the content sync, as data. */
  rendered?: { html: string };
  /** True when the post is an MDX module, rendered on its page. */
  deferredRender?: boolean;
}

export function storedPosts(siteDir: string): Map<string, StoredPost> {
  const store = devalue.parse(readFileSync(join(siteDir, 'node_modules/.astro/data-store.json'), 'utf8')) as Map<string, Map<string, StoredPost>>;
  return store.get('posts') ?? new Map();
}
