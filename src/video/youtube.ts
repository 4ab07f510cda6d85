/** Videos of posts: which ids are valid, where they play, and what to say when they cannot be embedded. */
import { YOUTUBE_PLAYER_ORIGIN } from '../config/site.ts';

/** A YouTube video id: exactly 11 characters of [A-Za-z0-9_-]. */
export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
export const YOUTUBE_ID_MESSAGE = 'youtube must be an 11-character YouTube video id';

export interface PostVideo {
  title: string;
  youtube?: string | undefined;
  channel?: string | undefined;
  channelUrl?: string | undefined;
}

export type VideoStatus = 'embedded' | 'elsewhere' | 'none';

export function videoStatus(video: PostVideo | undefined): VideoStatus {
  if (!video) return 'none';
  return video.youtube ? 'embedded' : 'elsewhere';
}

export const VIDEO_STATUS_LABEL: Record<VideoStatus, string> = {
  embedded: 'Video embedded',
  elsewhere: 'Video on YouTube (address not preserved)',
  none: 'No video',
};

export function youtubeEmbedUrl(id: string): string {
  return `${YOUTUBE_PLAYER_ORIGIN}/embed/${encodeURIComponent(id)}?autoplay=1`;
}

export function youtubeWatchUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`;
}

export function youtubeSearchUrl(query: string): string {
  return `https://www.youtube.com/results?search_query=${encodeURIComponent(query)}`;
}

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
