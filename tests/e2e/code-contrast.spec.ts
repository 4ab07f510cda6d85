/**
 * Every highlighted token of every listing, in both schemes, against the
 * background it is actually drawn on (marked and annotated lines included):
 * WCAG AA, 4.5:1.
 */
import { test, expect } from './support/strict-page.ts';
import { MIGRATED_POSTS, readPublishedPosts } from '../support/posts.ts';

const postsWithCode = readPublishedPosts()
  .filter((p) => p.listings.some((l) => l.lang !== 'dot'))
  .map((p) => `/posts/${p.id}/`);

/** The system's two schemes, and the dark theme picked with the toggle against a light system (its own CSS path). */
const THEMES = ['light', 'dark', 'dark picked with the toggle'] as const;

for (const theme of THEMES) {
  for (const path of postsWithCode) {
    test(`every code token on ${path} meets 4.5:1 in ${theme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
      await page.goto(path);
      if (theme === 'dark picked with the toggle') {
        await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
      // Open the collapsed stretches so their tokens are measured too.
      await page.locator('.code-collapse').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const results = await page.evaluate(() => {
        const parse = (color: string) => {
          const m = color.match(/[\d.]+/g)!.map(Number);
          return { r: m[0]!, g: m[1]!, b: m[2]!, a: m[3] ?? 1 };
        };
        const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
          const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const background = (el: Element | null): { r: number; g: number; b: number } => {
          for (let node = el; node; node = node.parentElement) {
            const bg = parse(getComputedStyle(node).backgroundColor);
            if (bg.a > 0) return bg;
          }
          return { r: 255, g: 255, b: 255 };
        };
        const spans = [...document.querySelectorAll('.code-block .line, .code-block .line span')].filter((el) =>
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
        );
        return spans.map((el) => {
          const fg = parse(getComputedStyle(el).color);
          const l1 = luminance(fg);
          const l2 = luminance(background(el));
          const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
          return { text: el.textContent!.slice(0, 40), className: el.className, ratio };
        });
      });
      // The migrated posts' listings are long: a short count there means tokens were missed. A new post may be short.
      expect(results.length).toBeGreaterThan(path.slice('/posts/'.length, -1) in MIGRATED_POSTS ? 50 : 0);
      const failing = results.filter((r) => r.ratio < 4.5).map((r) => `${r.className} "${r.text}" ${r.ratio.toFixed(2)}:1`);
      expect(failing).toEqual([]);
    });
  }
}
