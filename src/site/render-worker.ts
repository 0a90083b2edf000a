/** A render worker (see render.ts): waits for its share of the pages, renders it, reports. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderShare, type RenderPagesOptions, type Share } from './render.js';

const options = workerData as RenderPagesOptions;
parentPort!.once('message', (share: Share) => {
  renderShare(share, options).then(
    () => parentPort!.postMessage({}),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
