/**
 * Videos and images of imported posts.
 *
 * A YouTube address in any of its forms gives the video's real id, checked
 * against the site's id rule (src/video/youtube.ts). An image is found in the
 * uploads tree by its path under `wp-content/uploads/` (the full-size original
 * when WordPress linked a resized copy such as `-300x200`), and is never
 * fetched from the network: the site requests nothing from other hosts.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { YOUTUBE_ID } from '../../src/video/youtube.ts';

/** The YouTube id of a watch, short, embed or shorts URL, or undefined. */
export function youtubeId(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim().replace(/^\/\//, 'https://'));
  } catch {
    return undefined;
  }
  const host = parsed.hostname.replace(/^(www\.|m\.)/, '');
  let id: string | null | undefined;
  if (host === 'youtu.be') id = parsed.pathname.split('/')[1];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = parsed.pathname === '/watch' ? parsed.searchParams.get('v') : /^\/(?:embed|shorts|v|live)\/([^/?#]+)/.exec(parsed.pathname)?.[1];
  }
  return id && YOUTUBE_ID.test(id) ? id : undefined;
}

/** A URL of a video host the importer can at least link to. */
export function isVideoUrl(url: string): boolean {
  return (
    youtubeId(url) !== undefined ||
    /^https?:\/\/(?:www\.|player\.)?(?:vimeo\.com|dailymotion\.com|dai\.ly|videopress\.com|vine\.co|ted\.com\/talks|wistia\.com|twitch\.tv)\//i.test(url.trim())
  );
}

/** The path of an upload under `wp-content/uploads/` (`2016/02/diagram.png`), or undefined for any other URL. */
export function uploadPath(url: string): string | undefined {
  const match = /\/wp-content\/uploads\/(.+?)(?:[?#].*)?$/.exec(url);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The file in the uploads tree for an image URL: the original when a resized copy was linked and both exist. */
export function findUpload(uploadsDir: string | undefined, url: string): string | undefined {
  const path = uploadPath(url);
  if (!uploadsDir || !path) return undefined;
  const original = path.replace(/-\d+x\d+(\.\w+)$/, '$1');
  for (const candidate of [original, path]) {
    const file = join(uploadsDir, candidate);
    // The path comes from the export: never let it climb out of the uploads tree.
    if (!file.startsWith(join(uploadsDir, '/'))) continue;
    if (isFile(file)) return file;
  }
  return undefined;
}

/** The file name an image gets beside the post: the upload's own name, made safe for a URL. */
export function imageFileName(url: string): string {
  const name = basename(uploadPath(url) ?? new URL(url, 'https://x.invalid/').pathname) || 'image';
  return name.replace(/[^\w.-]+/g, '-');
}

/** Alt text from the export, else the caption, else the title (all as plain text); undefined when none says anything. */
export function altText(...candidates: Array<string | undefined>): string | undefined {
  for (const candidate of candidates) {
    const text = candidate?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return undefined;
}
