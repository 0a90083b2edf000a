import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, loadEditorRules } from '../../src/archive/index.js';
import { makeRecord } from '../make-record.js';
import { tempDir } from '../temp-dir.js';

const politics = { id: 'politics', name: 'politics', iptc: 'medtop:11000000', score: 0.8 };

function contentWith(files: Record<string, string>): string {
  const dir = tempDir('rules-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('_topics.yml adds, renames and hides topics on classified articles only, and says so', () => {
  const dir = contentWith({
    '_topics.yml': 'topics:\n  - name: Brexit\n    keywords: [brexit]\n    min: 1\nrename:\n  politics: public affairs\n',
  });
  const classified = makeRecord('a.txt', { body: 'Brexit talks went on.', topics: [politics] });
  const chosen = makeRecord('b.txt', { body: 'Brexit again.', topics: [{ ...politics, score: 1 }], topicsSource: 'front-matter' });
  const archive = buildArchive([classified, chosen], loadEditorRules(dir));
  assert.deepEqual(classified.topics.map((t) => t.name).sort(), ['Brexit', 'public affairs']);
  assert.deepEqual(chosen.topics.map((t) => t.name), ['politics'], 'front matter topics are the editor’s own choice');
  assert.match(archive.notes.join('\n'), /_topics\.yml: changed the topics of 1 article/);
});

test('a broken rules file stops the build with the file name', () => {
  assert.throws(() => loadEditorRules(contentWith({ '_topics.yml': 'topics: 42' })), /_topics\.yml/);
  assert.throws(() => loadEditorRules(contentWith({ '_aliases.yml': 'merge: [' })), /_aliases\.yml: not valid YAML/);
});

test('no rules files: no rules, no notes', () => {
  const archive = buildArchive([makeRecord('a.txt', { topics: [politics] })], loadEditorRules(contentWith({})));
  assert.deepEqual(archive.notes, []);
});
