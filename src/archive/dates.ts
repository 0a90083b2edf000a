// Placeholder until collection-level year resolution lands (owned by the extraction work).
import type { ArticleRecord } from '../types.js';

export function resolveArchiveDates(_records: ArticleRecord[]): void {}
