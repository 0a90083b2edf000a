/**
 * An editor's corrections to entity merging, from `_aliases.yml` in the content folder:
 *
 * ```yaml
 * merge:            # these names are one entity; the first is the canonical name
 *   people:
 *     - [Bashar al-Assad, Assad, Bashar Assad]
 * separate:         # these names are never merged with each other
 *   people:
 *     - [George Bush, George W. Bush]
 * rename:           # show an entity under another canonical name
 *   organizations:
 *     HTS: Hayat Tahrir al-Sham
 * ```
 * Kinds are `people`, `places` and `organizations`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

import { NAMED_ENTITY_KINDS, type NamedEntityKind } from '../types.js';

/** The kinds whose variants merge: the record's named entities. */
export const MERGEABLE_KINDS = NAMED_ENTITY_KINDS;
export type MergeableKind = NamedEntityKind;

export interface AliasRules {
  merge: Record<MergeableKind, string[][]>;
  separate: Record<MergeableKind, string[][]>;
  rename: Record<MergeableKind, Record<string, string>>;
  /** Where the rules came from, for the build report. */
  file: string | null;
}

export const ALIAS_FILE = '_aliases.yml';

export function emptyAliasRules(): AliasRules {
  const perKind = <T>(make: () => T) => Object.fromEntries(MERGEABLE_KINDS.map((kind) => [kind, make()])) as Record<MergeableKind, T>;
  return { merge: perKind(() => []), separate: perKind(() => []), rename: perKind(() => ({})), file: null };
}

/** Read `_aliases.yml` from the content folder; a missing file means no rules, a broken one throws with the reason. */
export function loadAliasRules(contentDir: string): AliasRules {
  const file = join(contentDir, ALIAS_FILE);
  if (!existsSync(file)) return emptyAliasRules();
  return parseAliasRules(readFileSync(file, 'utf8'), file);
}

export function parseAliasRules(text: string, file: string): AliasRules {
  const rules = emptyAliasRules();
  rules.file = file;
  let data: unknown;
  try {
    data = load(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : error})`);
  }
  if (data === null || data === undefined) return rules;
  if (!isRecord(data)) throw new Error(`${file}: expected sections merge, separate and rename`);
  for (const [section, value] of Object.entries(data)) {
    if (section !== 'merge' && section !== 'separate' && section !== 'rename') {
      throw new Error(`${file}: unknown section "${section}" (expected merge, separate or rename)`);
    }
    if (!isRecord(value)) throw new Error(`${file}: "${section}" should map people/places/organizations to rules`);
    for (const [kind, body] of Object.entries(value)) {
      if (!(MERGEABLE_KINDS as readonly string[]).includes(kind)) {
        throw new Error(`${file}: ${section}: unknown kind "${kind}" (expected people, places or organizations)`);
      }
      const k = kind as MergeableKind;
      if (section === 'rename') {
        if (!isRecord(body) || !Object.values(body).every((v) => typeof v === 'string')) {
          throw new Error(`${file}: rename.${kind} should map old names to new names`);
        }
        rules.rename[k] = body as Record<string, string>;
      } else {
        if (!Array.isArray(body) || !body.every((group) => Array.isArray(group) && group.length >= 2 && group.every((n) => typeof n === 'string'))) {
          throw new Error(`${file}: ${section}.${kind} should be a list of name lists, each with two names or more`);
        }
        rules[section][k] = body as string[][];
      }
    }
  }
  return rules;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
