import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSource } from '../../src/extract/source.js';

const none = { signOff: null, paragraphs: [] as string[] };

test('front matter wins, then the dateline, then the byline', () => {
  assert.deepEqual(findSource({ ...none, frontMatter: 'Harbour Gazette', datelineAgency: 'Northern News' }), { source: 'Harbour Gazette', sourceFrom: 'front-matter' });
  assert.deepEqual(findSource({ ...none, datelineAgency: 'Northern News', bylineAgency: 'Reuters' }), { source: 'Northern News', sourceFrom: 'dateline' });
  assert.deepEqual(findSource({ ...none, bylineAgency: 'REUTER' }), { source: 'Reuters', sourceFrom: 'byline' });
});

test('the text: a wire sign-off or an outlet that reports', () => {
  assert.deepEqual(findSource({ signOff: 'Reuter', paragraphs: [] }), { source: 'Reuters', sourceFrom: 'text' });
  assert.deepEqual(findSource({ signOff: null, paragraphs: ['The talks go on, Harbour.Example reports via local media.'] }), { source: 'Harbour.Example', sourceFrom: 'text' });
  assert.deepEqual(findSource({ signOff: null, paragraphs: ['Northern Daily News reported the sale.'] }), { source: 'Northern Daily News', sourceFrom: 'text' });
});

test('people and ministries that report are not sources; none gives null', () => {
  assert.deepEqual(findSource({ signOff: null, paragraphs: ['Minister Vera Example reported a surplus.'] }), { source: null });
  assert.deepEqual(findSource({ signOff: 'More', paragraphs: ['Nothing here.'] }), { source: null });
});
