/**
 * Addresses of imported posts' videos and media files.
 *
 * A YouTube address in any of its forms gives the video's real id
 * (../post-media.ts). A media file is known by
 * its path under `wp-content/uploads/`; where it is fetched from is
 * media-sources.node.ts.
 */
import { youtubeId } from '../post-media.ts';

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

/** The file name a media file gets in the site: the upload's own name, made safe for a URL. */
export function mediaFileName(url: string): string {
  let path: string;
  try {
    path = uploadPath(url) ?? decodeURIComponent(new URL(url, 'https://x.invalid/').pathname);
  } catch {
    path = url;
  }
  const name = path.split('/').filter(Boolean).at(-1) ?? '';
  return name.replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '') || 'file';
}
