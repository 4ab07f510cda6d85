#!/usr/bin/env node
/**
 * How long `npm run import` takes on a large export: the test export's posts
 * (tests/fixtures/wordpress/export.xml) repeated until there are N of them,
 * each with its own id, slug and date, imported into an empty copy of the
 * content under tests/.tmp/bench-import/ (never into content/).
 *
 * Then how fast media download, from a server on loopback (`--media N` files).
 *
 * Then a Jekyll site of N posts: the test site's (tests/fixtures/jekyll)
 * posts repeated, each with its own name and date, its images and pages
 * along, imported the same way (the goal: 1,000 posts in at most 10 s).
 *
 *   npm run bench:import -- [--n 1000] [--media 500] [--only wordpress|jekyll]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, TMP } from './lib/repo.ts';
import { fetchMedia, type WantedMedia } from '../src/importers/media-fetcher.node.ts';
import { startMediaServer } from '../tests/support/media-server.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, media: { type: 'string', default: '500' }, only: { type: 'string' } } });
const n = Number(values.n);

/** The Jekyll site of the tests with its posts repeated until there are N, imported into an empty copy of the content. */
function benchJekyll(): void {
  const fixture = join(ROOT, 'tests/fixtures/jekyll');
  const dir = join(TMP, 'bench-import-jekyll');
  rmSync(dir, { recursive: true, force: true });
  const site = join(dir, 'old-site');
  cpSync(fixture, site, { recursive: true });
  const postsDir = join(site, '_posts');
  const written = readdirSync(postsDir).filter((name) => /^\d{4}-\d{2}-\d{2}-.+\.md$/.test(name) && !name.startsWith('2099'));
  const posts = written.map((name) => ({ name: name.slice(11), text: readFileSync(join(postsDir, name), 'utf8') }));
  const already = (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[]).filter((path) =>
    /(?:^|\/)(?:_posts\/\d{4}-\d{2}-\d{2}-|_drafts\/)[^/]+\.md$/.test(path),
  ).length;
  for (let i = 0; i < n - already; i++) {
    const { name, text } = posts[i % posts.length]!;
    const day = new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    // Each copy its own post: its own date (in its name, its front matter and so its old address), its own title.
    const copy = text.replace(/^date: .*$/m, `date: ${day} 09:00:00 +0000`).replace(/^title: "?(.*?)"?$/m, (_, title: string) => `title: "${title} (${i})"`);
    writeFileSync(join(postsDir, `${day}-${name.replace(/\.md$/, '')}-${i}.md`), copy.replace(/^redirect_from:\n(?:\s+- .*\n)+/m, ''));
  }
  const root = join(dir, 'site');
  mkdirSync(join(root, 'content/posts'), { recursive: true });
  cpSync(join(ROOT, 'content/tags.yaml'), join(root, 'content/tags.yaml'));
  console.log(`[bench:import] a Jekyll site of ${n} posts into ${root}…`);
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), site, '--root', root], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the import failed:\n${run.stdout}`);
  console.log(run.stdout.trimEnd().split('\n').at(-2));
  console.log(
    `[bench:import] ${n} Jekyll posts imported in ${seconds.toFixed(1)} s (${((seconds / n) * 1000).toFixed(1)} ms a post; the goal: 10 s), the command's start-up included.`,
  );
}

if (values.only === 'jekyll') {
  benchJekyll();
  process.exit(0);
}
const fixture = join(ROOT, 'tests/fixtures/wordpress');
const xml = readFileSync(join(fixture, 'export.xml'), 'utf8');

// The published posts of the export, as written, to copy; everything else is kept once.
const items = [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
const posts = items.filter(
  (item) =>
    item.includes('<wp:post_type><![CDATA[post]]></wp:post_type>') &&
    item.includes('<wp:status><![CDATA[publish]]></wp:status>') &&
    item.includes('<wp:post_password><![CDATA[]]></wp:post_password>'),
);
const copies: string[] = [];
for (let i = 0; copies.length < n; i++) {
  const id = 100000 + i;
  const year = 2010 + (i % 12);
  copies.push(
    posts[i % posts.length]!.replace(/<wp:post_id>\d+<\/wp:post_id>/, `<wp:post_id>${id}</wp:post_id>`)
      .replace(/<wp:post_name><!\[CDATA\[([^\]]*)\]\]><\/wp:post_name>/, (_, name: string) => `<wp:post_name><![CDATA[${name}-${i}]]></wp:post_name>`)
      .replace(/<wp:post_date><!\[CDATA\[\d{4}/, `<wp:post_date><![CDATA[${year}`)
      .replace(/<wp:post_modified><!\[CDATA\[\d{4}/, `<wp:post_modified><![CDATA[${year + 1}`)
      .replace(/<link>[^<]*<\/link>/, `<link>https://oldblog.example.com/?p=${id}</link>`),
  );
}
const big = xml.replace(/<item>[\s\S]*<\/item>/, [...items.filter((item) => !posts.includes(item)), ...copies].join('\n'));

const dir = join(TMP, 'bench-import');
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'content/posts'), { recursive: true });
cpSync(join(ROOT, 'content/tags.yaml'), join(dir, 'content/tags.yaml'));
const exportFile = join(dir, 'export.xml');
writeFileSync(exportFile, big);

console.log(`[bench:import] ${n} posts (${(big.length / 1e6).toFixed(1)} MB of WXR) into ${dir}…`);
const started = performance.now();
const run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), exportFile, '--uploads', join(fixture, 'uploads'), '--no-download', '--root', dir], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) throw new Error(`the import failed:\n${run.stdout}`);
console.log(run.stdout.trimEnd().split('\n').at(-2));
console.log(`[bench:import] ${n} posts imported in ${seconds.toFixed(1)} s (${((seconds / n) * 1000).toFixed(1)} ms a post), the command's start-up included.`);

// Downloads: bounded by the network, not by the importer. Against a server on loopback (the fixture's
// uploads, each file under many names), the rate says what the fetcher itself costs.
const files = Number(values.media);
const mediaDir = join(dir, 'old-site-uploads');
const sources = ['2016/02/bond-active-backup.png', '2017/05/rack-front.png', '2017/05/ahv-networking-handout.pdf', '2017/05/bond-failover-demo.mp4'];
const wanted: WantedMedia[] = [];
for (let i = 0; i < files; i++) {
  const source = sources[i % sources.length]!;
  const path = `bench/${i}-${source.split('/').pop()}`;
  mkdirSync(join(mediaDir, 'bench'), { recursive: true });
  cpSync(join(fixture, 'uploads', source), join(mediaDir, path));
  wanted.push({ url: `https://oldblog.example.com/wp-content/uploads/${path}`, local: [], remote: [] });
}
const server = await startMediaServer(mediaDir);
for (const item of wanted) item.remote.push(item.url.replace('https://oldblog.example.com', server.origin));
const fetchStarted = performance.now();
const outcomes = await fetchMedia(wanted, { cacheDir: join(dir, '.import-cache/media'), download: true });
const fetchSeconds = (performance.now() - fetchStarted) / 1000;
await server.close();
const fetched = [...outcomes.values()].filter((o) => 'file' in o).length;
if (fetched !== files) throw new Error(`${files - fetched} of ${files} downloads failed`);
console.log(
  `[bench:import] ${files} media downloaded from a loopback server in ${fetchSeconds.toFixed(2)} s: ${Math.round(files / fetchSeconds)} media a second, four at a time.`,
);

if (values.only !== 'wordpress') benchJekyll();
