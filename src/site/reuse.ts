/**
 * Incremental builds: a page is rendered again only when what it is made from changed.
 *
 * A page's bytes are a function of its model data, the site data every page sees, and the
 * code and templates that render it. Each page gets a fingerprint, a hash of its model data;
 * the site gets a generation, a hash of everything else (templates, Eleventy configuration,
 * src/site, the lockfile's package versions, the site data). The build keeps both in a
 * manifest in its cache folder. The next build, when the generation is the same, hard-links
 * each page whose fingerprint is unchanged from the current site into its staging folder
 * instead of rendering it: the result is byte for byte what rendering would give.
 *
 * The manifest names the folder it describes by path, device and inode. The staging folder
 * keeps its inode when it is renamed into place, so if anything else replaced the site since
 * (another tool, a copy, a restore), nothing is reused.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles } from '../hash-files.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What a page's bytes depend on besides its data. */
const RENDERING = ['templates', '.eleventy.ts', 'src/site', 'package-lock.json'];
const MANIFEST_FORMAT = 1;

/** The previous build's site and the fingerprints of its pages, by output path. */
export interface PreviousSite {
  dir: string;
  pages: Record<string, string>;
}

interface Manifest {
  format: number;
  output: string;
  device: number;
  inode: number;
  generation: string;
  pages: Record<string, string>;
}

/** A hash of the rendering code and templates and of `site` (the data every page sees). */
export function siteGeneration(site: unknown): string {
  return hashFiles(createHash('sha1'), ROOT, RENDERING).update(JSON.stringify(site)).digest('hex');
}

/** A page's fingerprint: a hash of its data as JSON (model objects are plain data, in a fixed key order). */
export function fingerprint(data: unknown): string {
  return createHash('sha1').update(JSON.stringify(data)).digest('base64url');
}

/** The manifest of the site at `outputDir` in `cacheDir`: one per output folder, so that sites built with one cache keep their reuse. */
export function manifestFileFor(cacheDir: string, outputDir: string): string {
  return join(cacheDir, `site-${createHash('sha1').update(resolve(outputDir)).digest('hex').slice(0, 12)}.json`);
}

/** The previous site, if `manifestFile` describes the folder now at `outputDir` with this generation. */
export function readPreviousSite(manifestFile: string, outputDir: string, generation: string): PreviousSite | null {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const output = statSync(outputDir);
    const same =
      manifest.format === MANIFEST_FORMAT &&
      manifest.output === resolve(outputDir) &&
      manifest.device === output.dev &&
      manifest.inode === output.ino &&
      manifest.generation === generation;
    return same ? { dir: resolve(outputDir), pages: manifest.pages } : null;
  } catch {
    // No manifest, an unreadable one, or no site yet: render everything.
    return null;
  }
}

/** Record the site just built, once it is in place at `outputDir`. */
export function writeManifest(manifestFile: string, outputDir: string, generation: string, pages: Record<string, string>): void {
  const site = statSync(outputDir);
  const manifest: Manifest = { format: MANIFEST_FORMAT, output: resolve(outputDir), device: site.dev, inode: site.ino, generation, pages };
  mkdirSync(dirname(manifestFile), { recursive: true });
  const temp = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(manifest));
  renameSync(temp, manifestFile);
}

/**
 * Hard-links unchanged files from the previous site into a new one. Folders are made once
 * each. A link that fails (a file removed by hand, a file system without hard links) just
 * means the page is rendered.
 */
export class PageLinker {
  private readonly made = new Set<string>();

  constructor(
    private readonly previous: PreviousSite | undefined,
    private readonly outputDir: string,
  ) {}

  /** True when `path` (output-relative) had fingerprint `print` last time and is now linked into place. */
  reuse(path: string, print: string): boolean {
    if (!this.previous || this.previous.pages[path] !== print) return false;
    const target = join(this.outputDir, path);
    try {
      this.makeDir(dirname(target));
      linkSync(join(this.previous.dir, path), target);
    } catch {
      return false;
    }
    return true;
  }

  /** Link a whole folder of the previous site (the search bundle); false, and nothing half-linked, if any file fails. */
  reuseFolder(path: string, print: string): boolean {
    if (!this.previous || this.previous.pages[path] !== print) return false;
    const from = join(this.previous.dir, path);
    const to = join(this.outputDir, path);
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(join(from, dir), { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else files.push(join(dir, entry.name));
      }
    };
    try {
      walk('');
      for (const file of files) {
        this.makeDir(dirname(join(to, file)));
        linkSync(join(from, file), join(to, file));
      }
    } catch {
      rmSync(to, { recursive: true, force: true });
      return false;
    }
    return true;
  }

  private makeDir(dir: string): void {
    if (this.made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
}
