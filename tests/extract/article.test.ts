import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/article.js';
import type { FrontMatter, SourceFile } from '../../src/types.js';

const source = (text: string, more: Partial<SourceFile> = {}): SourceFile => ({
  path: 'content/story.txt',
  text,
  frontMatter: {},
  markdown: false,
  warnings: [],
  ...more,
});

// A seed-shaped story: headline line, one paragraph a line, curly quotes, an outlet that reports, a byline at the foot.
const SEED_LIKE = [
  'Harbour board confirms talks on channel works amid delays',
  'The harbour board is still in talks with the shipping lines about widening the northern channel, its chair Vera Example said.',
  'At a briefing, Example said the talks remain active, Harbour.Example reports via local media.',
  '“The talks continue. The channel matters to all of us,” Example said.',
  'This comes after reports on February 18 that the dredger had broken down.',
  'In December 2024, the board approved the budget.',
  'By Ola Example',
].join('\n');

test('seed shape: headline, foot byline, outlet from the text, inferred date', () => {
  const r = extractArticle(source(SEED_LIKE));
  assert.equal(r.headline, 'Harbour board confirms talks on channel works amid delays');
  assert.equal(r.headlineSource, 'text');
  assert.deepEqual(r.byline, ['Ola Example']);
  assert.deepEqual([r.source, r.sourceFrom], ['Harbour.Example', 'text']);
  assert.deepEqual([r.date, r.dateSource], ['2025-02-18', 'inferred']);
  assert.equal(r.dateline, null);
  assert.equal(r.id, 'harbour-board-confirms-talks-on-channel-works-amid-delays');
  assert.equal(r.file, 'content/story.txt');
  assert.ok(!r.body.includes('By Ola Example'));
  assert.ok(r.body.includes('“The talks continue.'));
  assert.match(r.summary, /^The harbour board is still in talks/);
  assert.ok(r.words > 50);
});

test('text opening with a dateline: generated headline, dateline agency as source', () => {
  const r = extractArticle(source('OSLO, Dec 10 (Northern News): The ferry company said on Monday that it is too early to say when the northern route will reopen and that talks with the port are needed.\nThe route closed in 2022 after a storm.'));
  assert.equal(r.headlineSource, 'generated');
  assert.ok(r.headline.length <= 120);
  assert.match(r.headline, /^The ferry company said on Monday/);
  assert.deepEqual(r.dateline, { place: 'Oslo', text: 'OSLO, Dec 10 (Northern News):', agency: 'Northern News' });
  assert.deepEqual([r.source, r.sourceFrom], ['Northern News', 'dateline']);
  assert.equal(r.date, '2024-12-10');
  assert.ok(r.body.startsWith('The ferry company said'), 'the dateline prefix is removed, the paragraph kept');
  assert.ok(!r.warnings.some((w) => w.startsWith('headline:')), 'a generated headline is provenance, not a warning');
});

test('wire copy: ALL-CAPS headline, byline, table fenced, sign-off dropped', () => {
  const text = [
    'HARBOUR BOARD <HBR> SETS OUTPUT',
    '',
    'By Jane Roe, Reuters',
    '',
    'OSLO, March 2 - The harbour board said cargo handled in',
    'February rose, as follows, in thousand tonnes -',
    ' CARGO        FEB       JAN',
    ' GRAIN        1.20      1.10',
    ' TIMBER       0.80      0.95',
    '',
    'The board gave no forecast for 1987.',
    ' Reuter',
  ].join('\n');
  const r = extractArticle(source(text));
  assert.equal(r.headline, 'HARBOUR BOARD <HBR> SETS OUTPUT');
  assert.deepEqual(r.byline, ['Jane Roe']);
  assert.deepEqual(r.dateline, { place: 'Oslo', text: 'OSLO, March 2 -' });
  assert.equal(r.source, 'Reuters');
  assert.equal(r.sourceFrom, 'byline');
  assert.match(r.body, /^The harbour board said cargo handled in February rose, as follows, in thousand tonnes -\n\n```text\n CARGO/);
  assert.ok(!/Reuter\s*$/.test(r.body));
  assert.equal(r.date, '1987-03-02');
  assert.equal(r.dateSource, 'inferred');
  assert.deepEqual(r.dateClues?.cited, [{ year: 1987 }]);
});

test('conll-style dateline line gives the full date', () => {
  const r = extractArticle(source('SAILING - LOCAL CREW TAKE EARLY LEAD.\nOSLO 1996-08-30\nThe local crew led after the first day on Friday.'));
  assert.equal(r.headline, 'SAILING - LOCAL CREW TAKE EARLY LEAD.');
  assert.deepEqual([r.date, r.dateSource], ['1996-08-30', 'dateline']);
  assert.equal(r.dateline?.place, 'Oslo');
  assert.equal(r.dateClues, undefined);
  assert.equal(r.body, 'The local crew led after the first day on Friday.');
});

test('front matter wins over extraction for every field', () => {
  const fm: FrontMatter = {
    headline: 'Editor’s headline',
    date: '2021-06-01',
    source: 'Harbour Gazette',
    byline: ['Edna Editor'],
    dateline: 'BERGEN, Norway',
    people: ['Vera Example'],
    places: ['Bergen'],
    organizations: ['Harbour Board'],
    topics: ['Transport'],
    slug: 'My Slug!',
  };
  const r = extractArticle(source('HARBOUR BOARD TO WIDEN CHANNEL\n\nBy Jane Roe, Reuters\n\nOSLO, March 2 - The board said it would.\n Reuter', { frontMatter: fm }));
  assert.equal(r.headline, 'Editor’s headline');
  assert.equal(r.headlineSource, 'front-matter');
  assert.deepEqual([r.date, r.dateSource], ['2021-06-01', 'front-matter']);
  assert.deepEqual([r.source, r.sourceFrom], ['Harbour Gazette', 'front-matter']);
  assert.deepEqual(r.byline, ['Edna Editor']);
  assert.deepEqual(r.dateline, { place: 'Bergen', region: 'Norway', text: 'BERGEN, Norway' });
  assert.deepEqual(r.people.map((e) => e.name), ['Vera Example']);
  assert.deepEqual(r.places.map((e) => [e.name, e.country]), [['Bergen', null]]);
  assert.deepEqual(r.organizations.map((e) => e.id), ['harbour-board']);
  assert.deepEqual(r.entitiesFromFrontMatter, ['people', 'places', 'organizations']);
  assert.deepEqual(r.topics.map((t) => [t.id, t.name, t.iptc]), [['transport', 'Transport', null]]);
  assert.equal(r.slug, 'my-slug');
  assert.equal(r.id, 'editors-headline');
  assert.equal(r.dateClues, undefined);
});

test('Markdown bodies stay Markdown', () => {
  const r = extractArticle(source('# Ferry back\n\nThe ferry is **back** on 3 May 2021.\n\n- one\n- two', { markdown: true, path: 'content/ferry.md' }));
  assert.equal(r.headline, 'Ferry back');
  assert.equal(r.body, 'The ferry is **back** on 3 May 2021.\n\n- one\n- two');
  assert.equal(r.summary, 'The ferry is back on 3 May 2021.');
});

test('reader warnings are kept and an empty file still gives a record', () => {
  const r = extractArticle(source('', { warnings: ['decode: fell back to latin1'] }));
  assert.equal(r.headline, 'story');
  assert.equal(r.headlineSource, 'generated');
  assert.equal(r.warnings[0], 'decode: fell back to latin1');
  assert.equal(r.body, '');
  assert.equal(r.date, null);
});
