/**
 * Which media files a WordPress export's posts use, and where each may be
 * had: the uploads folder on disk (`--uploads`), then the old site itself
 * (or `--media-from`, a mirror of it). Only the old site's own uploads are
 * fetched: an image on another host is never downloaded nor hotlinked.
 *
 * The scan reads addresses out of the stored text, before any post is
 * converted, so that every file can be fetched at once and the conversion
 * (body.ts) stays synchronous: it looks each address up in the result.
 */
import { join, resolve, sep } from 'node:path';
import type { WantedMedia } from '../media-fetcher.node.ts';
import { uploadPath } from './media.ts';

export interface MediaSite {
  /** The old site's address (the export's `wp:base_blog_url`). */
  siteUrl: string;
  uploadsDir: string | undefined;
  /** Another origin serving the old site's files (`--media-from`): its paths are the old site's. */
  mediaFrom: string | undefined;
}

const UPLOAD_ADDRESS = /(?:https?:)?(?:\/\/[^\s"'<>()\]]+)?\/wp-content\/uploads\/[^\s"'<>()\]]+/gi;

/** Every address of an upload in some stored HTML, shortcodes and block comments included. */
export function uploadAddresses(content: string): string[] {
  return [...content.matchAll(UPLOAD_ADDRESS)].map((match) => match[0].replace(/&amp;/g, '&').replace(/[.,;:!?]+$/, ''));
}

const bareHost = (host: string) => host.replace(/^www\./, '').toLowerCase();

/**
 * The old site's own address of an upload, or undefined when it is not the
 * old site's. WordPress.com's image CDN (`i0.wp.com/<site>/…`) counts as the
 * old site.
 */
export function ownUploadUrl(address: string, siteUrl: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(address.startsWith('//') ? `https:${address}` : address, `${siteUrl}/`);
  } catch {
    return undefined;
  }
  const site = new URL(siteUrl);
  if (/^i\d\.wp\.com$/.test(url.hostname)) {
    const [, host, ...rest] = url.pathname.split('/');
    if (bareHost(host ?? '') !== bareHost(site.hostname)) return undefined;
    url = new URL(`/${rest.join('/')}`, site.origin);
  }
  if (bareHost(url.hostname) !== bareHost(site.hostname) || uploadPath(url.pathname) === undefined) return undefined;
  url.search = '';
  url.hash = '';
  return url;
}

/** WordPress links resized copies (`diagram-300x200.png`): the original is wanted first. */
const originalOf = (path: string) => path.replace(/-\d+x\d+(\.\w+)$/, '$1');

/** Where one upload may be had, best first, keyed by its own address (ownUploadUrl); undefined for a file of another site. */
export function wantedMedia(address: string, site: MediaSite): WantedMedia | undefined {
  const url = ownUploadUrl(address, site.siteUrl);
  if (!url) return undefined;
  const path = uploadPath(url.pathname)!;
  const paths = [...new Set([originalOf(path), path])];
  const local: string[] = [];
  if (site.uploadsDir) {
    const root = resolve(site.uploadsDir);
    // The path comes from the export: never let it climb out of the uploads folder.
    for (const candidate of paths) {
      const file = resolve(join(root, candidate));
      if (file.startsWith(root + sep)) local.push(file);
    }
  }
  const origin = site.mediaFrom ? new URL(site.mediaFrom).origin : url.origin;
  const base = url.pathname.slice(0, url.pathname.indexOf('/wp-content/uploads/'));
  const remote = paths.map((candidate) => `${origin}${base}/wp-content/uploads/${candidate.split('/').map(encodeURIComponent).join('/')}`);
  return { url: url.href, local, remote };
}
