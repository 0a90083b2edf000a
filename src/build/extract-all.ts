/**
 * Files to records: find every article under the given paths, then take each
 * record from the cache or extract it, across worker threads when there are
 * many. Every record passes through JSON either way, so cached, threaded and
 * inline runs give identical output.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import type { ArticleRecord } from '../types.js';
import { describeFsError, findArticleFiles, type Skipped } from '../read/index.js';
import { ExtractionCache } from './cache.js';
import { extractOne, loadBodyRenderer, serialise, type BodyRenderer, type ExtractedFile } from './extract-one.js';
import { Progress } from './progress.js';
import { WorkerPool, type Task, type TaskResult } from './worker-pool.js';

export interface ExtractOptions {
  /** Year to assume for datelines that give only day and month, when nothing else tells. */
  referenceYear?: number;
  /** Only files whose position in the sorted list is K modulo N (`{index: K-1, count: N}`). */
  shard?: { index: number; count: number };
  /** Folder of the extraction cache; none when unset. */
  cacheDir?: string;
  /** Threads that extract, this one included; defaults to the machine's cores. 1 extracts on this thread only. */
  workers?: number;
  /** Render bodies to HTML for the site (default true); always done when filling a cache, whose entries the build reads. */
  bodies?: boolean;
  progress?: Progress;
}

export interface Extraction {
  records: ArticleRecord[];
  /** Article file to its body HTML with entity placeholders; empty when bodies were not asked for. */
  bodies: Map<string, string>;
  skipped: Skipped[];
  /** Records taken from the cache. */
  cached: number;
}

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 200;

export async function extractPaths(paths: string[], options: ExtractOptions = {}): Promise<Extraction> {
  const progress = options.progress ?? new Progress(false);
  const found = findArticleFiles(paths);
  const skipped = [...found.skipped];
  const files = options.shard ? found.files.filter((_, i) => i % options.shard!.count === options.shard!.index) : found.files;
  const cache = options.cacheDir ? new ExtractionCache(options.cacheDir) : undefined;

  const results: (TaskResult | undefined)[] = new Array(files.length);
  const misses: Task[] = [];
  const extractOptions = { referenceYear: options.referenceYear, bodies: options.bodies !== false || cache !== undefined };
  // Loaded once a file misses the cache: a build from the cache needs neither the Markdown stack nor its start-up.
  let renderBody: BodyRenderer | null = null;
  const extractInline = (task: Task): TaskResult => {
    const result = extractOne(task.bytes, task.displayPath, extractOptions, renderBody);
    return result.ok ? { index: task.index, json: serialise(result) } : { index: task.index, reason: result.reason };
  };
  const useWorkers = (options.workers ?? availableParallelism()) > 1;
  // Started once enough files miss the cache, so the workers load while the rest is read.
  let pool: WorkerPool | undefined;
  const keys: string[] = [];
  files.forEach((path, index) => {
    const displayPath = displayPathOf(path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      results[index] = { index, reason: describeFsError(error) };
      return;
    }
    const key = ExtractionCache.key(displayPath, bytes);
    keys[index] = key;
    const json = cache?.get(key);
    if (json !== undefined) results[index] = { index, json };
    else misses.push({ index, displayPath, bytes });
    if (!pool && useWorkers && misses.length === MIN_FILES_FOR_WORKERS) pool = new WorkerPool(options.workers ?? availableParallelism(), extractOptions, extractInline);
    if (index % 200 === 0) progress.update('read', `${index + 1}/${files.length}`);
  });
  progress.update('read', `${files.length}/${files.length}`);

  if (misses.length > 0) renderBody = await loadBodyRenderer(extractOptions);
  let extracted = 0;
  const onDone = (count: number) => progress.update('extracted', `${(extracted += count)}/${misses.length}`);
  const running = pool;
  const fresh = running
    ? await running.run(misses, onDone).finally(() => running.close())
    : misses.map((task) => {
        onDone(1);
        return extractInline(task);
      });
  for (const result of fresh) {
    results[result.index] = result;
    if ('json' in result) cache?.set(keys[result.index]!, result.json);
  }
  cache?.save();

  const records: ArticleRecord[] = [];
  const bodies = new Map<string, string>();
  results.forEach((result, index) => {
    if (!result) return;
    if ('json' in result) {
      const { record, html } = JSON.parse(result.json) as ExtractedFile;
      records.push(record);
      if (html !== null) bodies.set(record.file, html);
    } else skipped.push({ path: displayPathOf(files[index]!), reason: result.reason });
  });
  return { records, bodies, skipped, cached: cache?.hits ?? 0 };
}

/** Paths under the working folder are shown relative to it, as users typed them; others stay absolute. */
export function displayPathOf(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') || rel === '' ? resolve(path) : rel.split(sep).join('/');
}
