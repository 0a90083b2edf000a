/** A render worker (see render.ts): waits for its share of the pages, renders it, reports. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderShare, type RenderPagesOptions, type Share, type WorkerMessage } from './render.js';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const options: RenderPagesOptions = { ...(workerData as RenderPagesOptions), onPages: (pages) => post({ pages }) };
parentPort!.once('message', (share: Share) => {
  renderShare(share, options).then(
    (done) => post({ done }),
    (error: unknown) => post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
