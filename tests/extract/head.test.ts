import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHead } from '../../src/extract/head.js';

const lines = (s: string) => s.split('\n');

test('conll shape: headline, dateline line, body', () => {
  const h = parseHead(lines('SAILING - LOCAL CREW TAKE EARLY LEAD.\nOSLO 1996-08-30\nThe local crew led after the first day.'), false);
  assert.equal(h.headline, 'SAILING - LOCAL CREW TAKE EARLY LEAD.');
  assert.equal(h.datelineLine?.dateline.place, 'Oslo');
  assert.equal(h.bodyStart, 2);
});

test('conll shape with an author line between headline and dateline line', () => {
  const h = parseHead(lines('Ferry service to resume.\nMary Major\nOSLO 1996-08-30\nThe ferry will run.'), false);
  assert.equal(h.headline, 'Ferry service to resume.');
  assert.deepEqual(h.byline?.names, ['Mary Major']);
  assert.equal(h.bodyStart, 3);
});

test('a place line above a date-only line is one dateline', () => {
  const h = parseHead(lines('Mill shares rise on merger.\nFARMINGTON HILLS, Mich.\n1996-08-30\nShares rose.'), false);
  assert.deepEqual(h.datelineLine?.dateline.place, 'Farmington Hills');
  assert.deepEqual(h.datelineLine?.dateline.region, 'Mich.');
  assert.equal(h.bodyStart, 3);
});

test('wire shape: headline, blank, byline, blank, dateline paragraph', () => {
  const h = parseHead(lines('HARBOUR BOARD TO WIDEN CHANNEL\n\nBy Jane Roe, Reuters\n\nOSLO, March 2 - The board said'), false);
  assert.equal(h.headline, 'HARBOUR BOARD TO WIDEN CHANNEL');
  assert.equal(h.byline?.agency, 'Reuters');
  assert.equal(h.bodyStart, 4);
});

test('an ALL-CAPS headline with a date in it stays a headline', () => {
  const h = parseHead(lines('PORT SUBSIDY TO END JULY 1 - MINISTER\n\nOSLO, March 5 - The minister said'), false);
  assert.equal(h.headline, 'PORT SUBSIDY TO END JULY 1 - MINISTER');
});

test('text opening straight into a dateline has no headline', () => {
  const h = parseHead(lines('OSLO, Dec 10 (Northern News): The ferry company said on Monday it would resume.\nMore.'), false);
  assert.equal(h.headline, null);
  assert.equal(h.bodyStart, 0);
});

test('a date line under the headline; a Markdown heading', () => {
  const h = parseHead(lines('Ferry back in service\nPublished: March 3, 2021\n\nThe ferry runs again.'), false);
  assert.deepEqual(h.dateLine, { year: 2021, month: 3, day: 3, text: 'Published: March 3, 2021' });
  const md = parseHead(lines('# Ferry *back* in service\n\nThe ferry runs again.'), true);
  assert.equal(md.headline, 'Ferry back in service');
  assert.equal(md.bodyStart, 2);
});

test('a mixed-case headline ending in a full stop, above a dated dateline paragraph', () => {
  const h = parseHead(lines('Harbour bonds rated single-A - agency.\nOSLO, Aug 27 - The agency said the bonds were sound.'), false);
  assert.equal(h.headline, 'Harbour bonds rated single-A - agency.');
  const lead = parseHead(lines('The harbour board said on Monday it would widen the channel.\nWork starts in June.'), false);
  assert.equal(lead.headline, null);
});
