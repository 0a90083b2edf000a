import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSpans, loadModel, tagDocument } from '../../src/extract/entities/tagger.js';
import { sentences } from '../../src/extract/entities/tokenize.js';

test('the shipped model loads fast and tags a sentence', () => {
  const t0 = performance.now();
  const model = loadModel();
  assert.ok(performance.now() - t0 < 1000, 'model loads in under a second');
  assert.ok(model.index.size > 10_000);
  const toks = sentences('Kremlin spokesman Dmitry Peskov told reporters in Moscow that the European Union was wrong.')[0]!;
  const { tags } = tagDocument([toks.map((t) => t.norm)]);
  const spans = decodeSpans(tags[0]!, 0).map((s) => `${s.type}:${toks.slice(s.start, s.end).map((t) => t.text).join(' ')}`);
  assert.ok(spans.includes('PER:Dmitry Peskov'), spans.join(', '));
  assert.ok(spans.includes('LOC:Moscow'), spans.join(', '));
  assert.ok(spans.includes('ORG:European Union'), spans.join(', '));
});

test('decodeSpans turns BIO tag indices into typed spans', () => {
  // O B-PER I-PER O B-LOC  (indices in TAGS order)
  assert.deepEqual(decodeSpans([0, 1, 2, 0, 3], 7), [
    { sent: 7, start: 1, end: 3, type: 'PER' },
    { sent: 7, start: 4, end: 5, type: 'LOC' },
  ]);
});
