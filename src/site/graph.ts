/**
 * Archive-wide relations computed once, in TypeScript, so that no page template ever
 * scans the archive: which entities appear together, which articles are related.
 *
 * Everything is indexed by integers (articles in archive order, newest first; entities in
 * one global list) and counted in typed arrays. Costs:
 *   - co-occurrence: sum over articles of (entities per article)^2;
 *   - related articles: for each article, candidates come from its entities' article lists,
 *     read in full for rare entities and only in a window around the article (nearest in
 *     time) for common ones, so every article costs O(entities x window), never O(archive).
 */
import type { Archive, EntityEntry, EntityKind } from '../archive/types.js';
import { ENTITY_KINDS } from '../archive/types.js';

export interface Graph {
  /** Every entity of every kind, in ENTITY_KINDS order then index order. */
  entities: EntityEntry[];
  indexOf: Map<string, number>;
  /** Per entity: article indices, newest first. */
  entityArticles: Int32Array[];
  /** Per article: entity indices and, parallel, the article's position in that entity's list. */
  articleEntities: Int32Array[];
  articlePositions: Int32Array[];
  articleIndex: Map<string, number>;
}

export function entityKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

export function buildGraph(archive: Archive): Graph {
  const articleIndex = new Map<string, number>();
  archive.articles.forEach((article, index) => articleIndex.set(article.id, index));
  const entities: EntityEntry[] = [];
  const indexOf = new Map<string, number>();
  for (const kind of ENTITY_KINDS) {
    for (const entry of archive.entities[kind]) {
      indexOf.set(entityKey(kind, entry.id), entities.length);
      entities.push(entry);
    }
  }
  const perArticle: number[][] = archive.articles.map(() => []);
  const perArticlePos: number[][] = archive.articles.map(() => []);
  const entityArticles = entities.map((entry, e) => {
    const list = new Int32Array(entry.articles.length);
    let n = 0;
    for (const id of entry.articles) {
      const a = articleIndex.get(id);
      if (a === undefined) continue;
      list[n] = a;
      perArticle[a]!.push(e);
      perArticlePos[a]!.push(n);
      n++;
    }
    return n === list.length ? list : list.slice(0, n);
  });
  return {
    entities,
    indexOf,
    entityArticles,
    articleEntities: perArticle.map((list) => Int32Array.from(list)),
    articlePositions: perArticlePos.map((list) => Int32Array.from(list)),
    articleIndex,
  };
}

export interface Scored {
  index: number;
  /** Articles the two share. */
  count: number;
  /** `count` weighed by how much more often the two meet than chance would have them: what the list is ordered by. */
  score: number;
}

/**
 * For each entity, the `limit` entities it is most seen with: the articles they share, times the
 * log of how many times more often they meet than chance would have them (below nothing when they
 * meet less often). General Motors is seen with Detroit, Pontiac and Ford, where a raw count would
 * put first the wire that carried every story. Ties by count, then lower index, so that in a small
 * archive, where every name is in most articles, the list is by count.
 */
export function coOccurrence(graph: Graph, articleCount: number, limit = 12): Scored[][] {
  const counts = new Int32Array(graph.entities.length);
  const touched: number[] = [];
  return graph.entities.map((_, e) => {
    for (const a of graph.entityArticles[e]!) {
      for (const f of graph.articleEntities[a]!) {
        if (f === e) continue;
        if (counts[f] === 0) touched.push(f);
        counts[f]!++;
      }
    }
    const mine = graph.entityArticles[e]!.length;
    const score = (f: number) => counts[f]! * Math.log((articleCount * counts[f]!) / (mine * graph.entityArticles[f]!.length));
    const top = topK(touched, counts, score, limit);
    for (const f of touched) counts[f] = 0;
    touched.length = 0;
    return top;
  });
}

/** Scores are sums and products of the same few logarithms: within this, two are equal, so float order never decides. */
const SCORE_TOLERANCE = 1e-9;

/** 1 or -1 when `x` is the higher or lower score, 0 when the two are equal within the tolerance. */
function scoreOrder(x: number, y: number): number {
  return Math.abs(x - y) > SCORE_TOLERANCE ? Math.sign(x - y) : 0;
}

function ranksAbove(score: number, count: number, index: number, other: Scored): boolean {
  const order = scoreOrder(score, other.score);
  if (order !== 0) return order > 0;
  if (count !== other.count) return count > other.count;
  return index < other.index;
}

/** The `limit` highest by score, then count, then lower index; O(n log limit)-ish without sorting everything. */
function topK(candidates: readonly number[], counts: Int32Array, score: (index: number) => number, limit: number): Scored[] {
  const best: Scored[] = [];
  for (const index of candidates) {
    const value = score(index);
    const count = counts[index]!;
    if (best.length === limit && !ranksAbove(value, count, index, best[best.length - 1]!)) continue;
    let at = best.length;
    while (at > 0 && ranksAbove(value, count, index, best[at - 1]!)) at--;
    best.splice(at, 0, { index, count, score: value });
    if (best.length > limit) best.pop();
  }
  return best;
}

const FULL_SCAN_LIMIT = 400;
const WINDOW = 60;

/**
 * Related articles: most shared entities and topics, each shared thing weighted by how rare
 * it is (a shared minor figure says more than a shared "Politics"); ties go to the nearer in time.
 */
export function relatedArticles(graph: Graph, articleCount: number, limit = 5): Int32Array[] {
  const weights = graph.entityArticles.map((list) => Math.log(1 + articleCount / Math.max(1, list.length)));
  const scores = new Float64Array(articleCount);
  const touched: number[] = [];
  const out: Int32Array[] = [];
  for (let a = 0; a < articleCount; a++) {
    const mine = graph.articleEntities[a]!;
    const positions = graph.articlePositions[a]!;
    for (let k = 0; k < mine.length; k++) {
      const e = mine[k]!;
      const list = graph.entityArticles[e]!;
      const w = weights[e]!;
      let from = 0;
      let to = list.length;
      if (list.length > FULL_SCAN_LIMIT) {
        const at = positions[k]!;
        from = Math.max(0, at - WINDOW);
        to = Math.min(list.length, at + WINDOW + 1);
      }
      for (let i = from; i < to; i++) {
        const b = list[i]!;
        if (b === a) continue;
        if (scores[b] === 0) touched.push(b);
        scores[b]! += w;
      }
    }
    const best: { index: number; score: number; distance: number }[] = [];
    for (const b of touched) {
      const score = scores[b]!;
      // Most candidates lose to the current fifth: rule them out before making an object.
      if (best.length === limit && scoreOrder(score, best[limit - 1]!.score) < 0) continue;
      const candidate = { index: b, score, distance: Math.abs(b - a) };
      if (best.length === limit && !better(candidate, best[best.length - 1]!)) continue;
      let at = best.length;
      while (at > 0 && better(candidate, best[at - 1]!)) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    for (const b of touched) scores[b] = 0;
    touched.length = 0;
    out.push(Int32Array.from(best.map((item) => item.index)));
  }
  return out;
}

function better(x: { index: number; score: number; distance: number }, y: { index: number; score: number; distance: number }): boolean {
  const order = scoreOrder(x.score, y.score);
  if (order !== 0) return order > 0;
  if (x.distance !== y.distance) return x.distance < y.distance;
  return x.index < y.index;
}
