/**
 * A WordPress blog, brought across: the fixture site has the test export
 * (tests/fixtures/wordpress/export.xml) imported by `npm run import`, and is
 * built at `/` and under `/blog/` (tests/support/build-test-sites.ts). Every
 * old address of every imported post must lead to that post on both, as a
 * reader's browser follows it; an imported post must pass axe.
 */
import { join } from 'node:path';
import { expectAccessibleInBothSchemes } from './support/axe.ts';
import { test, expect } from './support/strict-page.ts';
import { siteUrl } from './support/test-sites.ts';
import { TEST_SITES } from '../support/build-test-sites.ts';
import { readPosts } from '../support/posts.ts';
import { joinBase } from '../../src/lib/base-path.ts';
import { listRedirects } from '../../src/redirects/redirect-list.ts';

/** The old URLs of the imported posts that are published (a draft had none to keep). */
const imported = readPosts(join(TEST_SITES.fixtures.source, 'content/posts')).filter(
  (post) => post.raw.includes('# Imported from WordPress') && post.frontmatter['draft'] !== true,
);
const redirects = listRedirects(imported.map((post) => ({ id: post.id, data: { redirectFrom: post.frontmatter['redirectFrom'] as string[] | undefined } })));
const titleOf = new Map(imported.map((post) => [post.id, String(post.frontmatter['title'])]));

for (const site of ['fixtures', 'fixturesBlog'] as const) {
  const base = TEST_SITES[site].base;
  /** An old URL or a post's path, as served by this build: under its base path. */
  const served = (path: string) => `${new URL(siteUrl(site)).origin}${joinBase(base, path)}`;

  test(`every old address of an imported post leads to it (${base})`, async ({ page, request }) => {
    test.slow(); // one request per old address, then a browser on one of each kind
    expect(imported.length).toBeGreaterThan(20);
    const paths = redirects.filter((r) => r.kind === 'path');
    const ids = redirects.filter((r) => r.kind === 'query');
    expect(paths.length).toBeGreaterThan(20);
    expect(ids.length).toBe(paths.length);

    await test.step('each old path answers with a page that sends the browser to the post', async () => {
      for (const { from, to } of paths) {
        const response = await request.get(served(from));
        expect(response.status(), from).toBe(200);
        const html = await response.text();
        expect(html, from).toContain(`<meta http-equiv="refresh" content="0; url=${joinBase(base, to)}">`);
      }
    });

    await test.step('a browser follows an old path and a ?p= address to the right post', async () => {
      const [path] = paths;
      await page.goto(served(path!.from));
      await page.waitForURL((url) => url.pathname === joinBase(base, path!.to));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf.get(path!.post)!);

      const byId = ids.find((r) => r.post !== path!.post)!;
      await page.goto(served(byId.from));
      await page.waitForURL((url) => url.pathname === joinBase(base, byId.to));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf.get(byId.post)!);
    });
  });
}

test.describe('an imported post', () => {
  test.use({ baseURL: siteUrl('fixtures') });

  test('with figures, galleries, players, a missing image and listings, it passes axe in both schemes', async ({ page }) => {
    for (const slug of ['bond-modes-in-pictures', 'three-ways-to-create-a-vm-network', 'host-side-br0-virbr0-ifcfg', 'rebuilding-home-lab-pictures']) {
      await test.step(slug, async () => {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(`posts/${slug}/`);
        await expectAccessibleInBothSchemes(page, { soft: true });
      });
    }
  });

  test('its downloaded media are the site’s own: players and links to files it serves, nothing from the old site', async ({ page, request }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('posts/rebuilding-home-lab-pictures/');
    const video = page.getByRole('figure').filter({ has: page.locator('video') });
    await expect(video.locator('video')).toHaveAttribute('src', '/media/rebuilding-home-lab-pictures/bond-failover-demo.mp4');
    await expect(video.locator('video')).toHaveAttribute('preload', 'none');
    await expect(page.locator('audio')).toHaveAttribute('src', '/media/rebuilding-home-lab-pictures/light-board-episode-audio.mp3');
    const handout = page.getByRole('link', { name: 'AHV networking handout' });
    await expect(handout).toHaveAttribute('href', '/media/rebuilding-home-lab-pictures/ahv-networking-handout.pdf');
    for (const path of [
      '/media/rebuilding-home-lab-pictures/bond-failover-demo.mp4',
      '/media/rebuilding-home-lab-pictures/bond-demo-poster.png',
      '/media/rebuilding-home-lab-pictures/light-board-episode-audio.mp3',
      '/media/rebuilding-home-lab-pictures/ahv-networking-handout.pdf',
    ])
      expect((await request.get(path.slice(1))).status(), path).toBe(200);
    // The images went through the image pipeline (named after the first file with their bytes: fixtures share some).
    await expect(page.locator('img[alt^="The front of the lab rack"]')).toHaveAttribute('src', /\/_astro\/[\w-]+\.[\w-]+\.webp$/);
    expect(requested.filter((url) => !url.startsWith(new URL(siteUrl('fixtures')).origin))).toEqual([]);
  });
});
