/** Jekyll's permalink presets and placeholders (src/importers/jekyll/permalink.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jekyllPostPath, permalinkPattern } from '../../../../src/importers/jekyll/permalink.ts';
import { writtenDate } from '../../../../src/importers/markdown-site/dates.ts';

test('permalink-preset: every preset and placeholder as Jekyll fills it', () => {
  const parts = { date: writtenDate('2016-02-02 23:40:05 -0800')!, slug: 'Bond-Modes', categories: ['Networking', 'AHV'] };
  const path = (setting: string) => jekyllPostPath(permalinkPattern(setting), parts);
  assert.equal(path('date'), '/networking/ahv/2016/02/02/Bond-Modes.html');
  assert.equal(path('pretty'), '/networking/ahv/2016/02/02/Bond-Modes/');
  assert.equal(path('ordinal'), '/networking/ahv/2016/033/Bond-Modes.html');
  assert.equal(path('weekdate'), '/networking/ahv/2016/W05/Tue/Bond-Modes.html');
  assert.equal(path('none'), '/networking/ahv/Bond-Modes.html');
  assert.equal(path('/:short_year/:i_month/:i_day/:hour:minute:second/:slug'), '/16/2/2/234005/bond-modes');
  assert.equal(jekyllPostPath(permalinkPattern(undefined), { ...parts, categories: [] }), '/2016/02/02/Bond-Modes.html');
});
