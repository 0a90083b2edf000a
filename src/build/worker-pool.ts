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

/** What the workers are doing for the `run` in progress. */
interface Job {
  /** Give a free worker the next batch, if any is left. */
  take(worker: Worker): void;
  answer(results: TaskResult[]): void;
  fail(error: Error): void;
}

export class WorkerPool {
  private readonly workers: Worker[];
  /** Workers that have loaded and hold no batch. */
  private readonly idle: Worker[] = [];
  private job: Job | null = null;
  /** A worker that failed while no run was in progress. */
  private failure: Error | null = null;
  private closing = false;
  /** Batches the worker threads answered (the rest ran on this thread). */
  workerBatches = 0;

  /** Workers start loading at once, so the caller can go on reading files meanwhile. */
  constructor(
    count: number,
    options: ExtractOneOptions,
    private readonly inline: (task: Task) => TaskResult,
  ) {
    this.workers = Array.from({ length: Math.max(0, count - 1) }, () => this.start(options));
  }

  private start(options: ExtractOneOptions): Worker {
    const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: options });
    const fail = (error: Error) => (this.job ? this.job.fail(error) : (this.failure ??= error));
    // Listened to from the start: a worker can load before `run` is called, and a Worker's
    // message that nobody listens to is lost (the worker would then wait for work forever).
    // The first message says the worker has loaded; each later one answers a batch.
    worker.on('message', (message: 'ready' | TaskResult[]) => {
      if (message !== 'ready') {
        this.workerBatches++;
        // No job: the run this batch was for has already failed.
        this.job?.answer(message);
      }
      if (this.job) this.job.take(worker);
      else this.idle.push(worker);
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (!this.closing) fail(new Error(`extraction worker stopped with exit code ${code}`));
    });
    return worker;
  }

  /** Extract every task; results in task order. */
  async run(tasks: Task[], onDone: (count: number) => void): Promise<TaskResult[]> {
    if (this.failure) throw this.failure;
    const batches: Task[][] = [];
    for (let i = 0; i < tasks.length; i += BATCH) batches.push(tasks.slice(i, i + BATCH));
    const results: TaskResult[] = [];
    const collect = (batchResults: TaskResult[]) => {
      results.push(...batchResults);
      onDone(batchResults.length);
    };
    let next = 0;
    let withWorkers = 0;
    let ownDone = false;
    let drained!: () => void;
    let failed!: (error: Error) => void;
    const allAnswered = new Promise<void>((resolve, reject) => ((drained = resolve), (failed = reject)));
    // A worker may fail while this thread is busy with its own batches; the failure is thrown at the end.
    allAnswered.catch(() => undefined);
    const settle = () => {
      if (ownDone && withWorkers === 0) drained();
    };
    this.job = {
      take: (worker) => {
        if (next < batches.length) {
          worker.postMessage(batches[next++]);
          withWorkers++;
        } else {
          this.idle.push(worker);
          settle();
        }
      },
      answer: (batchResults) => {
        withWorkers--;
        collect(batchResults);
      },
      fail: failed,
    };
    try {
      for (const worker of this.idle.splice(0)) this.job.take(worker);
      while (next < batches.length) {
        collect(batches[next++]!.map(this.inline));
        // Let the workers' answers in between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
      ownDone = true;
      settle();
      await allAnswered;
    } finally {
      this.job = null;
    }
    return results.sort((a, b) => a.index - b.index);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
