/**
 * The whole build: content folder (or extracted records) to archive to site.
 * The site is rendered into a staging folder beside the output. A new site is swapped
 * in only when complete, so a build that dies half-way leaves the last site whole; an
 * update to the last build's site moves only the changed files in (src/site/reuse.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { ArticleRecord } from '../types.js';
import type { Skipped } from '../read/index.js';
import { buildArchive, loadEditorRules } from '../archive/index.js';
import { manifestFileFor, renderSite, serveSite, updateInPlace, writeManifest, type RenderedSite } from '../site/index.js';
import { extractPaths } from './extract-all.js';
import { Progress } from './progress.js';
import { validateRecord } from '../validate-record.js';

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** NDJSON from `npm run extract` (possibly merged shards) to use instead of reading the content folder. */
  recordsFile?: string;
  /** Folder of the extraction cache (default `.cache`); null turns the cache off. */
  cacheDir?: string | null;
  referenceYear?: number;
  pathPrefix?: string;
  serve?: boolean;
  log?: (line: string) => void;
}

export interface BuildReport {
  articles: number;
  withWarnings: number;
  skipped: Skipped[];
  warnings: { file: string; warnings: string[] }[];
  notes: string[];
}

export async function build(options: BuildOptions): Promise<BuildReport> {
  const log = options.log ?? (() => {});
  checkOutputDir(options.contentDir, options.outputDir);
  const started = Date.now();
  // Read the editor's rules first: a broken rules file should stop the build before any work.
  const rules = loadEditorRules(options.contentDir);

  const progress = new Progress(Boolean(options.log));
  const extractOptions = {
    referenceYear: options.referenceYear,
    cacheDir: options.cacheDir === undefined ? '.cache' : (options.cacheDir ?? undefined),
  };
  const { records, skipped, bodies } = options.recordsFile
    ? { ...readRecords(options.recordsFile), bodies: undefined }
    : await extractPaths([options.contentDir], { ...extractOptions, progress });
  progress.done();
  const timings: Record<string, number> = { extract: Date.now() - started };
  const archive = buildArchive(records, rules);
  timings.archive = Date.now() - started - timings.extract!;
  const report: BuildReport = {
    articles: archive.articles.length,
    withWarnings: archive.articles.filter((article) => article.warnings.length > 0).length,
    skipped,
    warnings: archive.articles.filter((a) => a.warnings.length > 0).map((a) => ({ file: a.file, warnings: a.warnings })),
    notes: archive.notes,
  };
  for (const skip of skipped) log(`skipped: ${skip.path}: ${skip.reason}`);
  for (const item of report.warnings) for (const warning of item.warnings) log(`warning: ${item.file}: ${warning}`);
  if (archive.articles.length === 0) return report;

  const siteOptions = { archive, bodies, contentDir: options.contentDir, pathPrefix: options.pathPrefix, report };
  if (options.serve) {
    // A changed content file re-reads the folder; the cache makes that one extraction.
    const reload = async () => buildArchive((await extractPaths([options.contentDir], extractOptions)).records, loadEditorRules(options.contentDir));
    // Bodies are rendered per page here: a reload changes files the extraction-time bodies came from.
    await serveSite({ ...siteOptions, bodies: undefined, outputDir: options.outputDir, reload });
    return report;
  }
  const output = resolve(options.outputDir);
  const staging = besideOutput(output, 'building');
  removeLeftovers(output);
  mkdirSync(staging, { recursive: true });
  // Pages unchanged since the last build are neither rendered nor written (src/site/reuse.ts).
  const manifestFile = extractOptions.cacheDir ? manifestFileFor(extractOptions.cacheDir, output) : undefined;
  let site: RenderedSite;
  try {
    const onPages = (written: number, total: number) => progress.update('pages', `${written}/${total}`);
    const reuse = manifestFile ? { manifestFile, previousDir: output } : undefined;
    site = await renderSite({ ...siteOptions, outputDir: staging, onPages, reuse });
    progress.done();
    timings.site = Date.now() - started - timings.extract! - timings.archive!;
    mkdirSync(join(staging, 'data'), { recursive: true });
    writeFileSync(join(staging, 'data', 'build-report.json'), JSON.stringify(report, null, 1) + '\n');
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (site.update) {
    // Until the update is whole, no manifest describes the site: a build killed meanwhile makes the next one start afresh.
    rmSync(manifestFile!, { force: true });
    updateInPlace(staging, output, site.update);
    removeInBackground(staging);
  } else swapIn(staging, output);
  if (manifestFile) writeManifest(manifestFile, output, site.generation, site.files);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // Notes come last: rendering adds its own (a `_site.yml` key it ignored, say).
  for (const note of report.notes) log(`note: ${note}`);
  const phases = Object.entries(timings).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)}s`).join(', ');
  const pages = `${site.rendered} pages rendered, ${site.reused} unchanged, ${site.searchIndexed} of ${site.searchBundles} search bundles indexed`;
  log(`built ${report.articles} articles (${report.withWarnings} with warnings, ${skipped.length} skipped) into ${options.outputDir} in ${seconds}s (${phases}; ${pages})`);
  return report;
}

/** Refuse output folders whose replacement would destroy the content or the system. */
export function checkOutputDir(contentDir: string, outputDir: string): void {
  const content = resolve(contentDir);
  const output = resolve(outputDir);
  if (output === dirname(output)) throw new Error(`refusing to write the site to ${output}: it is the file-system root`);
  if (output === content) throw new Error(`refusing to write the site into the content folder ${contentDir}`);
  const rel = relative(output, content);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    throw new Error(`refusing to write the site to ${outputDir}: it contains the content folder ${contentDir}`);
  }
  if (output === resolve(process.cwd()) || output === resolve('/root') || output === resolve(process.env.HOME ?? '/')) {
    throw new Error(`refusing to write the site to ${outputDir}: replacing it would delete what is there`);
  }
}

/** Folders this process made beside outputs: a build run twice in one process must not take the last one's. */
const madeHere = new Set<string>();

/** `<output>.building-<pid>-<n>` or `<output>.old-<pid>-<n>`, a name no other build uses. */
function besideOutput(output: string, kind: 'building' | 'old'): string {
  const folder = `${output}.${kind}-${process.pid}-${madeHere.size + 1}`;
  madeHere.add(folder);
  return folder;
}

/** Staging and old folders that builds killed part-way left beside the output (their process is gone). */
function removeLeftovers(output: string): void {
  const parent = dirname(output);
  const prefix = `${basename(output)}.`;
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    const match = name.startsWith(prefix) ? /^(?:building|old)-(\d+)(?:-\d+)?$/.exec(name.slice(prefix.length)) : null;
    const folder = join(parent, name);
    // A folder with this process's id that it did not make is an older process's (ids are reused).
    if (match && (Number(match[1]) === process.pid ? !madeHere.has(folder) : !processAlive(Number(match[1])))) removeInBackground(folder);
  }
}

/** Delete a folder from a detached process: removing 60,000 files takes this disk half a minute, which a build need not wait for. */
function removeInBackground(folder: string): void {
  const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], { detached: true, stdio: 'ignore' });
  remover.on('error', () => rmSync(folder, { recursive: true, force: true }));
  remover.unref();
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two renames, each atomic: the old site is whole until the new one takes its name. The old
 * site is then deleted in the background; should that die, the next build removes it (removeLeftovers).
 */
function swapIn(staging: string, output: string): void {
  const old = besideOutput(output, 'old');
  const hadOld = existsSync(output);
  if (hadOld) renameSync(output, old);
  renameSync(staging, output);
  if (hadOld) removeInBackground(old);
}

/** Records from `npm run extract` NDJSON (merged shards, say); a malformed line is skipped with its line number. */
function readRecords(file: string): { records: ArticleRecord[]; skipped: Skipped[] } {
  const records: ArticleRecord[] = [];
  const skipped: Skipped[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const where = `${file}:${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        skipped.push({ path: where, reason: `not a JSON record (${error instanceof Error ? error.message : error})` });
        return;
      }
      const problems = validateRecord(value);
      if (problems.length > 0) skipped.push({ path: where, reason: `not a valid record: ${problems.join('; ')}` });
      else records.push(value as ArticleRecord);
    });
  return { records, skipped };
}
