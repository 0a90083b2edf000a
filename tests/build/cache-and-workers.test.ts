/** The extraction cache and the worker pool change how fast records come, never what they say. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPaths } from '../../src/build/index.js';
import { extractOne, serialise } from '../../src/build/extract-one.js';
import { WorkerPool, type Task, type TaskResult } from '../../src/build/worker-pool.js';
import { tempDir } from '../temp-dir.js';

function folder(count: number): string {
  const dir = tempDir('pool-');
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), `Council meets on budget ${i}\nOSLO, May ${(i % 28) + 1} - Mayor Ilse Brandvold said the council of Port Elwin would vote in 2024.\n`);
  }
  return dir;
}

function tasksOf(dir: string): Task[] {
  return readdirSync(dir).sort().map((name, index) => ({ index, displayPath: name, bytes: readFileSync(join(dir, name)) }));
}

/** What the pool's own thread does with a task, inline. */
function extract(task: Task): TaskResult {
  const result = extractOne(task.bytes, task.displayPath, {});
  return result.ok ? { index: task.index, json: serialise(result) } : { index: task.index, reason: result.reason };
}

test('worker threads give output identical to a single-threaded run', async () => {
  const dir = folder(240);
  const inline = await extractPaths([dir], { workers: 1 });
  const threaded = await extractPaths([dir], { workers: 2 });
  assert.equal(threaded.records.length, 240);
  assert.deepEqual(threaded.records, inline.records);
  assert.deepEqual([...threaded.bodies], [...inline.bodies]);
});

test('batches answered by worker threads and by this thread come back in input order, the same as one thread', async () => {
  const dir = folder(96);
  const tasks = tasksOf(dir);
  // This thread is made slow, so that the worker takes batches once it has loaded.
  const slowly = (task: Task): TaskResult => {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60);
    return extract(task);
  };
  const pool = new WorkerPool(2, {}, slowly);
  try {
    assert.deepEqual(await pool.run(tasks, () => {}), tasks.map(extract));
    assert.ok(pool.workerBatches > 0, 'the worker answered no batch');
  } finally {
    await pool.close();
  }
});

test('a worker that has loaded before the run starts is given batches (its first message is not lost)', async () => {
  const dir = folder(96);
  const tasks = tasksOf(dir);
  const pool = new WorkerPool(2, {}, (task) => {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60);
    return extract(task);
  });
  try {
    // The worker loads in a second or two; the caller is busy elsewhere meanwhile (reading files, say).
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const hung = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 60_000).unref());
    const results = await Promise.race([pool.run(tasks, () => {}), hung]);
    assert.notEqual(results, 'hung', 'the run waited for the worker that had loaded before it');
    assert.deepEqual(results, tasks.map(extract));
    assert.ok(pool.workerBatches > 0, 'the worker answered no batch');
  } finally {
    await pool.close();
  }
});

test('the cache serves unchanged files and re-extracts only the edited one', async () => {
  const dir = folder(20);
  const cacheDir = tempDir('cache-');
  const cold = await extractPaths([dir], { workers: 1, cacheDir });
  assert.equal(cold.cached, 0);
  const warm = await extractPaths([dir], { workers: 1, cacheDir });
  assert.equal(warm.cached, 20);
  assert.deepEqual(warm.records, cold.records);
  appendFileSync(join(dir, '0003.txt'), 'A correction was appended.\n');
  const edited = await extractPaths([dir], { workers: 1, cacheDir });
  assert.equal(edited.cached, 19);
  assert.match(edited.records[3]!.body, /correction/);
  assert.equal(readdirSync(cacheDir).length, 1, 'one pack file');
});

test('the cache pack grows by appending, ignores a cut-short append, and is rewritten once mostly unused', async () => {
  const dir = folder(10);
  const cacheDir = tempDir('cache-');
  await extractPaths([dir], { workers: 1, cacheDir });
  const pack = join(cacheDir, readdirSync(cacheDir)[0]!);
  const lines = () => readFileSync(pack, 'utf8').split('\n').length - 1;
  assert.equal(lines(), 10);
  appendFileSync(join(dir, '0003.txt'), 'A correction was appended.\n');
  await extractPaths([dir], { workers: 1, cacheDir });
  assert.equal(lines(), 11, 'the edit is appended, the rest left as written');

  // A build killed while appending leaves a last line without its newline: it is not an entry.
  appendFileSync(pack, '0123456789abcdef0123456789abcdef01234567\t{"record":');
  const afterCut = await extractPaths([dir], { workers: 1, cacheDir });
  assert.equal(afterCut.cached, 10);
  assert.ok(readFileSync(pack, 'utf8').endsWith('}\n'), 'and the pack is rewritten whole');

  for (let i = 2; i < 10; i++) rmSync(join(dir, `${String(i).padStart(4, '0')}.txt`));
  const few = await extractPaths([dir], { workers: 1, cacheDir });
  assert.equal(few.cached, 2);
  assert.equal(lines(), 2, 'rewritten with only what the last run used');
});

test('records only (npm run extract): the same records without bodies, except when filling a cache the build reads', async () => {
  const dir = folder(12);
  const full = await extractPaths([dir], { workers: 1 });
  const recordsOnly = await extractPaths([dir], { workers: 1, bodies: false });
  assert.deepEqual(recordsOnly.records, full.records);
  assert.equal(full.bodies.size, 12);
  assert.equal(recordsOnly.bodies.size, 0);
  const cacheDir = tempDir('cache-');
  const filling = await extractPaths([dir], { workers: 1, bodies: false, cacheDir });
  assert.deepEqual([...filling.bodies], [...full.bodies]);
});
