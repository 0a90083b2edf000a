/** Hashes of source trees, for versions that must change when the code or data behind them does. */
import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Add each file under `entries` (files or folders, relative to `root`) to `hash`: its path from
 * `root`, then its bytes, folders walked in sorted order. Missing entries are skipped.
 */
export function hashFiles(hash: Hash, root: string, entries: readonly string[]): Hash {
  const add = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(path.slice(root.length)).update('\0').update(readFileSync(path));
  };
  for (const entry of entries) add(join(root, entry));
  return hash;
}
