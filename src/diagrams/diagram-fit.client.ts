/**
 * A diagram on a phone keeps its labels readable: it shrinks with the column
 * down to the width at which its smallest label is READABLE_LABEL_PX
 * (data-min-width, from shared-scale.ts), and past that its box scrolls
 * sideways, shaded at the edge it scrolls past (diagram.css). A box that
 * scrolls takes the keyboard focus, so the arrow keys scroll it too; one that
 * fits is no tab stop. Without this script a diagram shrinks to the column,
 * and its full-size viewer and its words remain.
 *
 * The width is set as element.style: the CSP allows that from a script, not
 * style attributes in the HTML.
 */
const boxes = [...document.querySelectorAll<HTMLElement>('.diagram-scroll')];

// As a custom property: diagram.css applies it on narrow screens only. A wide screen's column is a few px short of it
// at most, and a diagram scrolling by those few px would be worse than labels a tenth of a pixel smaller.
for (const box of boxes) {
  const svg = box.querySelector<SVGSVGElement>(':scope > svg.diagram-svg');
  const minWidth = Number(svg?.dataset['minWidth']);
  if (svg && minWidth > 0) svg.style.setProperty('--readable-width', `${minWidth}px`);
}

const focusable = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    const box = target as HTMLElement;
    if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  }
});
for (const box of boxes) focusable.observe(box);
