// Display case for names written in ALL CAPS by wire copy (`PORTLAND, Ore.` -> `Portland, Ore.`), leaving mixed-case text as written.

// Particles that stay lower case inside a place or person name (`Rio de Janeiro`, `Dar es Salaam`).
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'es', 'of', 'the', 'upon', 'on', 'y', 'la', 'le']);

/** Whether a string has letters and none of them lower case. */
export function isAllCaps(text: string): boolean {
  return /[A-Z]/.test(text) && !/[a-z]/.test(text);
}

/** One word in display case: `AL-AIN` -> `Al-Ain`, `O'HARE` -> `O'Hare`; mixed case and dotted initials (`N.J.`) kept. */
export function displayWord(word: string, first = true): string {
  if (!isAllCaps(word) || /^([A-Z]\.)+$/.test(word)) return word;
  const lower = word.toLowerCase();
  if (!first && PARTICLES.has(lower)) return lower;
  // Capitalise the first letter and each letter after a hyphen, slash, apostrophe or bracket.
  return lower.replace(/(^|[-/'’(])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** A phrase in display case when it is ALL CAPS; mixed-case phrases are returned as written. */
export function displayPhrase(text: string): string {
  if (!isAllCaps(text)) return text;
  let first = true;
  return text.replace(/[^\s]+/g, (w) => {
    const out = displayWord(w, first);
    first = false;
    return out;
  });
}

/** A place's components in display case: the city always converted; later short codes (`N.Y.`, `UK`, `KY`) kept. */
export function displayPlace(components: readonly string[]): string[] {
  return components.map((c, i) => {
    if (i === 0) return displayPhrase(c);
    const letters = c.replace(/[^A-Za-z]/g, '');
    if (isAllCaps(c) && letters.length <= 3 && !c.endsWith('.')) return c;
    return displayPhrase(c);
  });
}
