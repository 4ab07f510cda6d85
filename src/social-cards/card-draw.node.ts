/**
 * Draws one card: satori lays out the content box (card-layout.ts), resvg
 * rasterises it, and it is pasted onto the background, which is drawn once
 * per process (per site name) and kept as PNG scanlines.
 *
 * The background's scanlines are reused from card to card, not copied: every
 * card paints the whole content box (on the background's own colour), so a
 * card leaves nothing of the one before. The paste and the encoding happen
 * with no await between them, so two cards in flight cannot interleave there.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD, CONTENT_BOX, backgroundTree, fitContent, type CardText, type TitleFit } from './card-layout.ts';
import { cardFonts } from './card-fonts.node.ts';
import { encodePng, paste, scanlines } from './png.node.ts';

const backgrounds = new Map<string, Promise<Buffer>>();

function rasterise(svg: string): { pixels: Buffer; width: number; height: number } {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

function background(site: string): Promise<Buffer> {
  let drawn = backgrounds.get(site);
  if (!drawn) {
    drawn = satori(backgroundTree(site), { ...CARD, fonts: cardFonts().fonts }).then((svg) => scanlines(rasterise(svg).pixels, CARD.width, CARD.height));
    backgrounds.set(site, drawn);
  }
  return drawn;
}

export async function drawCard(text: CardText): Promise<{ png: Buffer; fit: TitleFit }> {
  const [lines, content] = await Promise.all([background(text.site), fitContent(text, cardFonts().fonts)]);
  const box = rasterise(content.svg);
  if (box.width !== CONTENT_BOX.width || box.height !== CONTENT_BOX.height) throw new Error(`social card: content box drawn at ${box.width}×${box.height}`);
  paste(lines, CARD.width, box.pixels, box.width, box.height, CONTENT_BOX.left, CONTENT_BOX.top);
  return { png: encodePng(lines, CARD.width, CARD.height), fit: content.fit };
}
