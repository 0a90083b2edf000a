/**
 * The whole build: content folder (or extracted records) to archive to site.
 * The site is rendered into a staging folder beside the output and swapped in
 * only when complete, so a build that dies half-way leaves the last site whole.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { ArticleRecord } from './types.js';
import type { Skipped } from './read/index.js';
import { buildArchive, loadAliasRules } from './archive/index.js';
import { extractPaths } from './pipeline.js';
import { renderSite, serveSite } from './site/index.js';

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** NDJSON from `npm run extract` (possibly merged shards) to use instead of reading the content folder. */
  recordsFile?: string;
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

  const { records, skipped } = options.recordsFile
    ? { records: readRecords(options.recordsFile), skipped: [] as Skipped[] }
    : extractPaths([options.contentDir], { referenceYear: options.referenceYear });
  const archive = buildArchive(records, { aliasRules: loadAliasRules(options.contentDir) });
  const report: BuildReport = {
    articles: archive.articles.length,
    withWarnings: archive.articles.filter((article) => article.warnings.length > 0).length,
    skipped,
    warnings: archive.articles.filter((a) => a.warnings.length > 0).map((a) => ({ file: a.file, warnings: a.warnings })),
    notes: archive.notes,
  };
  for (const skip of skipped) log(`skipped: ${skip.path}: ${skip.reason}`);
  for (const item of report.warnings) for (const warning of item.warnings) log(`warning: ${item.file}: ${warning}`);
  for (const note of archive.notes) log(`note: ${note}`);
  if (archive.articles.length === 0) return report;

  const siteOptions = { archive, contentDir: options.contentDir, pathPrefix: options.pathPrefix, report };
  if (options.serve) {
    await serveSite({ ...siteOptions, outputDir: options.outputDir });
    return report;
  }
  const output = resolve(options.outputDir);
  const staging = `${output}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await renderSite({ ...siteOptions, outputDir: staging });
    mkdirSync(join(staging, 'data'), { recursive: true });
    writeFileSync(join(staging, 'data', 'build-report.json'), JSON.stringify(report, null, 1) + '\n');
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  swapIn(staging, output);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`built ${report.articles} articles (${report.withWarnings} with warnings, ${skipped.length} skipped) into ${options.outputDir} in ${seconds}s`);
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

/** Two renames, each atomic: the old site is whole until the new one takes its name. */
function swapIn(staging: string, output: string): void {
  const old = `${output}.old-${process.pid}`;
  const hadOld = existsSync(output);
  if (hadOld) renameSync(output, old);
  renameSync(staging, output);
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

function readRecords(file: string): ArticleRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line, index) => {
      try {
        return JSON.parse(line) as ArticleRecord;
      } catch (error) {
        throw new Error(`${file}: line ${index + 1} is not a JSON record (${error instanceof Error ? error.message : error})`);
      }
    });
}
