/**
 * Runs on the site built under /blog/: a reader subscribes from a tag or
 * series page, and the served feeds parse in the browser's own (strict) XML
 * parser and carry the post's listings in full.
 */
import { test, expect } from './support/strict-page.ts';
import { siteUrl } from './support/test-sites.ts';

test.use({ baseURL: siteUrl('blog') });

/** The whole `netstat -r` listing of the networking post, prompt included, as the author wrote it. */
const NETSTAT = [
  '[root@DRM-3060-G4-1-1 ~]# netstat -r ',
  'Kernel IP routing table',
  'Destination  Gateway Genmask       Flags MSS Window irtt Iface',
  '192.168.5.0  *       255.255.255.0 U     0 0 0           virbr0',
  '10.59.30.0   *       255.255.254.0 U     0 0 0           br0',
  'link-local   *       255.255.0.0   U     0 0 0           eth0',
  'link-local   *       255.255.0.0   U     0 0 0           eth1',
  'link-local   *       255.255.0.0   U     0 0 0           eth2',
  'link-local   *       255.255.0.0   U     0 0 0           eth3',
  'link-local   *       255.255.0.0   U     0 0 0           br0',
  'default      10.59.30.1 0.0.0.0    UG    0 0 0           br0',
].join('\n');

test('the site, tag and series feeds parse and carry whole listings; the pages link to theirs', async ({ page, baseURL }) => {
  await page.goto('tags/open-vswitch/');
  const tagFeed = page.getByRole('link', { name: 'RSS feed of posts tagged “Open vSwitch”' });
  await expect(tagFeed).toHaveAttribute('href', '/blog/tags/open-vswitch/rss.xml');
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);

  await page.goto('series/ahv-ovs-light-board/');
  await expect(page.getByRole('link', { name: 'RSS feed of this series' })).toHaveAttribute('href', '/blog/series/ahv-ovs-light-board/rss.xml');

  for (const feed of ['rss.xml', 'tags/open-vswitch/rss.xml', 'series/ahv-ovs-light-board/rss.xml']) {
    const parsed = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
      const items = [...doc.querySelectorAll('channel > item')];
      const bodies = items.map((item) => {
        const html = item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0]?.textContent ?? '';
        return new DOMParser().parseFromString(html, 'text/html');
      });
      return {
        status: response.status,
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.nodeName,
        links: items.map((item) => item.querySelector('link')?.textContent ?? ''),
        codes: bodies.flatMap((body) => [...body.querySelectorAll('pre > code')].map((code) => code.textContent ?? '')),
        captions: bodies.flatMap((body) => [...body.querySelectorAll('figure > figcaption')].map((caption) => caption.textContent ?? '')),
        svgs: bodies.reduce((sum, body) => sum + body.querySelectorAll('svg').length, 0),
      };
    }, new URL(feed, baseURL).href);
    expect(parsed, feed).toMatchObject({ status: 200, errors: 0, root: 'rss', svgs: 0 });
    expect(parsed.links.length, feed).toBeGreaterThan(0);
    for (const link of parsed.links) expect(link, feed).toMatch(/^https:\/\/notes\.example\.org\/blog\/posts\/[^/]+\/$/);
    if (feed.startsWith('series/')) {
      // The series' posts have diagrams, no listings: their text alternative and caption stand in.
      expect(parsed.captions, feed).toContain('The default VLAN configuration we recommend: no VLAN tag on the AHV host or the CVM.');
    } else {
      expect(parsed.codes.includes(NETSTAT), feed).toBe(true);
    }
  }
});
