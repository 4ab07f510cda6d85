/**
 * The copy buttons' rule (src/listings/copy-text.ts), run on listings as the
 * site renders them: the posts' own sessions and the listing fixtures go
 * through the real highlighting pipeline, and the one copyTextOf the browser
 * ships reads the resulting HTML (in linkedom's DOM).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { copyTextOf } from '../../../src/listings/copy-text.ts';
import { highlightFence, parseFence, type Fence } from '../../support/highlight.ts';
import { readMigratedPosts, readPosts, type PostFile } from '../../support/posts.ts';

async function rendered(fence: Fence): Promise<Element> {
  const { document } = parseHTML(`<!doctype html><html><body>${await highlightFence(fence)}</body></html>`);
  return document.querySelector('figure.code-block')!;
}

function fixture(name: string): Fence {
  return parseFence(readFileSync(join(import.meta.dirname, '../../fixtures/listings', name), 'utf8'), name);
}

const sessionsOf = (posts: PostFile[]) =>
  posts.flatMap((post) =>
    post.listings
      .filter((l) => l.lang === 'shellsession')
      .map((l) => ({ where: `${post.id}:${l.line}`, fence: { lang: l.lang, meta: l.meta, code: l.lines.join('\n') } })),
  );
/** Every post's sessions, the migrated posts' and the ones written since. */
const sessions = sessionsOf(readPosts());

test('"Copy commands" on the migrated posts’ sessions gives each command without its prompt', async () => {
  const commands = [];
  for (const { fence } of sessionsOf(readMigratedPosts())) commands.push(copyTextOf(await rendered(fence), 'commands'));
  assert.deepEqual(commands, [
    'ifconfig',
    'netstat -r',
    'brctl show virbr0',
    'ovs-vsctl show',
    'cat ifcfg-br0',
    'ps -ef | grep qemu',
    'cat /etc/libvirt/qemu/NTNX-DRM-3060-G4-1-1-CVM.xml',
    'virsh net-list --all',
    'cat net-NTNX-Local-Network.xml',
    'cat net-VM-Network.xml',
    'netstat -r',
    'ifconfig -a',
  ]);
});

test('"Copy all" on the posts’ sessions gives the listing as written, prompts included, without the author’s notes', async () => {
  for (const { where, fence } of sessions) {
    const expected = fence.code
      .split('\n')
      .filter((line) => !/^##/.test(line))
      .join('\n');
    assert.equal(copyTextOf(await rendered(fence), 'all'), expected, where);
  }
});

test('empty prompts are left out, and a continued command keeps its continuation lines', async () => {
  const figure = await rendered(fixture('session-prompts.md'));
  assert.equal(
    copyTextOf(figure, 'commands'),
    ['ifconfig', 'ovs-vsctl add-port br0 tap1 \\', '    tag=32 \\', '    -- set interface tap1 type=internal', 'virsh net-list --all'].join('\n'),
  );
});

test('a listing with no prompt has no commands to copy, and "Copy all" gives every line', async () => {
  const fence = fixture('session-config-file.md');
  const noPrompt: Fence = { lang: 'ini', meta: '', code: fence.code.split('\n').slice(1).join('\n') };
  const figure = await rendered(noPrompt);
  assert.equal(figure.querySelectorAll('button[data-copy="commands"]').length, 0, 'no "Copy commands" button');
  assert.equal(copyTextOf(figure, 'commands'), '');
  assert.equal(copyTextOf(figure, 'all'), noPrompt.code);
});

test('collapsed lines are copied too', async () => {
  const fence = fixture('session-xml-notes-collapse.md');
  const figure = await rendered(fence);
  assert.ok(figure.querySelector('details'), 'the fixture has a collapsed section');
  assert.equal(
    copyTextOf(figure, 'all'),
    fence.code
      .split('\n')
      .filter((line) => !line.startsWith('##'))
      .join('\n'),
  );
});
