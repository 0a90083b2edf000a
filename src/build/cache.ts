/**
 * The extraction cache: records keyed by the file's path and bytes and by the
 * extractor's version (its source and model files), kept in one pack file per
 * version under the cache folder. A changed article misses; a changed model or
 * extractor misses everything; alias and topic rules apply after the cache, so
 * editing them invalidates nothing.
 *
 * A run appends what it extracted to the pack (one line for an edited article,
 * not 40 MB rewritten), and rewrites the pack with only what it used once more
 * than half the pack is entries nobody used, so the cache never grows without bound.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles } from '../hash-files.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What a record depends on besides its file: these folders' sources and models. */
const VERSIONED = ['read', 'extract', 'render', 'types.ts', 'slug.ts', 'memo.ts', 'company-forms.ts', 'build/extract-one.ts'];

export class ExtractionCache {
  private readonly entries = new Map<string, string>();
  private readonly used = new Map<string, string>();
  private readonly added = new Map<string, string>();
  private readonly file: string;
  /** Lines in the pack, counting entries a later line replaced. */
  private lines = 0;
  /** The pack ends in an append that was cut short: the next save rewrites it. */
  private cut = false;

  constructor(
    private readonly dir: string,
    readonly version: string = extractorVersion(),
  ) {
    this.file = join(dir, `extract-${version.slice(0, 16)}.ndjson`);
    if (!existsSync(this.file)) return;
    // Decoded line by line: one non-ASCII character makes the whole 40 MB pack a two-byte string,
    // decoded twice as slowly, where most lines alone are ASCII.
    const pack = readFileSync(this.file);
    let start = 0;
    for (let end = pack.indexOf(10); end >= 0; start = end + 1, end = pack.indexOf(10, start)) {
      this.lines++;
      const tab = pack.indexOf(9, start);
      if (tab > start && tab < end) this.entries.set(pack.toString('latin1', start, tab), pack.toString('utf8', tab + 1, end));
    }
    // Every line ends with a newline: a last line without one is an append that was cut short.
    this.cut = start < pack.length;
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
    this.added.set(key, json);
  }

  get hits(): number {
    return this.used.size - this.added.size;
  }

  /** Append what this run extracted, or rewrite the pack with what it used when most of it is unused; drop other versions' packs. */
  save(): void {
    const unused = this.lines - this.hits;
    const entry = ([key, json]: [string, string]) => `${key}\t${json}\n`;
    if (unused > this.used.size || this.cut) {
      mkdirSync(this.dir, { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, [...this.used].map(entry).join(''));
      renameSync(temp, this.file);
    } else if (this.added.size > 0) {
      mkdirSync(this.dir, { recursive: true });
      // One write, so that another build appending to the same pack cannot interleave with it.
      appendFileSync(this.file, [...this.added].map(entry).join(''));
    } else return;
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
