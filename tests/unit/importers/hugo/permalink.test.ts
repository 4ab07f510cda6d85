/** Hugo's permalink patterns (src/importers/hugo/permalink.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hugoPath, hugoPermalink } from '../../../../src/importers/hugo/permalink.ts';
import { writtenDate } from '../../../../src/importers/markdown-site/dates.ts';

test('permalinks: Hugo’s tokens and urlize', () => {
  const parts = {
    date: writtenDate('2019-03-04T21:30:00-08:00')!,
    title: 'Bonds & VLANs: a  primer',
    slug: undefined,
    fileName: 'bonds',
    sections: ['posts', '2019'],
  };
  assert.equal(hugoPath('Bonds & VLANs: a  primer'), 'Bonds-VLANs-a-primer');
  assert.equal(hugoPermalink('/:year/:month/:day/:title/', parts), '/2019/03/04/Bonds-VLANs-a-primer/');
  assert.equal(hugoPermalink('/:sections/:filename/', parts), '/posts/2019/bonds/');
  assert.equal(hugoPermalink('/:section/:2006/:01/:02/:slugorfilename/', parts), '/posts/2019/03/04/bonds/');
  assert.equal(hugoPermalink('/:yearday/:monthname/:weekdayname/', parts), '/63/March/Monday/');
});
