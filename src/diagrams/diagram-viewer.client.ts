/**
 * The full-size diagram viewer. Scaled to a phone's column, a diagram's labels
 * shrink to a few pixels; each diagram's "Open the diagram full size" button
 * (rendered hidden by diagram-transformer.ts, shown here) opens it in a modal
 * <dialog> at its natural size, Graphviz's 12 pt labels at 16 px, where it
 * pans (scroll, drag, arrow keys) and zooms (+ and −, ctrl+wheel, pinch).
 * Escape or Close closes it and focus returns to the button.
 *
 * The dialog shows a copy of the SVG without its id, so ids stay unique; the
 * copy keeps role="img" and the aria-labelledby/-describedby that name it
 * from the figure's own text. Styles are in src/styles/diagram.css (the CSP
 * allows setting element.style from a script, not style attributes in HTML).
 */

/** The steps of the + and − buttons and keys; pinch and ctrl+wheel zoom freely between the ends. */
const ZOOM_STEPS = [0.5, 0.75, 1, 1.5, 2, 3, 4] as const;
const MIN_ZOOM = ZOOM_STEPS[0];
const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
/** Pixels an arrow key pans, about what a browser scrolls a page. */
const PAN_STEP = 48;
const PAN_KEYS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

interface Viewer {
  dialog: HTMLDialogElement;
  title: HTMLElement;
  scroller: HTMLElement;
  zoomOut: HTMLButtonElement;
  zoomIn: HTMLButtonElement;
  level: HTMLOutputElement;
}

interface Shown {
  viewer: Viewer;
  opener: HTMLButtonElement;
  svg: SVGSVGElement;
  /** CSS pixels wide at zoom 1: the width attribute graphviz.node.ts wrote (kept in data-natural-width when shared-scale.ts widened it). */
  naturalWidth: number;
  zoom: number;
}

let viewer: Viewer | undefined;
let shown: Shown | undefined;

/**
 * Where the last arrow key sent the view, while a smooth scroll may still be on its way there:
 * keys pressed in quick succession add up rather than each restarting from where the animation is.
 */
let panTarget: { left: number; top: number; at: number } | undefined;

function panBy(scroller: HTMLElement, dx: number, dy: number): void {
  const now = performance.now();
  const from = panTarget && now - panTarget.at < 500 ? panTarget : { left: scroller.scrollLeft, top: scroller.scrollTop };
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), Math.max(max, 0));
  panTarget = {
    left: clamp(from.left + dx, scroller.scrollWidth - scroller.clientWidth),
    top: clamp(from.top + dy, scroller.scrollHeight - scroller.clientHeight),
    at: now,
  };
  // Smooth or instant as diagram.css says: smooth unless the reader prefers reduced motion.
  scroller.scrollTo({ left: panTarget.left, top: panTarget.top });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  if (text) made.textContent = text;
  return made;
}

function controlButton(text: string, label?: string): HTMLButtonElement {
  const button = element('button', 'diagram-control', text);
  button.type = 'button';
  if (label) button.setAttribute('aria-label', label);
  return button;
}

/** Zoom to `next`, keeping the point at `anchor` (in the scroller's box; default its centre) where it is. */
function setZoom(next: number, anchor?: { x: number; y: number }): void {
  if (!shown) return;
  const { viewer, svg } = shown;
  const { scroller } = viewer;
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, next));
  const x = anchor?.x ?? scroller.clientWidth / 2;
  const y = anchor?.y ?? scroller.clientHeight / 2;
  const ratio = zoom / shown.zoom;
  const left = (scroller.scrollLeft + x) * ratio - x;
  const top = (scroller.scrollTop + y) * ratio - y;
  shown.zoom = zoom;
  panTarget = undefined;
  svg.style.width = `${Math.round(shown.naturalWidth * zoom)}px`;
  scroller.scrollTo({ left, top, behavior: 'instant' });
  viewer.level.value = `${Math.round(zoom * 100)}%`;
  // aria-disabled rather than disabled: a disabled button would drop the focus it holds.
  viewer.zoomOut.setAttribute('aria-disabled', String(zoom <= MIN_ZOOM));
  viewer.zoomIn.setAttribute('aria-disabled', String(zoom >= MAX_ZOOM));
}

function stepZoom(direction: 1 | -1): void {
  if (!shown) return;
  const current = shown.zoom;
  const next = direction > 0 ? ZOOM_STEPS.find((z) => z > current + 0.01) : ZOOM_STEPS.findLast((z) => z < current - 0.01);
  if (next !== undefined) setZoom(next);
}

function pointIn(scroller: HTMLElement, clientX: number, clientY: number): { x: number; y: number } {
  const box = scroller.getBoundingClientRect();
  return { x: clientX - box.left, y: clientY - box.top };
}

/** Mouse drag pans (touch pans natively); two fingers pinch-zoom; ctrl+wheel (and a trackpad's pinch) zooms. */
function listenForPointer(scroller: HTMLElement): void {
  let drag: { x: number; y: number; left: number; top: number } | undefined;
  scroller.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, left: scroller.scrollLeft, top: scroller.scrollTop };
    scroller.setPointerCapture(event.pointerId);
    scroller.classList.add('is-dragging');
  });
  scroller.addEventListener('pointermove', (event) => {
    if (!drag) return;
    scroller.scrollTo({ left: drag.left - (event.clientX - drag.x), top: drag.top - (event.clientY - drag.y), behavior: 'instant' });
  });
  const endDrag = () => {
    drag = undefined;
    scroller.classList.remove('is-dragging');
  };
  scroller.addEventListener('pointerup', endDrag);
  scroller.addEventListener('pointercancel', endDrag);

  scroller.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey || !shown) return;
      event.preventDefault();
      setZoom(shown.zoom * Math.exp(-event.deltaY / 300), pointIn(scroller, event.clientX, event.clientY));
    },
    { passive: false },
  );

  let pinch: { spread: number; zoom: number } | undefined;
  const spreadOf = (touches: TouchList) => Math.hypot(touches[0]!.clientX - touches[1]!.clientX, touches[0]!.clientY - touches[1]!.clientY);
  scroller.addEventListener(
    'touchstart',
    (event) => {
      if (event.touches.length === 2 && shown) pinch = { spread: spreadOf(event.touches), zoom: shown.zoom };
    },
    { passive: true },
  );
  scroller.addEventListener(
    'touchmove',
    (event) => {
      if (!pinch || event.touches.length !== 2) return;
      event.preventDefault();
      const [a, b] = [event.touches[0]!, event.touches[1]!];
      setZoom((pinch.zoom * spreadOf(event.touches)) / pinch.spread, pointIn(scroller, (a.clientX + b.clientX) / 2, (a.clientY + b.clientY) / 2));
    },
    { passive: false },
  );
  scroller.addEventListener('touchend', (event) => {
    if (event.touches.length < 2) pinch = undefined;
  });
}

function createViewer(): Viewer {
  const dialog = element('dialog', 'diagram-dialog');
  dialog.setAttribute('aria-labelledby', 'diagram-dialog-title');
  const bar = element('div', 'diagram-dialog-bar');
  const title = element('h2', 'diagram-dialog-title');
  title.id = 'diagram-dialog-title';
  const controls = element('div', 'diagram-dialog-controls');
  const zoomOut = controlButton('−', 'Zoom out');
  const level = element('output', 'diagram-zoom-level');
  const zoomIn = controlButton('+', 'Zoom in');
  const close = controlButton('Close');
  controls.append(zoomOut, level, zoomIn, close);
  const touch = window.matchMedia('(pointer: coarse)').matches;
  const hint = element(
    'p',
    'diagram-dialog-hint',
    touch ? 'Drag to move around; pinch, + or − to zoom.' : 'Drag, scroll or use the arrow keys to move around; + and − zoom.',
  );
  hint.id = 'diagram-dialog-hint';
  bar.append(title, controls, hint);
  // Focusable, so the arrow keys and a screen reader's cursor reach it; named for what it holds.
  const scroller = element('div', 'diagram-dialog-scroll');
  scroller.tabIndex = 0;
  scroller.setAttribute('role', 'group');
  scroller.setAttribute('aria-label', 'The diagram, full size');
  scroller.setAttribute('aria-describedby', hint.id);
  dialog.append(bar, scroller);

  zoomOut.addEventListener('click', () => stepZoom(-1));
  zoomIn.addEventListener('click', () => stepZoom(1));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', (event) => {
    if (event.altKey || event.metaKey || event.ctrlKey) return;
    const pan = PAN_KEYS[event.key];
    if (pan) panBy(scroller, pan[0] * PAN_STEP, pan[1] * PAN_STEP);
    else if (event.key === '+' || event.key === '=') stepZoom(1);
    else if (event.key === '-' || event.key === '_') stepZoom(-1);
    else if (event.key === '0') setZoom(1);
    else return;
    event.preventDefault();
  });
  // Escape closes a modal dialog natively; either way, focus goes back to the button that opened it.
  dialog.addEventListener('close', () => {
    const opener = shown?.opener;
    shown?.svg.remove();
    shown = undefined;
    opener?.focus();
  });
  listenForPointer(scroller);
  // Inside <main>, with the rest of the page's content.
  (document.querySelector('main') ?? document.body).append(dialog);
  return { dialog, title, scroller, zoomOut, zoomIn, level };
}

function open(opener: HTMLButtonElement): void {
  const figure = opener.closest('figure.diagram');
  const source = figure?.querySelector<SVGSVGElement>('svg.diagram-svg');
  if (!figure || !source) return;
  viewer ??= createViewer();
  const svg = source.cloneNode(true) as SVGSVGElement;
  svg.removeAttribute('id');
  // The least width the page gives it (diagram-fit.client.ts) is for the column: here it zooms out freely.
  svg.style.removeProperty('--readable-width');
  // On the page it may have the margins that give a post's diagrams one scale (shared-scale.ts); here, its own size.
  const naturalViewBox = source.dataset['naturalViewBox'];
  if (naturalViewBox) svg.setAttribute('viewBox', naturalViewBox);
  viewer.title.textContent = figure.querySelector('figcaption')?.textContent ?? 'Diagram';
  viewer.scroller.replaceChildren(svg);
  shown = {
    viewer,
    opener,
    svg,
    naturalWidth: Number(source.dataset['naturalWidth'] ?? source.getAttribute('width')) || svg.viewBox.baseVal.width * (4 / 3),
    zoom: 1,
  };
  viewer.dialog.showModal();
  setZoom(1);
  viewer.scroller.scrollTo({ left: 0, top: 0, behavior: 'instant' });
  viewer.scroller.focus();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-diagram-open]')) {
  button.hidden = false;
  button.addEventListener('click', () => open(button));
}
