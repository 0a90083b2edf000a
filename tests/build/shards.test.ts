/** Extraction sharded across "machines", merged, and fed to the build equals one build of the folder. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, extractPaths } from '../../src/build/index.js';
import { tempDir } from '../temp-dir.js';

function wireFolder(): string {
  const dir = tempDir('shards-');
  const cities = ['OSLO', 'BERGEN', 'TROMSO', 'MOSCOW'];
  for (let i = 0; i < 12; i++) {
    mkdirSync(join(dir, `desk-${i % 2}`), { recursive: true });
    const text = [
      `HARBOUR BOARD REPORT NUMBER ${i}`,
      '',
      `${cities[i % 4]}, March ${i + 1} - The harbour board said on Monday that cargo rose`,
      `in 1986 and that Dmitry Peskov of the Northern Shipping Company would visit Oslo.`,
      '',
      'Reuter',
    ].join('\n');
    writeFileSync(join(dir, `desk-${i % 2}`, `story-${String(i).padStart(2, '0')}.txt`), text);
  }
  return dir;
}

test('shard K/N extraction, merged, builds the same site data as the whole folder', async () => {
  const content = wireFolder();
  const work = tempDir('shards-out-');
  const shards = [];
  for (let k = 0; k < 3; k++) shards.push(await extractPaths([content], { shard: { index: k, count: 3 }, workers: 1 }));
  assert.deepEqual(shards.map((s) => s.records.length), [4, 4, 4], 'each file lands in exactly one shard');
  const merged = join(work, 'records.ndjson');
  writeFileSync(merged, shards.flatMap((s) => s.records.map((r) => JSON.stringify(r))).join('\n') + '\n');

  await build({ contentDir: content, outputDir: join(work, 'whole'), cacheDir: null });
  await build({ contentDir: content, outputDir: join(work, 'sharded'), recordsFile: merged, cacheDir: null });
  for (const file of ['data/articles.json', 'data/entities.json', 'data/articles.csv', 'index.html']) {
    assert.equal(readFileSync(join(work, 'sharded', file), 'utf8'), readFileSync(join(work, 'whole', file), 'utf8'), file);
  }
});

test('a malformed records file skips bad lines with their line numbers', async () => {
  const work = tempDir('records-');
  const good = (await extractPaths([wireFolder()], { workers: 1 })).records[0]!;
  const file = join(work, 'records.ndjson');
  writeFileSync(file, [JSON.stringify(good), '{not json', JSON.stringify({ ...good, date: '2023-02-30' })].join('\n'));
  const report = await build({ contentDir: work, outputDir: join(work, 'site'), recordsFile: file, cacheDir: null });
  assert.equal(report.articles, 1);
  assert.deepEqual(report.skipped.map((s) => s.path), [`${file}:2`, `${file}:3`]);
  assert.match(report.skipped[1]!.reason, /date should be null or a real YYYY-MM-DD day/);
});
