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
  test(`${post.id}: at 360 px every label is 11 px or more, and a diagram wider than that scrolls in its box, by keyboard too; at 1280 px all fit their column; light and dark`, async ({
    page,
  }) => {
    const smallestLabelPx = (figure: Element) => {
      const svg = figure.querySelector<SVGSVGElement>('svg.diagram-svg')!;
      const sizes = [...svg.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size')));
      return (Math.min(...sizes) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
    };
    await page.goto(`/posts/${post.id}/`);
    const figures = page.locator('figure.diagram');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 360, height: 800 });
      await test.step(`360 px, ${colorScheme}`, async () => {
        for (const figure of await figures.all()) {
          expect(await figure.evaluate(smallestLabelPx)).toBeGreaterThanOrEqual(10.99);
          const scroller = figure.locator('.diagram-scroll');
          const { scrollWidth, clientWidth } = await scroller.evaluate((box) => ({ scrollWidth: box.scrollWidth, clientWidth: box.clientWidth }));
          const readableWidth = Number(await figure.locator('svg.diagram-svg').getAttribute('data-min-width'));
          expect(scrollWidth > clientWidth, `it scrolls when its readable width (${readableWidth} px) is more than its box's (${clientWidth} px)`).toBe(
            readableWidth > clientWidth,
          );
          expect(await scroller.evaluate((box) => getComputedStyle(box).backgroundImage)).toContain('radial-gradient');
          if (scrollWidth <= clientWidth) {
            await expect(scroller).not.toHaveAttribute('tabindex');
            continue;
          }
          // A tab stop, so the arrow keys scroll it; the shade is the listings' (code-blocks.spec.ts compares its pixels).
          await expect(scroller).toHaveAttribute('tabindex', '0');
          await scroller.focus();
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => scroller.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      });
      await page.setViewportSize({ width: 1280, height: 800 });
      await test.step(`1280 px, ${colorScheme}`, async () => {
        for (const figure of await figures.all()) {
          const scroller = figure.locator('.diagram-scroll');
          await expect.poll(() => scroller.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
          await expect(scroller).not.toHaveAttribute('tabindex');
        }
      });
    }
    await page.setViewportSize({ width: 360, height: 800 });
    await expectAccessibleInBothSchemes(page);
  });

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
      // Its box is the column's width: a diagram wider than that scrolls in it (the test below).
      const box = (await figure.locator('.diagram-scroll').boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await test.step('one label size across the post’s diagrams, on a phone and on a wide screen, never above the natural 16 px', async () => {
      // Each diagram's node labels (Graphviz's 12 pt): their font size in CSS px, and the height of their boxes as drawn.
      const labelSizes = () =>
        figures.evaluateAll((all) =>
          all.map((figure) => {
            const svg = figure.querySelector<SVGSVGElement>('svg.diagram-svg')!;
            const heights = [...svg.querySelectorAll('.node text[font-size="12.00"]')].map((text) => text.getBoundingClientRect().height);
            return { fontPx: (12 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width, drawn: Math.max(...heights) };
          }),
        );
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        const sizes = await labelSizes();
        const fontPx = sizes.map((size) => size.fontPx);
        const drawn = sizes.map((size) => size.drawn);
        expect(Math.max(...fontPx) - Math.min(...fontPx), `${width} px: ${fontPx.join(', ')}`).toBeLessThan(0.05);
        expect(Math.max(...drawn) - Math.min(...drawn), `${width} px: ${drawn.join(', ')}`).toBeLessThan(0.5);
        expect(Math.max(...fontPx), `${width} px`).toBeLessThanOrEqual(16.01);
      }
      await page.setViewportSize({ width: 320, height: 800 });
    });
    await test.step('the full-size viewer shows a diagram at its own size, without the margins that match it to the widest', async () => {
      const widened = page.locator('figure.diagram:has(svg[data-natural-width])').first();
      if ((await widened.count()) === 0) return;
      const svg = widened.locator('svg.diagram-svg');
      const natural = { width: Number(await svg.getAttribute('data-natural-width')), viewBox: await svg.getAttribute('data-natural-view-box') };
      await widened.getByRole('button', { name: 'Open the diagram full size' }).click();
      const shown = page.getByRole('dialog').locator('svg.diagram-svg');
      await expect(shown).toHaveAttribute('viewBox', natural.viewBox!);
      expect(Math.round((await shown.boundingBox())!.width)).toBe(natural.width);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
    });
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

test('on paper the diagram in words is printed open, and the full-size button is not printed', async ({ page }) => {
  await page.goto('/posts/networking-exploration-nutanix-ahv/');
  await page.emulateMedia({ media: 'print' });
  const figure = page.locator('figure.diagram').first();
  await expect(figure.locator('.diagram-text li').first()).toBeVisible();
  await expect(figure.locator('.diagram-text')).toContainText('bond0 → eth2');
  await expect(figure.locator('button.diagram-open')).toBeHidden();
});

// The networking post is accessibility.spec.ts's post page, checked there with these rules and more.
for (const post of withDiagrams.filter((p) => `/posts/${p.id}/` !== pageTypes.post)) {
  test(`axe finds no violations on ${post.id}, with its diagrams, light and dark`, async ({ page }) => {
    test.slow(); // axe's contrast check walks every code token
    await page.goto(`/posts/${post.id}/`);
    await expectAccessibleInBothSchemes(page);
  });
}

test('at 360 px, a diagram opens full size from the keyboard: readable, panned, zoomed, closed back to its button; axe with it open', async ({ page }) => {
  test.slow(); // axe, twice
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/posts/networking-exploration-nutanix-ahv/');
  const figure = page.locator('figure.diagram').first();
  const labelHeight = (scope: typeof figure) =>
    scope
      .locator('svg text')
      .first()
      .evaluate((text) => text.getBoundingClientRect().height);
  // In the column, the labels are drawn at their readable least, smaller than full size: the reason for the button.
  const inColumn = await labelHeight(figure);

  // Tab from whatever can take focus before the diagram reaches its button; Enter opens the viewer.
  const opener = figure.getByRole('button', { name: 'Open the diagram full size' });
  await opener.evaluate((button) => {
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"]')].filter((el) => el.checkVisibility());
    focusable[focusable.indexOf(button as HTMLElement) - 1]!.focus();
  });
  await page.keyboard.press('Tab');
  await expect(opener).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Networking inside the AHV host/ });
  await expect(dialog).toBeVisible();
  const scroller = dialog.getByRole('group', { name: 'The diagram, full size' });
  await expect(scroller).toBeFocused();
  await expect(dialog.getByRole('img')).toHaveAccessibleName(/^Networking inside an AHV host\./);
  const duplicateIds = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicateIds).toEqual([]);

  const readable = await labelHeight(dialog);
  expect(readable).toBeGreaterThanOrEqual(12);
  expect(readable).toBeGreaterThan(inColumn * 1.2);

  await test.step('arrow keys pan: at once with reduced motion, and quick presses add up when smooth', async () => {
    const left = () => scroller.evaluate((element) => element.scrollLeft);
    expect(await left()).toBe(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('ArrowRight');
    expect(await left()).toBe(48);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(left).toBe(144);
  });

  await test.step('+ and − zoom, by key and by button', async () => {
    const level = dialog.locator('output');
    await expect(level).toHaveText('100%');
    await page.keyboard.press('+');
    await expect(level).toHaveText('150%');
    expect(await labelHeight(dialog)).toBeGreaterThan(readable * 1.4);
    await dialog.getByRole('button', { name: 'Zoom out' }).click();
    await expect(level).toHaveText('100%');
    await page.keyboard.press('-');
    await expect(level).toHaveText('75%');
  });

  await test.step('axe, with the viewer open, light and dark', async () => {
    await expectAccessibleInBothSchemes(page);
  });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the diagrams are there and the viewer’s button is not', async ({ page }) => {
    await page.goto('/posts/networking-exploration-nutanix-ahv/');
    await expect(page.locator('figure.diagram svg.diagram-svg')).toBeVisible();
    await expect(page.locator('button[data-diagram-open]')).toBeHidden();
  });
});
