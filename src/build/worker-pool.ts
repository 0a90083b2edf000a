/**
 * Extraction across worker threads. Batches go to whichever worker is free, and
 * results are put back in input order, so the output is identical to a
 * single-threaded run whatever the timing.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractOneOptions } from './extract-one.js';

export interface Task {
  index: number;
  displayPath: string;
  bytes: Uint8Array;
}

export type TaskResult = { index: number; json: string } | { index: number; reason: string };

const BATCH = 32;

/** Worker threads that start loading at once (about a second each), so the caller can read files meanwhile. */
export class WorkerPool {
  private readonly workers: Worker[];

  constructor(count: number, options: ExtractOneOptions) {
    this.workers = Array.from({ length: Math.max(1, count) }, () => new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: options }));
  }

  /** Extract every task; results in task order. */
  async run(tasks: Task[], onDone: (count: number) => void): Promise<TaskResult[]> {
    const batches: Task[][] = [];
    for (let i = 0; i < tasks.length; i += BATCH) batches.push(tasks.slice(i, i + BATCH));
    const results: TaskResult[] = [];
    let next = 0;
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= batches.length) return resolve();
              worker.postMessage(batches[next++]);
            };
            worker.on('message', (batchResults: TaskResult[]) => {
              results.push(...batchResults);
              onDone(batchResults.length);
              feed();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => code !== 0 && reject(new Error(`extraction worker stopped with exit code ${code}`)));
            feed();
          }),
      ),
    );
    return results.sort((a, b) => a.index - b.index);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
