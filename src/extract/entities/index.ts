// Placeholder until the tagger lands (issue 3): the signature is the contract.
import type { Entity, Place } from '../../types.js';

export interface EntityOptions {
  /** The article's headline, often in ALL CAPS, as extra evidence. */
  headline?: string;
  /** Names that must not be reported as mentioned people (the byline's authors). */
  exclude?: string[];
}

export interface ExtractedEntities {
  people: Entity[];
  places: Place[];
  organizations: Entity[];
}

export function extractEntities(_body: string, _options: EntityOptions = {}): ExtractedEntities {
  return { people: [], places: [], organizations: [] };
}
