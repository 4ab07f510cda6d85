/**
 * Draws one card: satori lays out the content box (card-layout.ts), resvg
 * rasterises the bands of it that carry text, and they are pasted onto the
 * background, which is drawn once per process (per site name) and kept as
 * PNG scanlines.
 *
 * Each site's canvas is reused from card to card, not copied: a card paints
 * its bands whole (on the background's own colour) and puts the background
 * back in the rows between them, so it leaves nothing of the card before.
 * The paste and the encoding happen with no await between them, so two cards
 * in flight cannot interleave there.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD, CONTENT_BOX, backgroundTree, fitContent, inkedBands, type CardText, type RowBand, type TitleFit } from './card-layout.ts';
import { cardFonts } from './card-fonts.node.ts';
import { encodePng, paste, scanlines } from './png.node.ts';

const canvases = new Map<string, Promise<{ background: Buffer; canvas: Buffer }>>();

function rasterise(svg: string): { pixels: Buffer; width: number; height: number } {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

function canvasFor(site: string): Promise<{ background: Buffer; canvas: Buffer }> {
  let drawn = canvases.get(site);
  if (!drawn) {
    drawn = satori(backgroundTree(site), { ...CARD, fonts: cardFonts().fonts }).then((svg) => {
      const background = scanlines(rasterise(svg).pixels, CARD.width, CARD.height);
      return { background, canvas: Buffer.from(background) };
    });
    canvases.set(site, drawn);
  }
  return drawn;
}

/** The content box's SVG cut to a band of rows: the same drawing, seen through a shorter viewBox. */
function bandOf(svg: string, band: RowBand): string {
  const root = `<svg width="${CONTENT_BOX.width}" height="${CONTENT_BOX.height}" viewBox="0 0 ${CONTENT_BOX.width} ${CONTENT_BOX.height}"`;
  if (!svg.startsWith(root)) throw new Error('social card: satori drew an unexpected root element');
  return `<svg width="${CONTENT_BOX.width}" height="${band.height}" viewBox="0 ${band.top} ${CONTENT_BOX.width} ${band.height}"${svg.slice(root.length)}`;
}

const rowBytes = CARD.width * 4 + 1;

export async function drawCard(text: CardText): Promise<{ png: Buffer; fit: TitleFit }> {
  const [{ background, canvas }, content] = await Promise.all([canvasFor(text.site), fitContent(text, cardFonts().fonts)]);
  let row = CONTENT_BOX.top;
  for (const band of inkedBands(content.fit)) {
    const top = CONTENT_BOX.top + band.top;
    // The background between the bands: what the card before may have drawn there is gone.
    background.copy(canvas, row * rowBytes, row * rowBytes, top * rowBytes);
    const image = rasterise(bandOf(content.svg, band));
    if (image.width !== CONTENT_BOX.width || image.height !== band.height) throw new Error(`social card: a band drawn at ${image.width}×${image.height}`);
    paste(canvas, CARD.width, image.pixels, image.width, image.height, CONTENT_BOX.left, top);
    row = top + band.height;
  }
  return { png: encodePng(canvas, CARD.width, CARD.height), fit: content.fit };
}
