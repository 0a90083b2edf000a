/** A worker thread: extracts batches of files sent by the pool and answers with records as JSON text. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractOne, loadBodyRenderer, serialise, type ExtractOneOptions } from './extract-one.js';
import type { Task, TaskResult } from './worker-pool.js';

const options = workerData as ExtractOneOptions;
const renderBody = await loadBodyRenderer(options);

parentPort!.on('message', (batch: Task[]) => {
  const results: TaskResult[] = batch.map((task) => {
    const result = extractOne(task.bytes, task.displayPath, options, renderBody);
    return result.ok ? { index: task.index, json: serialise(result) } : { index: task.index, reason: result.reason };
  });
  parentPort!.postMessage(results);
});

// Load the models with one small article before asking for work: until then the pool's other threads take the batches.
extractOne(new TextEncoder().encode('Warm-up\n\nLONDON, March 3 - The council met in London on Monday.\n'), 'warm-up.txt', options, renderBody);
parentPort!.postMessage('ready');
