/**
 * Incremental builds: a page is rendered again only when what it is made from changed, and
 * only what changed is written.
 *
 * A page's bytes are a function of its model data, the site data every page sees, and the
 * code and templates that render it. Each page gets a fingerprint, a hash of its model data;
 * the site gets a generation, a hash of everything else (templates, Eleventy configuration,
 * src/site, the lockfile's package versions, the site data). The build keeps both in a
 * manifest in its cache folder, with every file and folder it made. The next build, when the
 * generation is the same, renders only the pages whose fingerprint changed into a staging
 * folder, then moves them into the live site and deletes the pages that are gone, the way
 * `rsync --delay-updates` does: each file is replaced whole, by a rename, and the site is a
 * mix of old and new pages only for the moment the renames take. The manifest is deleted
 * before the first rename and written after the last, so a build that dies half-way leaves
 * no manifest, and the next build renders the whole site afresh and swaps it in.
 *
 * The manifest names the folder it describes by path, device and inode, so if anything else
 * replaced the site since (another tool, a copy, a restore), nothing is reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles } from '../hash-files.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What a page's bytes depend on besides its data. */
const RENDERING = ['templates', '.eleventy.ts', 'src/site', 'package-lock.json'];
const MANIFEST_FORMAT = 3;

/**
 * Every file and search-bundle folder a build made (output-relative path) with its fingerprint:
 * '' for files written by every build. The one-off pages and static assets are not listed: their
 * set is fixed by the templates, so by the generation.
 */
export type SiteFiles = Record<string, string>;

/** The site the last build made, as its manifest describes it. */
export interface PreviousSite {
  dir: string;
  generation: string;
  files: SiteFiles;
}

interface Manifest {
  format: number;
  output: string;
  device: number;
  inode: number;
  generation: string;
  files: SiteFiles;
}

/** What an update does to the live site besides moving the staged files in. */
export interface SiteUpdate {
  /** Folders (search bundles) that replace their namesakes whole. */
  replaced: string[];
  /** Files and folders the site no longer has. */
  removed: string[];
}

/** A hash of the rendering code and templates and of `site` (the data every page sees). */
export function siteGeneration(site: unknown): string {
  return hashFiles(createHash('sha1'), ROOT, RENDERING).update(JSON.stringify(site)).digest('hex');
}

/** A page's fingerprint: a hash of its data as JSON (model objects are plain data, in a fixed key order). */
export function fingerprint(data: unknown): string {
  return createHash('sha1').update(JSON.stringify(data)).digest('base64url');
}

/** Page fields holding article cards and feed entries: objects many pages share (see model.ts). */
const SHARED_FIELDS = ['related', 'older', 'newer', 'articles', 'first', 'last', 'entries'];

/**
 * Fingerprints of pages that share objects: a shared card's own fingerprint stands in for its
 * JSON, so a card listed on a hundred pages is serialised once, not a hundred times (almost half
 * the bytes of a 10,000-article site's page data). A changed card still changes every page that
 * lists it. One fingerprinter per build step, so that its memo goes with the pages.
 */
export function pageFingerprinter(): (page: object) => string {
  const shared = new WeakMap<object, string>();
  const stand = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    let print = shared.get(value);
    if (print === undefined) shared.set(value, (print = fingerprint(value)));
    return print;
  };
  return (page) => {
    const view: Record<string, unknown> = { ...page };
    for (const field of SHARED_FIELDS) {
      const value = view[field];
      if (value !== undefined) view[field] = Array.isArray(value) ? value.map(stand) : stand(value);
    }
    return fingerprint(view);
  };
}

/** The manifest of the site at `outputDir` in `cacheDir`: one per output folder, so that sites built with one cache keep their reuse. */
export function manifestFileFor(cacheDir: string, outputDir: string): string {
  return join(cacheDir, `site-${createHash('sha1').update(resolve(outputDir)).digest('hex').slice(0, 12)}.json`);
}

/** The site at `outputDir`, if the manifest in `manifestFile` describes that very folder. */
export function readPreviousSite(manifestFile: string, outputDir: string): PreviousSite | null {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const output = statSync(outputDir);
    const same = manifest.format === MANIFEST_FORMAT && manifest.output === resolve(outputDir) && manifest.device === output.dev && manifest.inode === output.ino;
    return same ? { dir: resolve(outputDir), generation: manifest.generation, files: manifest.files } : null;
  } catch {
    // No manifest, an unreadable one, or no site yet.
    return null;
  }
}

/** Record the site just built, once it is in place at `outputDir`. */
export function writeManifest(manifestFile: string, outputDir: string, generation: string, files: SiteFiles): void {
  const site = statSync(outputDir);
  const manifest: Manifest = { format: MANIFEST_FORMAT, output: resolve(outputDir), device: site.dev, inode: site.ino, generation, files };
  mkdirSync(dirname(manifestFile), { recursive: true });
  const temp = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(manifest));
  renameSync(temp, manifestFile);
}

/** Pages fingerprinted between two turns of the event loop in `changedPages`. */
const PAGES_PER_TURN = 200;

/**
 * The pages of `list` to render: those whose fingerprint differs from the last build's, or whose
 * file is gone (deleted by hand, say). Every page's fingerprint goes into `files`. The work
 * yields to the event loop every few milliseconds, so that I/O started before it (records on
 * their way to Pagefind's process) goes on meanwhile.
 */
export async function changedPages<T extends { permalink: string }>(
  list: readonly T[],
  previous: PreviousSite,
  files: SiteFiles,
  fingerprintOf: (page: T) => string,
): Promise<T[]> {
  const changed = new Set<T>();
  const unchanged: T[] = [];
  for (const [i, page] of list.entries()) {
    if (i % PAGES_PER_TURN === PAGES_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    const print = (files[page.permalink] = fingerprintOf(page));
    if (previous.files[page.permalink] === print) unchanged.push(page);
    else changed.add(page);
  }
  // Checked in one run, not between fingerprints: interleaved with the hashing, the same checks took half as long again.
  for (const page of unchanged) if (!existsSync(join(previous.dir, page.permalink))) changed.add(page);
  return list.filter((page) => changed.has(page));
}

/** What the site had and no longer has: paths in `previous` but not in `current`. */
export function removedFiles(previous: PreviousSite, current: SiteFiles): string[] {
  return Object.keys(previous.files).filter((path) => !(path in current));
}

/**
 * Move everything in `staging` into the live site at `outputDir`, replacing files one rename
 * each and `update.replaced` folders whole, then take `update.removed` out of the site and
 * delete the folders that leaves empty. Afterwards `staging` holds only what the site gave up
 * (the replaced folders and the removed files), for the caller to delete: a search bundle is
 * thousands of files, which this disk takes most of a second to delete.
 */
export function updateInPlace(staging: string, outputDir: string, update: SiteUpdate): void {
  const replaced = new Set(update.replaced.map((path) => path.replace(/\/$/, '')));
  let given = 0;
  const giveUp = (path: string): void => {
    if (existsSync(path)) renameSync(path, join(staging, `.given-up-${++given}`));
  };
  const move = (path: string): void => {
    for (const entry of readdirSync(join(staging, path), { withFileTypes: true })) {
      const child = path ? `${path}/${entry.name}` : entry.name;
      const to = join(outputDir, child);
      if (entry.isDirectory() && !replaced.has(child)) {
        mkdirSync(to, { recursive: true });
        move(child);
      } else {
        // Pagefind names its files by content: a bundle is replaced whole, not merged with the old one.
        if (entry.isDirectory()) giveUp(to);
        renameSync(join(staging, child), to);
      }
    }
  };
  move('');
  for (const path of update.removed) {
    giveUp(join(outputDir, path));
    removeEmptyFolders(outputDir, dirname(path));
  }
}

/** Remove `path` (output-relative) and its parents while they are empty, up to the site's root. */
function removeEmptyFolders(outputDir: string, path: string): void {
  for (let dir = path; dir !== '.' && dir !== ''; dir = dirname(dir)) {
    try {
      rmdirSync(join(outputDir, dir));
    } catch {
      return; // not empty, or already gone
    }
  }
}
