/**
 * Text -> features for the topic classifier: lower-cased word stems and adjacent-stem
 * bigrams ("prime minist" is not produced: stems only drop plural endings, so bigrams read
 * "prime minister", "interest rate"). Shared by training, the lexicon and classification so
 * the three always agree.
 */

// Function words and newsroom filler that say nothing about a topic.
const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor ' +
    'not now of off on once only or other our ours ourselves out over own same she should so some such than that the ' +
    'their theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves said say says ' +
    'told mr mrs ms dr one two three four five six seven eight nine ten also year years would could may might must ' +
    'shall us it\'s its don\'t didn\'t doesn\'t isn\'t wasn\'t can\'t won\'t new like last first get got make made ' +
    'people time way well back still even many much yet another every since around among per via upon whether ' +
    'however although though already including include told according added week day today monday tuesday ' +
    'wednesday thursday friday saturday sunday'
  ).split(/\s+/),
);

/** Whether a lower-case word is a stop word (dropped from the features). */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** Strips plural and possessive endings only: cheap, and keeps stems readable in explanations. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies') && !word.endsWith('eies')) return word.slice(0, -3) + 'y';
  if (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is') &&
    !word.endsWith('ics')
  ) {
    return word.slice(0, -1);
  }
  return word;
}

// Punctuation that ends a clause: a bigram never spans it.
const BREAKS = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '"', '\n']);

const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * The content-word stems of a text, in order, with stop words dropped and clause breaks marked
 * by ''. Words are runs of ASCII letters (after lower-casing); an apostrophe ends the word and
 * drops what follows it ("Russia's" -> "russia", "don't" -> "don"); other characters separate
 * words. A hand-written scanner: this is the hot path of classification.
 */
export function stems(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isLetter(c)) {
      const start = i;
      while (i < n && isLetter(lower.charCodeAt(i))) i++;
      const w = lower.slice(start, i);
      // Skip an apostrophe and the letters after it.
      while (i + 1 < n && (lower.charCodeAt(i) === 39 || lower.charCodeAt(i) === 0x2019) && isLetter(lower.charCodeAt(i + 1))) {
        i++;
        while (i < n && isLetter(lower.charCodeAt(i))) i++;
      }
      if (w.length >= 2 && !STOP.has(w)) out.push(stem(w));
      continue;
    }
    if (BREAKS.has(lower[i] as string) && out.length > 0 && out[out.length - 1] !== '') out.push('');
    i++;
  }
  return out;
}

/** Headline weight: a headline word is worth this many body words. */
export const HEADLINE_WEIGHT = 3;

export interface DocumentText {
  headline: string;
  body: string;
}

/**
 * Calls `visit(unigram, bigramPrev, weight)` for every content stem of the document, headline
 * first (weighted HEADLINE_WEIGHT), with the previous stem when the two form a bigram ('' when
 * a clause break or the start lies between them). The single definition of the features.
 */
export function forEachStem(doc: DocumentText, visit: (w: string, prev: string, weight: number) => void): void {
  for (const [text, weight] of [
    [doc.headline, HEADLINE_WEIGHT],
    [doc.body, 1],
  ] as const) {
    let prev = '';
    for (const w of stems(text)) {
      if (w === '') prev = '';
      else {
        visit(w, prev, weight);
        prev = w;
      }
    }
  }
}

/**
 * The document vector: x_f = (1 + ln tf_f) / sqrt(M), where tf is the weighted count of the
 * unigram or bigram f and M the weighted count of all unigram and bigram occurrences. The
 * normaliser needs no per-feature counts, so the classifier can skip features it does not know
 * (see classifier.ts) and still compute exactly these values.
 */
export function vectorize(doc: DocumentText): Map<string, number> {
  const counts = new Map<string, number>();
  let mass = 0;
  forEachStem(doc, (w, prev, weight) => {
    counts.set(w, (counts.get(w) ?? 0) + weight);
    mass += weight;
    if (prev !== '') {
      const bi = prev + ' ' + w;
      counts.set(bi, (counts.get(bi) ?? 0) + weight);
      mass += weight;
    }
  });
  const inv = mass > 0 ? 1 / Math.sqrt(mass) : 0;
  for (const [k, tf] of counts) counts.set(k, (1 + Math.log(tf)) * inv);
  return counts;
}

/** Counts the features of a short text (entity names): presence per feature. */
export function countFeatures(text: string, counts: Map<string, number>): void {
  forEachStem({ headline: '', body: text }, (w, prev) => {
    counts.set(w, 1);
    if (prev !== '') counts.set(prev + ' ' + w, 1);
  });
}

/** A lexicon or rule phrase as feature keys: "Interest rates" -> "interest rate". */
export function phraseKey(phrase: string): string {
  return stems(phrase).filter((w) => w !== '').join(' ');
}
