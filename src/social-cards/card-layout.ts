/**
 * How a card looks, as satori trees, and how a title is fitted into it.
 *
 * A card is drawn in two layers: the background (colours, the accent band,
 * the rule and the site name), the same for every card and drawn once, and
 * the content box (kicker, title, date), drawn per card on the card's own
 * background colour so it can be pasted onto the background as it is.
 *
 * Fitting asks satori's own layout how tall the title is: the largest size
 * whose lines fit the title's box wins; at the smallest size the title is
 * clamped to the lines that fit, with an ellipsis.
 */
import satori, { type SatoriNode, type SatoriOptions } from 'satori';
import { CARD_SIZE } from './card-model.ts';

/** Bump when the look changes: it is part of every card's cache key. */
export const TEMPLATE_VERSION = 1;

export const CARD = CARD_SIZE;

/** The light scheme of src/styles/global.css. */
export const COLOURS = {
  bg: '#ffffff',
  fg: '#1d2127',
  muted: '#545b66',
  border: '#d5d9df',
  accent: '#0b57a4',
  accentSoft: '#e6effa',
} as const;

const PAD_X = 80;
const BAND = 14;
/** Where the per-card content is pasted onto the background. */
export const CONTENT_BOX = { left: PAD_X, top: 62, width: CARD.width - 2 * PAD_X, height: 444 } as const;
const KICKER = { size: 30, lineHeight: 1.3 };
const DATE = { size: 30, lineHeight: 1.3 };
const GAP = 26;
/** The title gets what the kicker, the date and the gaps leave of the box. */
export const TITLE_BOX = {
  width: CONTENT_BOX.width,
  height: CONTENT_BOX.height - Math.ceil(KICKER.size * KICKER.lineHeight) - Math.ceil(DATE.size * DATE.lineHeight) - 2 * GAP,
} as const;
/** Font sizes tried in turn, largest first; the last one clamps. */
export const TITLE_SIZES = [76, 68, 60, 54, 48, 42] as const;
export const TITLE_LINE_HEIGHT = 1.15;

export type CardFonts = NonNullable<SatoriOptions['fonts']>;

export interface CardText {
  title: string;
  kicker: string;
  date: string;
  site: string;
}

export interface TitleFit {
  fontSize: number;
  /** Lines the title takes at that size (after clamping). */
  lines: number;
  /** Whether the title was cut short with an ellipsis. */
  clamped: boolean;
  /** Its height in satori's layout, in px. */
  height: number;
  width: number;
}

type Style = Record<string, string | number>;
interface Element {
  type: string;
  key?: string;
  props: { style: Style; children?: string | Element | Element[] };
}

const el = (style: Style, children?: Element['props']['children'], key?: string): Element => ({
  type: 'div',
  ...(key ? { key } : {}),
  props: children === undefined ? { style } : { style, children },
});

/** Everything that is the same on every card, with the site's name in the footer. */
export function backgroundTree(site: string): Element {
  return el({ width: CARD.width, height: CARD.height, display: 'flex', flexDirection: 'column', backgroundColor: COLOURS.bg, fontFamily: 'Inter' }, [
    el({ height: BAND, backgroundColor: COLOURS.accent }),
    el({ flexGrow: 1 }),
    el(
      {
        display: 'flex',
        alignItems: 'center',
        margin: `0 ${PAD_X}px`,
        padding: '30px 0 40px',
        borderTop: `2px solid ${COLOURS.border}`,
        fontSize: 34,
        fontWeight: 700,
        color: COLOURS.fg,
      },
      [el({ width: 22, height: 22, marginRight: 16, borderRadius: 4, backgroundColor: COLOURS.accent }), el({}, site)],
    ),
  ]);
}

/** One line of small text, cut with an ellipsis if it is too long. */
const line = (text: string, size: number, lineHeight: number, colour: string, weight: number): Element =>
  el({ display: 'block', lineClamp: 1, fontSize: size, lineHeight, color: colour, fontWeight: weight, height: Math.ceil(size * lineHeight) }, text);

/** The per-card box: kicker, title at `fontSize` (clamped to `maxLines` if given), date. */
export function contentTree(text: CardText, fontSize: number, maxLines?: number): Element {
  const title = el(
    {
      display: 'block',
      flexShrink: 0,
      width: TITLE_BOX.width,
      fontSize,
      lineHeight: TITLE_LINE_HEIGHT,
      fontWeight: 700,
      color: COLOURS.fg,
      ...(maxLines ? { lineClamp: maxLines } : {}),
    },
    text.title,
    'title',
  );
  return el(
    { width: CONTENT_BOX.width, height: CONTENT_BOX.height, display: 'flex', flexDirection: 'column', backgroundColor: COLOURS.bg, fontFamily: 'Inter' },
    [
      line(text.kicker, KICKER.size, KICKER.lineHeight, COLOURS.accent, 700),
      el({ height: GAP, flexShrink: 0 }),
      title,
      el({ flexGrow: 1 }),
      line(text.date, DATE.size, DATE.lineHeight, COLOURS.muted, 400),
    ],
  );
}

/** Lays out the content box and says how tall and wide satori made the title. */
async function layOut(text: CardText, fonts: CardFonts, fontSize: number, maxLines?: number): Promise<{ svg: string; title: SatoriNode }> {
  let title: SatoriNode | undefined;
  const svg = await satori(contentTree(text, fontSize, maxLines), {
    width: CONTENT_BOX.width,
    height: CONTENT_BOX.height,
    fonts,
    onNodeDetected: (node) => {
      if (node.key === 'title') title = node;
    },
  });
  if (!title) throw new Error('social card: satori reported no title node');
  return { svg, title };
}

const lineHeightPx = (fontSize: number) => fontSize * TITLE_LINE_HEIGHT;

/**
 * The content box of a card with its title fitted, as SVG: usually one
 * satori run (the largest size fits), one more per size that did not.
 */
export async function fitContent(text: CardText, fonts: CardFonts): Promise<{ svg: string; fit: TitleFit }> {
  for (const fontSize of TITLE_SIZES) {
    const { svg, title } = await layOut(text, fonts, fontSize);
    if (title.height <= TITLE_BOX.height) {
      return { svg, fit: { fontSize, lines: Math.round(title.height / lineHeightPx(fontSize)), clamped: false, height: title.height, width: title.width } };
    }
  }
  const fontSize = TITLE_SIZES.at(-1)!;
  const lines = Math.floor(TITLE_BOX.height / lineHeightPx(fontSize));
  const { svg, title } = await layOut(text, fonts, fontSize, lines);
  return { svg, fit: { fontSize, lines, clamped: true, height: title.height, width: title.width } };
}

export interface RowBand {
  top: number;
  height: number;
}

/**
 * The rows of the content box that can carry ink, from the top of the box:
 * the kicker, the gap and the title, with room below for descenders that
 * leave a tight line box, then the date's line at the bottom. The rows
 * between them are the background alone, so the drawing skips them: most of
 * what a raster costs is its area, not its text.
 */
export function inkedBands(fit: TitleFit): RowBand[] {
  const dateHeight = Math.ceil(DATE.size * DATE.lineHeight);
  const dateTop = CONTENT_BOX.height - dateHeight;
  const titleBottom = Math.ceil(KICKER.size * KICKER.lineHeight) + GAP + Math.ceil(fit.height + 0.3 * fit.fontSize);
  return titleBottom >= dateTop
    ? [{ top: 0, height: CONTENT_BOX.height }]
    : [
        { top: 0, height: titleBottom },
        { top: dateTop, height: dateHeight },
      ];
}

/** The title alone at a size, laid out by satori: how many px tall and wide (for tests and checks). */
export async function measureTitle(text: CardText, fonts: CardFonts, fontSize: number, maxLines?: number): Promise<{ height: number; width: number }> {
  const { title } = await layOut(text, fonts, fontSize, maxLines);
  return { height: title.height, width: title.width };
}
