/**
 * A post's media, for every importer: which files are images (those go
 * through the site's image pipeline, beside the post; the rest are served
 * as they are, under public/media/), where each file goes, the alt text an
 * image gets when the old blog gave it none, and a YouTube address's id,
 * checked against the site's id rule (src/video/youtube.ts).
 */
import type { PostFile } from './import-plan.ts';

/** Where an image without a text alternative gets one the author must replace (the post is drafted until then). */
export const ALT_PLACEHOLDER = 'TODO: describe this image';

/** Files a browser shows as an image: they go through the site's image pipeline. */
export const isImageFile = (name: string) => /\.(?:png|jpe?g|gif|webp|avif|svg)$/i.test(name);

/** The first text that says something (alt, then caption, then title…), as plain text; undefined when none does. */
export function altText(...candidates: Array<string | undefined>): string | undefined {
  for (const candidate of candidates) {
    const text = candidate?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return undefined;
}

/** The YouTube id of a watch, short, embed or shorts URL: the site's own rule (the `.md` posts' video lines use it too). */
export { youtubeId } from '../video/youtube.ts';

/**
 * Where one file of a post goes in the site, added to the post's `files`
 * once: an image beside the post (`content/posts/<slug>/<name>`, linked
 * `./<slug>/<name>`), anything else, or an image `served` as it is, under
 * `public/media/<slug>/` (linked `/media/<slug>/<name>`). A second file of
 * the same name in one post is numbered.
 */
export function placeFile(files: PostFile[], slug: string, from: string, fileName: string, { served = false } = {}): { path: string; name: string } {
  const image = isImageFile(from) && !served;
  const folder = image ? `content/posts/${slug}` : `public/media/${slug}`;
  let name = fileName;
  for (let n = 2; files.some((f) => f.target === `${folder}/${name}` && f.from !== from); n++) name = fileName.replace(/(\.\w+)?$/, `-${n}$1`);
  const target = `${folder}/${name}`;
  if (!files.some((f) => f.target === target)) files.push({ from, target });
  return { path: image ? `./${slug}/${name}` : `/media/${slug}/${name}`, name };
}
