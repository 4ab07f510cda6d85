/**
 * A YouTube address alone in its paragraph of a `.md` post is the video,
 * shown as the site's facade: the markup of YouTubeFacade.astro, which an
 * MDX post writes as `<YouTube id="…" title="…" />` and a Markdown post
 * cannot. The script that plays it comes with the page
 * (YouTubeFacadeScript.astro, from PostLayout.astro).
 */
import { YOUTUBE_PLAYER_ORIGIN } from '../config/site.ts';
import { youtubeId, youtubeWatchUrl } from '../video/youtube.ts';
import type { Node } from './hast-node.ts';

const element = (tagName: string, properties: Record<string, unknown>, children: Node[] = []): Node => ({ type: 'element', tagName, properties, children });
const text = (value: string): Node => ({ type: 'text', value });

/** The video id of a paragraph that is one YouTube address and nothing else (as written, or as a link to itself). */
export function youtubeLineId(paragraph: Node): string | undefined {
  const content = (paragraph.children ?? []).filter((child) => !(child.type === 'text' && child.value?.trim() === ''));
  const [only] = content;
  if (content.length !== 1 || only?.type !== 'element' || only.tagName !== 'a') return undefined;
  const href = only.properties?.['href'];
  const label = (only.children ?? []).map((child) => child.value ?? '').join('');
  return typeof href === 'string' && label.trim() === href ? youtubeId(href) : undefined;
}

const PLAY_PATH =
  'M66.5 7.7a8.5 8.5 0 0 0-6-6C55.2.3 34 .3 34 .3s-21.2 0-26.5 1.4a8.5 8.5 0 0 0-6 6C.1 13 .1 24 .1 24s0 11 1.4 16.3a8.5 8.5 0 0 0 6 6C12.8 47.7 34 47.7 34 47.7s21.2 0 26.5-1.4a8.5 8.5 0 0 0 6-6C67.9 35 67.9 24 67.9 24s0-11-1.4-16.3Z';

/** The facade, as YouTubeFacade.astro draws it: a poster (the author's, or drawn), a play button, a caption. */
export function youtubeFacade(id: string, title: string, poster: string | undefined): Node {
  const playerHost = new URL(YOUTUBE_PLAYER_ORIGIN).hostname.replace(/^www\./, '');
  return element('figure', { className: ['video'] }, [
    element('a', { className: ['video-facade'], href: youtubeWatchUrl(id), dataYoutubeId: id, dataVideoTitle: title }, [
      poster
        ? element('img', { className: ['video-poster'], src: poster, alt: '', width: '1280', height: '720', loading: 'lazy', decoding: 'async' })
        : element('span', { className: ['video-poster', 'drawn'], ariaHidden: 'true' }, [element('span', {}, [text(title)])]),
      element('span', { className: ['video-play'], ariaHidden: 'true' }, [
        element('svg', { viewBox: '0 0 68 48', width: '68', height: '48', focusable: 'false' }, [
          element('path', { d: PLAY_PATH }),
          element('path', { d: 'm27 34 18-10-18-10z' }),
        ]),
      ]),
      element('span', { className: ['sr-only'] }, [text(`Play video: ${title} (loads the YouTube player)`)]),
    ]),
    element('figcaption', {}, [text(`Video: ${title}. Playing it loads YouTube's player from ${playerHost}; nothing is loaded before.`)]),
  ]);
}
