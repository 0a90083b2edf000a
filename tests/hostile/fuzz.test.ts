/**
 * Property tests: every extractor takes any string, random or hostile, without
 * throwing, and what comes out is still a valid record. The run counts add up
 * to the figure quoted in the README.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticleBytes, parseFrontMatter } from '../../src/read/index.js';
import { extractArticle, parseBylineLine, parseDatelinePrefix, segmentBody, summarize, findSource } from '../../src/extract/index.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { classifyTopics } from '../../src/extract/topics/index.js';
import { buildArchive } from '../../src/archive/index.js';
import { validateRecord } from '../../src/validate-record.js';
import type { SourceFile } from '../../src/types.js';

export const RUNS = { text: 400, extractor: 300, bytes: 300, archive: 50 };

/** Pieces real news and real attacks are made of, shuffled together with random text. */
const FRAGMENTS = [
  'MOSCOW, Dec 10 (Alliance News): ', 'WASHINGTON, Feb 26 - ', 'PORTLAND, Ore., Feb 30 - ', 'AL-AIN, United Arab Emirates 1996-12-06',
  'By Vafa Guliyeva', 'By A and B, Reuters', 'Reuter', 'REUTER', '\n', '\n\n', '   ', '\t', 'KREMLIN SAYS', 'Dmitry Peskov', 'Peskov',
  'Hayat al-Tahrir al-Sham (HTS)', 'U.S.', '“quoted”', '‘', '’s', '---\ntitle: x\n---\n', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  '</script>', 'javascript:alert(1)', '[link](javascript:alert(1))', '```', '| a | b |\n|---|---|', '    1,234.5    6,789.0    12.3',
  'on Monday', 'in December 2024', 'February 18', '1987/88', '0000-00-00', '2023-02-30', 'Caliber.Az reports', '((((((((', '))))))',
  '....', '----', '____', '****', 'A'.repeat(300), 'a '.repeat(200), '\u0000', '\uFEFF', '\u202E', '\uD800', 'Ünïcödé', 'Москва', '北京', '🙂',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

function source(text: string, markdown = false): SourceFile {
  return { path: markdown ? 'fuzz/article.md' : 'fuzz/article.txt', text, frontMatter: {}, markdown, warnings: [] };
}

test('extractArticle: any text gives a valid record', () => {
  fc.assert(
    fc.property(hostileText, fc.boolean(), (text, markdown) => {
      const record = extractArticle(source(text, markdown));
      // Ids are made unique by the archive; the record's own must already be a slug.
      assert.deepEqual(validateRecord(record), []);
    }),
    { numRuns: RUNS.text, seed: 20261122 },
  );
});

test('each extractor takes any string without throwing', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const lines = text.split('\n');
      segmentBody(lines, false);
      segmentBody(lines, true);
      parseDatelinePrefix(text);
      parseBylineLine(text);
      summarize(lines);
      findSource({ signOff: null, paragraphs: lines });
      const entities = extractEntities(text, { headline: lines[0] ?? '' });
      for (const list of [entities.people, entities.places, entities.organizations]) {
        for (const entity of list) assert.ok(entity.name.trim() && entity.count >= 1 && entity.forms.length > 0);
      }
      for (const topic of classifyTopics({ headline: lines[0] ?? '', body: text })) assert.ok(Number.isFinite(topic.score));
    }),
    { numRuns: RUNS.extractor, seed: 7 },
  );
});

test('reading: any bytes are decoded or refused with a reason, never thrown', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const result = parseArticleBytes(bytes, 'fuzz/bytes.txt');
      if (result.ok) assert.equal(typeof result.source.text, 'string');
      else assert.ok(result.reason.length > 0);
    }),
    { numRuns: RUNS.bytes, seed: 11 },
  );
  fc.assert(
    fc.property(hostileText, (text) => {
      parseFrontMatter(`---\n${text}\n---\nbody`);
    }),
    { numRuns: RUNS.bytes, seed: 12 },
  );
});

test('the archive takes any set of extracted records', () => {
  fc.assert(
    fc.property(fc.array(hostileText, { minLength: 1, maxLength: 8 }), (texts) => {
      const records = texts.map((text, i) => extractArticle({ ...source(text), path: `fuzz/${i}.txt` }));
      const archive = buildArchive(records);
      assert.equal(new Set(archive.articles.map((a) => a.id)).size, records.length, 'ids are unique');
      for (const article of archive.articles) assert.deepEqual(validateRecord(article), []);
    }),
    { numRuns: RUNS.archive, seed: 13 },
  );
});
