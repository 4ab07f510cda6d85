/**
 * The media fetcher (src/importers/media-fetcher.node.ts) against a real
 * HTTP server on loopback (tests/support/media-server.ts) serving the
 * WordPress fixture's uploads: downloads a few at a time, retries what
 * fails for a while, gives up on what is not there, follows redirects, and
 * a second run downloads nothing. No test here reaches past 127.0.0.1.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../../../scripts/lib/repo.ts';
import { cachePath, fetchMedia, type FetchProgress, type WantedMedia } from '../../../src/importers/media-fetcher.node.ts';
import { startMediaServer } from '../../support/media-server.ts';

const UPLOADS = join(ROOT, 'tests/fixtures/wordpress/uploads');
const FILES = [
  '2016/02/bond-active-backup.png',
  '2016/02/bond-balance-slb.png',
  '2016/02/lacp-negotiation.png',
  '2017/05/rack-front.png',
  '2017/05/rack-back.png',
  '2017/05/switch-ports.png',
  '2017/05/bond-failover-demo.mp4',
  '2017/05/ahv-networking-handout.pdf',
];
const FAST = { retryDelayMs: 10, timeoutMs: 2_000 };

function wanted(origin: string, ...paths: string[]): WantedMedia[] {
  return paths.map((path) => ({ url: `https://oldblog.example.com/wp-content/uploads/${path}`, local: [], remote: [`${origin}/wp-content/uploads/${path}`] }));
}

async function withServer(
  behaviour: Parameters<typeof startMediaServer>[1],
  run: (origin: string, server: Awaited<ReturnType<typeof startMediaServer>>, cacheDir: string) => Promise<void>,
) {
  const server = await startMediaServer(UPLOADS, behaviour);
  const cacheDir = mkdtempSync(join(tmpdir(), 'media-cache-'));
  try {
    await run(server.origin, server, cacheDir);
  } finally {
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

test('downloads every file, at most four at a time, with a progress report per file; a second run downloads nothing', async () => {
  await withServer({ slow: Object.fromEntries(FILES.map((file) => [file, 50])) }, async (origin, server, cacheDir) => {
    const progress: FetchProgress[] = [];
    const first = await fetchMedia(wanted(origin, ...FILES), { cacheDir, download: true, ...FAST, onProgress: (p) => progress.push(p) });
    assert.deepEqual(
      [...first.values()].map((o) => ('file' in o ? o.from : o.missing)),
      FILES.map(() => 'download'),
    );
    for (const [index, file] of FILES.entries()) {
      const outcome = first.get(wanted(origin, file)[0]!.url)!;
      assert.ok('file' in outcome);
      assert.deepEqual(readFileSync(outcome.file), readFileSync(join(UPLOADS, file)), FILES[index]);
    }
    assert.ok(server.maxConcurrent > 1 && server.maxConcurrent <= 4, `at most 4 at once, and more than one: ${server.maxConcurrent}`);
    assert.deepEqual(progress.at(-1), { done: FILES.length, total: FILES.length, downloaded: FILES.length, failed: 0 });
    assert.equal(progress.length, FILES.length);

    const asked = server.requests.length;
    const second = await fetchMedia(wanted(origin, ...FILES), { cacheDir, download: true, ...FAST });
    assert.equal(server.requests.length, asked, 'the second run asked the server for nothing');
    assert.deepEqual(
      [...second.values()].map((o) => ('file' in o ? o.from : o.missing)),
      FILES.map(() => 'cache'),
    );
  });
});

test('a 404 is asked once and reported; a resized copy is fetched when the original is not there', async () => {
  await withServer({}, async (origin, server, cacheDir) => {
    const missing = '2017/05/no-such-diagram.png';
    const resized: WantedMedia = {
      url: 'https://oldblog.example.com/wp-content/uploads/2016/02/acropolis_custom_vlan-300x200.png',
      local: [],
      remote: [
        `${origin}/wp-content/uploads/2016/02/acropolis_custom_vlan-999x999.png`,
        `${origin}/wp-content/uploads/2016/02/acropolis_custom_vlan-300x200.png`,
      ],
    };
    const outcomes = await fetchMedia([...wanted(origin, missing), resized], { cacheDir, download: true, ...FAST });
    assert.deepEqual(outcomes.get(wanted(origin, missing)[0]!.url), { missing: 'the old site answered HTTP 404', url: wanted(origin, missing)[0]!.url });
    assert.equal(server.requests.filter((path) => path.endsWith('no-such-diagram.png')).length, 1, 'not retried');
    const found = outcomes.get(resized.url)!;
    assert.ok('file' in found && found.from === 'download');
    assert.deepEqual(readFileSync(found.file), readFileSync(join(UPLOADS, '2016/02/acropolis_custom_vlan-300x200.png')));
  });
});

test('a busy server is asked again; one that stays busy is given up after three tries', async () => {
  const flaky = '2017/05/rack-back.png';
  const down = '2017/05/switch-ports.png';
  await withServer({ failFirst: { [flaky]: 2, [down]: 99 } }, async (origin, server, cacheDir) => {
    const outcomes = await fetchMedia(wanted(origin, flaky, down), { cacheDir, download: true, ...FAST });
    assert.ok('file' in outcomes.get(wanted(origin, flaky)[0]!.url)!, 'downloaded on the third try');
    assert.deepEqual(outcomes.get(wanted(origin, down)[0]!.url), { missing: 'the old site answered HTTP 503 (3 tries)', url: wanted(origin, down)[0]!.url });
    assert.equal(server.requests.filter((path) => path.endsWith(down)).length, 3);
  });
});

test('a slow answer within the time-out arrives; one slower is retried, then given up', async () => {
  const slow = '2017/05/rack-front.png';
  const tooSlow = '2017/05/bond-failover-demo.mp4';
  await withServer({ slow: { [slow]: 200, [tooSlow]: 1_500 } }, async (origin, server, cacheDir) => {
    const outcomes = await fetchMedia(wanted(origin, slow, tooSlow), { cacheDir, download: true, retryDelayMs: 10, timeoutMs: 600, tries: 2 });
    assert.ok('file' in outcomes.get(wanted(origin, slow)[0]!.url)!);
    assert.deepEqual(outcomes.get(wanted(origin, tooSlow)[0]!.url), {
      missing: 'the old site did not answer in time (2 tries)',
      url: wanted(origin, tooSlow)[0]!.url,
    });
    assert.equal(server.requests.filter((path) => path.endsWith(tooSlow)).length, 2);
  });
});

test('a redirect is followed; a web page where a file should be is refused', async () => {
  const moved = '2017/05/old-name.png';
  const page = '2017/05/lab-cover.png';
  await withServer({ redirect: { [moved]: '/wp-content/uploads/2017/05/rack-front.png' }, htmlInstead: [page] }, async (origin, _server, cacheDir) => {
    const outcomes = await fetchMedia(wanted(origin, moved, page), { cacheDir, download: true, ...FAST });
    const found = outcomes.get(wanted(origin, moved)[0]!.url)!;
    assert.ok('file' in found);
    assert.deepEqual(readFileSync(found.file), readFileSync(join(UPLOADS, '2017/05/rack-front.png')));
    assert.equal(found.file, cachePath(cacheDir, `https://oldblog.example.com/wp-content/uploads/${moved}`), "kept under the old site's address");
    assert.deepEqual(outcomes.get(wanted(origin, page)[0]!.url), { missing: 'the old site sent a web page, not the file', url: wanted(origin, page)[0]!.url });
  });
});

test('an interrupted download leaves no file a re-run would take for complete; the re-run fetches it', async () => {
  await withServer({}, async (origin, server, cacheDir) => {
    const [item] = wanted(origin, '2017/05/rack-front.png');
    // What a run killed mid-download leaves: the temporary file, never the file itself.
    const target = cachePath(cacheDir, item!.url)!;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.part-4242`, 'half a PNG');
    assert.ok(!existsSync(target));
    const outcome = (await fetchMedia([item!], { cacheDir, download: true, ...FAST })).get(item!.url)!;
    assert.ok('file' in outcome && outcome.from === 'download');
    assert.equal(server.requests.length, 1);
  });
});

test('--no-download and an uploads folder: files on disk are used, nothing is asked of the network', async () => {
  await withServer({}, async (origin, server, cacheDir) => {
    const onDisk: WantedMedia = { ...wanted(origin, '2017/05/rack-front.png')[0]!, local: [join(UPLOADS, '2017/05/rack-front.png')] };
    const offDisk: WantedMedia = { ...wanted(origin, '2017/05/gone.png')[0]!, local: [join(UPLOADS, '2017/05/gone.png')] };
    const outcomes = await fetchMedia([onDisk, offDisk], { cacheDir, download: false, ...FAST });
    assert.deepEqual(outcomes.get(onDisk.url), { file: join(UPLOADS, '2017/05/rack-front.png'), from: 'folder', url: onDisk.url });
    assert.deepEqual(outcomes.get(offDisk.url), { missing: 'not in the uploads folder', url: offDisk.url });
    assert.equal(server.requests.length, 0);
  });
});

test('the cache never writes outside its folder, whatever the address says', () => {
  const cacheDir = join(tmpdir(), 'cache');
  assert.equal(cachePath(cacheDir, 'http://127.0.0.1:8080/wp-content/uploads/a.png'), join(cacheDir, '127.0.0.1_8080/wp-content/uploads/a.png'));
  // The URL parser resolves dot segments itself; encoded slashes are decoded here, and refused.
  assert.equal(cachePath(cacheDir, 'http://example.com/wp-content/%2e%2e/%2e%2e/%2e%2e/etc/passwd'), join(cacheDir, 'example.com/etc/passwd'));
  assert.equal(cachePath(cacheDir, 'http://example.com/wp-content/..%2f..%2f..%2fetc/passwd'), undefined);
  assert.equal(cachePath(cacheDir, 'not an address'), undefined);
});
