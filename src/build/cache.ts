/**
 * The extraction cache: records keyed by the file's path and bytes and by the
 * extractor's version (its source and model files), kept in one pack file per
 * version under the cache folder. A changed article misses; a changed model or
 * extractor misses everything; alias and topic rules apply after the cache, so
 * editing them invalidates nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles } from '../hash-files.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What a record depends on besides its file: these folders' sources and models. */
const VERSIONED = ['read', 'extract', 'render', 'types.ts', 'slug.ts', 'memo.ts', 'company-forms.ts', 'build/extract-one.ts'];

export class ExtractionCache {
  private readonly entries = new Map<string, string>();
  private readonly used = new Map<string, string>();
  private readonly file: string;
  private added = 0;

  constructor(
    private readonly dir: string,
    readonly version: string = extractorVersion(),
  ) {
    this.file = join(dir, `extract-${version.slice(0, 16)}.ndjson`);
    if (!existsSync(this.file)) return;
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.entries.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }

  static key(displayPath: string, bytes: Uint8Array): string {
    return createHash('sha1').update(displayPath).update('\0').update(bytes).digest('hex');
  }

  /** The cached record as JSON text, if any. */
  get(key: string): string | undefined {
    const json = this.entries.get(key);
    if (json !== undefined) this.used.set(key, json);
    return json;
  }

  set(key: string, json: string): void {
    this.used.set(key, json);
    this.added++;
  }

  get hits(): number {
    return this.used.size - this.added;
  }

  /** Keep exactly the entries this run used, dropping other versions' packs: the cache never grows without bound. */
  save(): void {
    if (this.added === 0 && this.used.size === this.entries.size) return;
    mkdirSync(this.dir, { recursive: true });
    const lines: string[] = [];
    for (const [key, json] of this.used) lines.push(`${key}\t${json}`);
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, lines.join('\n') + '\n');
    renameSync(temp, this.file);
    for (const name of readdirSync(this.dir)) {
      const path = join(this.dir, name);
      if (name.startsWith('extract-') && path !== this.file && statSync(path).isFile()) rmSync(path, { force: true });
    }
  }
}

/** A hash of every source and model file extraction depends on. */
export function extractorVersion(): string {
  return hashFiles(createHash('sha1'), SRC, VERSIONED).digest('hex');
}
