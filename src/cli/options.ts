/** Command-line parsing and console output shared by the CLIs. */
import type { Skipped } from '../read/index.js';

export function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

/**
 * Run a `parseArgs` call with a usage line for the user: printed for `--help`, and after the
 * message when an option is unknown or lacks its value (instead of a stack trace).
 */
export function parseCommandLine<T extends { values: { help?: boolean | undefined } }>(parse: () => T, usage: string): T {
  let parsed: T;
  try {
    parsed = parse();
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return parsed;
}

export function parseShard(text: string | undefined): { index: number; count: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (!match || n < 1 || k < 1 || k > n) fail(`--shard takes K/N with 1 <= K <= N, got "${text}"`);
  return { index: k - 1, count: n };
}

export function parseReferenceYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) fail(`--reference-year takes a four-digit year, got "${text}"`);
  return Number(text);
}

export function reportSkipped(skipped: Skipped[]): void {
  for (const skip of skipped) process.stderr.write(`skipped: ${skip.path}: ${skip.reason}\n`);
}

/** Write lines to stdout honouring back-pressure, so a 10,000-record pipe is not truncated. */
export async function writeLines(lines: string[]): Promise<void> {
  const chunk = 512;
  for (let i = 0; i < lines.length; i += chunk) {
    const text = lines.slice(i, i + chunk).join('\n') + '\n';
    if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}
