/** The build's report of names that only a diagram mentions (src/network-names/entity-report.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseBody } from '../../../src/post-body/post-body.ts';
import { diagramOnlyReport, REPORT_LINES } from '../../../src/network-names/entity-report.ts';
import { diagramOnly } from '../../../src/network-names/post-entities.ts';

test('the build report: one info line per post whose diagram names what no listing mentions', () => {
  const body = analyseBody(
    [
      '```shellsession',
      '[root@h ~]# ovs-vsctl show',
      ' Bridge "br0"',
      '  Port "bond0"',
      '```',
      '',
      '```dot alt="x"',
      'digraph { br0 -> bond1; br0 -> vnet0; uplink [label="bond0"]; }',
      '```',
    ].join('\n'),
    'mdx',
  );
  assert.deepEqual(diagramOnly(body), ['bond/bond1', 'interface/vnet0']);
  // Diagrams and no listing (a light-board sketch): nothing to compare with.
  assert.deepEqual(diagramOnly(analyseBody('```dot\ndigraph { bond1 }\n```\n', 'mdx')), []);
  assert.deepEqual(diagramOnly(analyseBody('```shellsession\n$ ip link\nbond1: up\n```\n', 'mdx')), []);
  assert.deepEqual(
    diagramOnlyReport([
      { file: 'content/posts/b.mdx', entities: ['bond/bond1', 'interface/vnet0'] },
      { file: 'content/posts/a.mdx', entities: ['bond/bond0'] },
      { file: 'content/posts/c.mdx', entities: [] },
    ]),
    [
      'content/posts/a.mdx: the diagram names bond0, which no listing of this post mentions (a typo?)',
      'content/posts/b.mdx: the diagram names bond1 and vnet0, none of which a listing of this post mentions (a typo?)',
    ],
  );
  const many = Array.from({ length: REPORT_LINES + 3 }, (_, i) => ({
    file: `content/posts/p${String(i).padStart(2, '0')}.mdx`,
    entities: ['bond/bond0' as const],
  }));
  const report = diagramOnlyReport(many);
  assert.equal(report.length, REPORT_LINES + 1);
  assert.equal(report.at(-1), 'and 3 more posts whose diagrams name what no listing mentions');
});
