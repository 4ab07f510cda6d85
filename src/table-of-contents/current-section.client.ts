/**
 * Marks the contents link of the section being read with aria-current="true"
 * (components/TableOfContents.astro, loaded only on posts with contents).
 *
 * The section being read is the one whose heading was last passed by a
 * reading line, 30% down the window; at the end of the post, where the last
 * headings can never reach that line, the last heading in view. An
 * IntersectionObserver says when to look again: every block of the post body
 * crossing the band above the line, and the end of the body coming into view
 * (what follows it entering the window).
 * Any scroll, a jump by a link or the End key moves one of them across. Then
 * the headings are measured once; between crossings nothing runs.
 */
const READING_LINE = 0.3;

const toc = document.querySelector<HTMLElement>('[data-toc]');
const body = document.querySelector<HTMLElement>('.post-body');

if (toc && body) {
  const sections = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
    const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return heading ? [{ link, heading }] : [];
  });
  let current: HTMLAnchorElement | undefined;

  /** In the sidebar, taller than the window, the marked link is scrolled into the sidebar's view (never the page's). */
  const keepInView = (link: HTMLAnchorElement) => {
    if (toc.scrollHeight <= toc.clientHeight) return;
    const box = toc.getBoundingClientRect();
    const at = link.getBoundingClientRect();
    if (at.top < box.top || at.bottom > box.bottom) toc.scrollTop += at.top - box.top - box.height / 2;
  };

  const mark = () => {
    const atEnd = body.getBoundingClientRect().bottom <= window.innerHeight;
    const line = atEnd ? window.innerHeight : window.innerHeight * READING_LINE;
    const reached = sections.filter(({ heading }) => heading.getBoundingClientRect().top <= line).at(-1)?.link;
    if (reached === current) return;
    current?.removeAttribute('aria-current');
    reached?.setAttribute('aria-current', 'true');
    current = reached;
    if (reached) keepInView(reached);
  };

  const band = new IntersectionObserver(mark, { rootMargin: `0px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px` });
  for (const block of body.children) band.observe(block);
  // What follows the body (the link back to the top) comes into view just as the body's end does.
  const after = body.nextElementSibling;
  if (after) new IntersectionObserver(mark).observe(after);
}
