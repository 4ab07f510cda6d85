/**
 * Where the browser tests find the sites that tests/support/build-test-sites.ts
 * builds: each is served by scripts/serve.ts on its own port. One Playwright
 * project runs them all, and a file picks its site with
 * `test.use({ baseURL: siteUrl('fixtures') })`: unlike a second project, that
 * needs no second set of workers and browsers.
 */
import { TEST_SITES } from '../../support/build-test-sites.ts';

const FIRST_PORT = Number(process.env['E2E_PORT'] ?? 4322);

export type TestSite = keyof typeof TEST_SITES;

export const SERVED_SITES = (Object.keys(TEST_SITES) as TestSite[]).map((name, i) => ({
  name,
  dir: TEST_SITES[name].dir,
  base: TEST_SITES[name].base,
  port: FIRST_PORT + i,
}));

export function siteUrl(name: TestSite): string {
  const { port, base } = SERVED_SITES.find((site) => site.name === name)!;
  return `http://localhost:${port}${base}`;
}
