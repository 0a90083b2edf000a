import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GENERATED_MAX, generateHeadline, readsAsHeadline } from '../../src/extract/headline.js';

const alone = { nextBlank: true, headFollows: false };

test('short lines without a lead sentence ending read as headlines', () => {
  assert.ok(readsAsHeadline('Harbour board widens the northern channel', alone));
  assert.ok(readsAsHeadline('HARBOUR BOARD <HBR> TO WIDEN CHANNEL', alone));
  assert.ok(readsAsHeadline('SAILING - LOCAL CREW TAKE EARLY LEAD.', alone));
  assert.ok(readsAsHeadline('Will the ferry run again?', alone));
});

test('a headline ending in a full stop counts when a dateline or byline follows', () => {
  assert.ok(readsAsHeadline('Ferry service to resume next week.', { nextBlank: false, next: 'OSLO 1996-08-30', headFollows: true }));
  assert.ok(!readsAsHeadline('Ferry service will resume next week, the operator said.', { nextBlank: false, next: 'More text.', headFollows: false }));
});

test('a wrapped first line of a lead is not a headline', () => {
  assert.ok(!readsAsHeadline('The harbour board said it would widen the', { nextBlank: false, next: 'northern channel this summer.', headFollows: false }));
});

test('long lines are lead paragraphs, not headlines', () => {
  assert.ok(!readsAsHeadline('word '.repeat(40).trim(), alone));
});

test('generated headlines are cut at a word boundary without dangling words', () => {
  const lead = 'The harbour board said on Monday that it is too early to decide the future of the long northern channel and that the talks with the lines are needed.';
  const h = generateHeadline(lead);
  assert.ok(h.length <= GENERATED_MAX, h);
  assert.equal(h, 'The harbour board said on Monday that it is too early to decide the future of the long northern channel');
  assert.equal(generateHeadline('Short lead.'), 'Short lead');
});
