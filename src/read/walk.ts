/**
 * Find the article files under the paths a user gives. Folders are walked
 * recursively in a fixed order (so output is deterministic); names starting
 * with `_` or `.` are config or hidden, not articles; symlink loops are cut.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'];

export interface Skipped {
  path: string;
  reason: string;
}

export interface FoundFiles {
  files: string[];
  skipped: Skipped[];
}

export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('_') && !name.startsWith('.') && ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Every article file under `paths` (files are taken as given, whatever their name). */
export function findArticleFiles(paths: string[]): FoundFiles {
  const found: FoundFiles = { files: [], skipped: [] };
  const seenDirs = new Set<string>();
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      found.skipped.push({ path, reason: describeFsError(error) });
      continue;
    }
    if (stats.isDirectory()) walk(path, seenDirs, found);
    else if (stats.isFile()) found.files.push(path);
    else found.skipped.push({ path, reason: 'not a regular file (a device, socket or pipe)' });
  }
  return found;
}

function walk(dir: string, seenDirs: Set<string>, found: FoundFiles): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    found.skipped.push({ path: dir, reason: describeFsError(error) });
    return;
  }
  if (seenDirs.has(real)) {
    found.skipped.push({ path: dir, reason: 'folder already read (a symlink loop or a second link to it); skipped' });
    return;
  }
  seenDirs.add(real);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    found.skipped.push({ path: dir, reason: describeFsError(error) });
    return;
  }
  // Code-point order, not locale order: the same tree lists the same way on every machine.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const path = join(dir, name);
    let stats;
    try {
      stats = statSync(path); // follows symlinks; a dangling or looping link throws
    } catch (error) {
      found.skipped.push({ path, reason: describeFsError(error) });
      continue;
    }
    if (stats.isDirectory()) walk(path, seenDirs, found);
    else if (stats.isFile() && isArticleName(name)) found.files.push(path);
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder (or a link to nothing)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'ELOOP':
      return 'symlink loop: the link points back at itself';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
