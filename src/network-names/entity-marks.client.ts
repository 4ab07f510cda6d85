/**
 * Follow one network name through a post: pointing at br0, focusing it or
 * tapping it marks every place the post names br0, in each listing and in
 * the diagrams, and the panel (EntityMarks.astro) says how many and walks
 * through them. The places are the links entity-links-html.ts left in the
 * listings (`a.entity`, each one or more names) and the diagram groups with
 * `data-entity`.
 *
 * Keys, with focus on a name in a listing (the listing itself is the one tab
 * stop; ↓ from it enters its names):
 *   → ←  the next / previous place of the marked name, across the post
 *   ↓ ↑  the next / previous name in this listing
 *   Esc  clears the marks and goes back to the listing
 * Enter follows the link to the name's page, as a click with a modifier does;
 * a plain click or tap marks instead (the panel links the page).
 */
import { entityNameOfSlug, type EntityKind } from './entity.ts';

type Place = HTMLAnchorElement | SVGGElement;

const body = document.querySelector<HTMLElement>('.post-body');
const panel = document.querySelector<HTMLElement>('[data-entity-panel]');
const status = panel?.querySelector<HTMLElement>('[data-entity-status]');
const pageLink = panel?.querySelector<HTMLAnchorElement>('[data-entity-page]');

/** A link's keys: its page's kind/slug (the last two segments of its path), then the names inside it. */
function keysOf(place: Element): string[] {
  if (place instanceof HTMLAnchorElement) {
    const [kind, slug] = new URL(place.href).pathname.split('/').filter(Boolean).slice(-2);
    return [`${kind}/${slug}`, ...(place.dataset['also']?.split(' ') ?? [])];
  }
  return place.getAttribute('data-entity')?.split(' ') ?? [];
}

const placeOf = (target: EventTarget | null): Place | null =>
  target instanceof Element ? (body?.contains(target) ? target.closest<Place>('a.entity, g[data-entity]') : null) : null;

const byKey = new Map<string, Place[]>();
for (const place of body?.querySelectorAll<Place>('a.entity, g[data-entity]') ?? []) {
  if (place instanceof SVGGElement) place.setAttribute('tabindex', '-1');
  for (const key of keysOf(place)) byKey.set(key, [...(byKey.get(key) ?? []), place]);
}

/** The name a reader walks (pinned by focus or a tap), and where in its places they are. */
let pinned: { key: string; at: number } | undefined;
let marked: Place[] = [];

function nameOf(key: string): string {
  const slash = key.indexOf('/');
  const kind = key.slice(0, slash) as EntityKind;
  const name = entityNameOfSlug(kind, key.slice(slash + 1));
  return kind === 'vlan' ? `VLAN ${name}` : name;
}

function show(key: string | undefined, current?: Place): void {
  for (const place of marked) place.classList.remove('entity-marked', 'entity-current');
  marked = key ? (byKey.get(key) ?? []) : [];
  for (const place of marked) place.classList.add('entity-marked');
  current?.classList.add('entity-current');
  if (!panel || !status || !pageLink) return;
  panel.hidden = !key;
  if (!key) return;
  const count = marked.length;
  const at = current ? marked.indexOf(current) + 1 : 0;
  status.textContent = `${nameOf(key)}: ${count} ${count === 1 ? 'place' : 'places'} in this post${at ? ` (${at} of ${count})` : ''}`;
  const link = marked.find((place): place is HTMLAnchorElement => place instanceof HTMLAnchorElement && keysOf(place)[0] === key);
  pageLink.hidden = !link;
  if (link) pageLink.href = link.href;
}

function pin(place: Place, key = keysOf(place)[0]): void {
  if (!key) return;
  pinned = { key, at: byKey.get(key)?.indexOf(place) ?? 0 };
  show(key, place);
}

function clear(): void {
  pinned = undefined;
  show(undefined);
}

/**
 * Brings a place into view, clear of the panel: centred when it is out of sight or under the panel, else only sideways
 * in its listing. The panel covers the text only where it spans it (on a wide screen it sits beside the text).
 */
function reveal(place: Place): void {
  const box = place.getBoundingClientRect();
  // Its listing or diagram, whose width the place may scroll across.
  const frame = (place.closest('figure') ?? place).getBoundingClientRect();
  const over = panel && !panel.hidden ? panel.getBoundingClientRect() : undefined;
  const bottom = over && over.left < frame.right && over.right > frame.left ? over.top - 16 : window.innerHeight;
  place.scrollIntoView({ block: box.top < 0 || box.bottom > bottom ? 'center' : 'nearest', inline: 'nearest' });
}

/** Focus a place, opening a collapsed stretch of its listing first. */
function go(place: Place, key?: string): void {
  for (let details = place.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
  pin(place, key);
  place.focus({ preventScroll: true });
  reveal(place);
}

function step(by: number): void {
  if (!pinned) return;
  const places = byKey.get(pinned.key) ?? [];
  const next = places[(pinned.at + by + places.length) % places.length];
  if (next) go(next, pinned.key);
}

body?.addEventListener('mouseover', (event) => {
  const place = placeOf(event.target);
  if (place && !pinned) show(keysOf(place)[0], undefined);
});
body?.addEventListener('mouseout', (event) => {
  if (pinned || !placeOf(event.target) || placeOf(event.relatedTarget)) return;
  show(undefined);
});
body?.addEventListener('focusin', (event) => {
  const place = placeOf(event.target);
  // A walk through eth2 may land on eth2.32: it stays eth2's walk.
  if (place) pin(place, pinned && keysOf(place).includes(pinned.key) ? pinned.key : undefined);
});
body?.addEventListener('click', (event) => {
  const place = placeOf(event.target);
  // A keyboard's Enter (detail 0) and a click with a modifier follow the link.
  if (!place || event.detail === 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go(place);
});

document.addEventListener('keydown', (event) => {
  const active = document.activeElement;
  if (event.key === 'Escape' && (pinned || marked.length > 0)) {
    const place = placeOf(active);
    clear();
    place?.closest<HTMLElement>('.code-scroll, figure')?.focus();
    return;
  }
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const place = placeOf(active);
  const listing = place ? place.closest('.code-scroll') : active instanceof HTMLElement && active.matches('.code-scroll') ? active : null;
  const names = [...(listing?.querySelectorAll<HTMLAnchorElement>('a.entity') ?? [])];
  let target: Place | undefined;
  if (place && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
    event.preventDefault();
    step(event.key === 'ArrowRight' ? 1 : -1);
    return;
  }
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const at = place instanceof HTMLAnchorElement ? names.indexOf(place) : -1;
    target = place ? names[at + (event.key === 'ArrowDown' ? 1 : -1)] : event.key === 'ArrowDown' ? names[0] : undefined;
  }
  if (target) {
    event.preventDefault();
    pinned = undefined;
    go(target);
  }
});

panel?.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  if (button?.dataset['entityStep']) step(Number(button.dataset['entityStep']));
  else if (button?.hasAttribute('data-entity-clear')) clear();
});
