/**
 * Extraction across threads: this one and `count - 1` worker threads. Batches go to
 * whichever thread is free, and results are put back in input order, so the output is
 * identical to a single-threaded run whatever the timing. This thread works too, from the
 * start: a worker takes about a second to load the extractor and its models, which on a
 * small folder is most of the job.
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

export class WorkerPool {
  private readonly workers: Worker[];
  /** Batches the worker threads answered (the rest ran on this thread). */
  workerBatches = 0;

  /** Workers start loading at once, so the caller can go on reading files meanwhile. */
  constructor(
    count: number,
    options: ExtractOneOptions,
    private readonly inline: (task: Task) => TaskResult,
  ) {
    this.workers = Array.from({ length: Math.max(0, count - 1) }, () => new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: options }));
  }

  /** Extract every task; results in task order. */
  async run(tasks: Task[], onDone: (count: number) => void): Promise<TaskResult[]> {
    const batches: Task[][] = [];
    for (let i = 0; i < tasks.length; i += BATCH) batches.push(tasks.slice(i, i + BATCH));
    const results: TaskResult[] = [];
    let next = 0;
    const collect = (batchResults: TaskResult[]) => {
      results.push(...batchResults);
      onDone(batchResults.length);
    };
    const onThisThread = async () => {
      while (next < batches.length) {
        collect(batches[next++]!.map(this.inline));
        // Let the workers' answers in between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const onWorker = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        const feed = () => {
          if (next >= batches.length) return resolve();
          worker.postMessage(batches[next++]);
        };
        // The first message says the worker has loaded; each later one answers a batch.
        worker.on('message', (message: 'ready' | TaskResult[]) => {
          if (message !== 'ready') {
            collect(message);
            this.workerBatches++;
          }
          feed();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`extraction worker stopped with exit code ${code}`)));
      });
    await Promise.all([onThisThread(), ...this.workers.map(onWorker)]);
    return results.sort((a, b) => a.index - b.index);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
