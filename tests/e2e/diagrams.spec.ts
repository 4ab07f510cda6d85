import { test, expect } from './support/strict-page.ts';
import { expectAccessibleInBothSchemes } from './support/axe.ts';
import { pageTypes, posts } from './support/site-pages.ts';

const withDiagrams = posts.filter((p) => p.diagrams > 0);

test('the redrawn diagrams are where the old posts had their pictures', () => {
  expect(Object.fromEntries(withDiagrams.map((p) => [p.id, p.diagrams]))).toEqual({
    'ahv-ovs-light-board-part-3': 2,
    'networking-exploration-nutanix-ahv': 1,
    'nutanix-ahv-best-practices-guide': 4,
  });
});

for (const post of withDiagrams) {
  test(`${post.id}: ${post.diagrams} inline SVG diagrams with caption and text alternative, 320 px, light and dark`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/posts/${post.id}/`);
    const figures = page.locator('figure.diagram');
    await expect(figures).toHaveCount(post.diagrams);
    for (const figure of await figures.all()) {
      const svg = figure.locator('svg.diagram-svg');
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(figure.locator('figcaption')).not.toBeEmpty();
      // The accessible name is the author's description, the topology is its description.
      const label = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent ?? '');
      expect(label.length).toBeGreaterThan(40);
      const connections = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.querySelectorAll('li').length ?? 0);
      expect(connections).toBeGreaterThan(2);
      // Scaled to the column.
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Painted by the site's scheme, in both, rather than black on white.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const fills = await figures.evaluateAll((all) => all.map((figure) => getComputedStyle(figure.querySelector('svg text')!).fill));
      const bodyColor = await page.evaluate(() => getComputedStyle(document.body).color);
      expect(fills, scheme).toEqual(fills.map(() => bodyColor));
    }
  });
}

test('the networking diagram, in words, names the path from the CVM to the physical network', async ({ page }) => {
  await page.goto('/posts/networking-exploration-nutanix-ahv/');
  const figure = page.locator('figure.diagram').first();
  await figure.locator('summary').click();
  const words = figure.locator('.diagram-text');
  for (const link of [
    'eth0 → vnet0',
    'vnet0 → bridge br0',
    'eth1 192.168.5.2 → vnet1',
    'vnet1 → virbr0 (Linux bridge) 192.168.5.1',
    'tap345 tag: 32 → bridge br0',
    'bond0 → eth2',
    'bond0 → eth3',
  ]) {
    await expect(words).toContainText(link);
  }
});

// The networking post is accessibility.spec.ts's post page, checked there with these rules and more.
for (const post of withDiagrams.filter((p) => `/posts/${p.id}/` !== pageTypes.post)) {
  test(`axe finds no violations on ${post.id}, with its diagrams, light and dark`, async ({ page }) => {
    test.slow(); // axe's contrast check walks every code token
    await page.goto(`/posts/${post.id}/`);
    await expectAccessibleInBothSchemes(page);
  });
}
