/**
 * The IPTC Media Topics this classifier can assign (https://cv.iptc.org/newscodes/mediatopic/).
 *
 * - The 17 top-level topics with their official codes and English labels (IPTC renamed
 *   "religion and belief" to "religion"; the current label is used).
 * - A selection of second-level topics (level 2 of the NewsCodes tree, codes as published).
 * - A few level-3 topics that editors ask for by name (diplomacy under international
 *   relations, the big sports under competition discipline): they are reported as
 *   second-level topics of their top-level ancestor (`parent` is always a top-level id, so
 *   the site can group by it), and `broader` keeps the real IPTC parent code.
 *
 * Ids are slugs of the names. Retired IPTC codes are not used.
 */

export interface TopLevel {
  id: string;
  name: string;
  iptc: string;
}

export interface SubTopic {
  id: string;
  name: string;
  iptc: string;
  /** Id of the top-level ancestor. */
  parent: string;
  /** The IPTC parent code when the topic sits below level 2 in the NewsCodes tree. */
  broader?: string;
}

// Topic ids are slugs like every other id: `economy, business and finance` -> `economy-business-and-finance`.
import { slugify } from '../../slug.js';
export { slugify };

const TOP: ReadonlyArray<readonly [string, string]> = [
  ['medtop:01000000', 'arts, culture, entertainment and media'],
  ['medtop:02000000', 'crime, law and justice'],
  ['medtop:03000000', 'disaster, accident and emergency incident'],
  ['medtop:04000000', 'economy, business and finance'],
  ['medtop:05000000', 'education'],
  ['medtop:06000000', 'environment'],
  ['medtop:07000000', 'health'],
  ['medtop:08000000', 'human interest'],
  ['medtop:09000000', 'labour'],
  ['medtop:10000000', 'lifestyle and leisure'],
  ['medtop:11000000', 'politics'],
  ['medtop:12000000', 'religion'],
  ['medtop:13000000', 'science and technology'],
  ['medtop:14000000', 'society'],
  ['medtop:15000000', 'sport'],
  ['medtop:16000000', 'conflict, war and peace'],
  ['medtop:17000000', 'weather'],
];

export const TOP_LEVEL: readonly TopLevel[] = TOP.map(([iptc, name]) => ({ id: slugify(name), name, iptc }));

// [code, name, top-level code, IPTC parent code when below level 2]
const SUB: ReadonlyArray<readonly [string, string, string, string?]> = [
  // arts, culture, entertainment and media
  ['medtop:20000002', 'arts and entertainment', 'medtop:01000000'],
  ['medtop:20000038', 'culture', 'medtop:01000000'],
  ['medtop:20000045', 'mass media', 'medtop:01000000'],
  // conflict, war and peace
  ['medtop:20000053', 'act of terror', 'medtop:16000000'],
  ['medtop:20000056', 'armed conflict', 'medtop:16000000'],
  ['medtop:20000065', 'civil unrest', 'medtop:16000000'],
  ['medtop:20000070', "coup d'etat", 'medtop:16000000'],
  ['medtop:20000071', 'massacre', 'medtop:16000000'],
  ['medtop:20000073', 'peace process', 'medtop:16000000'],
  ['medtop:20000077', 'post-war reconstruction', 'medtop:16000000'],
  ['medtop:20000080', 'prisoners of war', 'medtop:16000000'],
  // crime, law and justice
  ['medtop:20000082', 'crime', 'medtop:02000000'],
  ['medtop:20000106', 'judiciary', 'medtop:02000000'],
  ['medtop:20000119', 'justice', 'medtop:02000000'],
  ['medtop:20000121', 'law', 'medtop:02000000'],
  ['medtop:20000129', 'law enforcement', 'medtop:02000000'],
  // disaster, accident and emergency incident
  ['medtop:20000139', 'accident and emergency incident', 'medtop:03000000'],
  ['medtop:20000148', 'disaster', 'medtop:03000000'],
  ['medtop:20000168', 'emergency response', 'medtop:03000000'],
  // economy, business and finance
  ['medtop:20000170', 'business information', 'medtop:04000000'],
  ['medtop:20000209', 'economic sector', 'medtop:04000000'],
  ['medtop:20000344', 'economy', 'medtop:04000000'],
  ['medtop:20000385', 'market and exchange', 'medtop:04000000'],
  // education
  ['medtop:20001338', 'education policy', 'medtop:05000000'],
  ['medtop:20000413', 'educational testing and examinations', 'medtop:05000000'],
  ['medtop:20000400', 'school', 'medtop:05000000'],
  ['medtop:20000415', 'students', 'medtop:05000000'],
  ['medtop:20000416', 'teachers', 'medtop:05000000'],
  // environment
  ['medtop:20000418', 'climate change', 'medtop:06000000'],
  ['medtop:20000420', 'conservation', 'medtop:06000000'],
  ['medtop:20000424', 'environmental pollution', 'medtop:06000000'],
  ['medtop:20000430', 'natural resources', 'medtop:06000000'],
  ['medtop:20000441', 'nature', 'medtop:06000000'],
  // health
  ['medtop:20000446', 'diseases and conditions', 'medtop:07000000'],
  ['medtop:20000480', 'government health care', 'medtop:07000000'],
  ['medtop:20000461', 'health facility', 'medtop:07000000'],
  ['medtop:20000483', 'health insurance', 'medtop:07000000'],
  ['medtop:20000463', 'health organisations', 'medtop:07000000'],
  ['medtop:20000464', 'health treatment', 'medtop:07000000'],
  ['medtop:20000485', 'medical profession', 'medtop:07000000'],
  // human interest
  ['medtop:20000500', 'animal', 'medtop:08000000'],
  ['medtop:20000498', 'award and prize', 'medtop:08000000'],
  ['medtop:20000505', 'celebrity', 'medtop:08000000'],
  ['medtop:20000501', 'ceremony', 'medtop:08000000'],
  ['medtop:20000499', 'record and achievement', 'medtop:08000000'],
  ['medtop:20001237', 'anniversary', 'medtop:08000000'],
  ['medtop:20001238', 'birthday', 'medtop:08000000'],
  // labour
  ['medtop:20000509', 'employment', 'medtop:09000000'],
  ['medtop:20000521', 'employment legislation', 'medtop:09000000'],
  ['medtop:20000523', 'labour market', 'medtop:09000000'],
  ['medtop:20000524', 'labour relations', 'medtop:09000000'],
  ['medtop:20000531', 'retirement', 'medtop:09000000'],
  ['medtop:20000533', 'unemployment', 'medtop:09000000'],
  ['medtop:20000536', 'unions', 'medtop:09000000'],
  // lifestyle and leisure
  ['medtop:20000538', 'leisure', 'medtop:10000000'],
  ['medtop:20000565', 'lifestyle', 'medtop:10000000'],
  ['medtop:20001339', 'wellness', 'medtop:10000000'],
  // politics
  ['medtop:20000574', 'election', 'medtop:11000000'],
  ['medtop:20000587', 'fundamental rights', 'medtop:11000000'],
  ['medtop:20000593', 'government', 'medtop:11000000'],
  ['medtop:20000621', 'government policy', 'medtop:11000000'],
  ['medtop:20000638', 'international relations', 'medtop:11000000'],
  ['medtop:20000639', 'diplomacy', 'medtop:11000000', 'medtop:20000638'],
  ['medtop:20000646', 'non-governmental organisation', 'medtop:11000000'],
  ['medtop:20000647', 'political crisis', 'medtop:11000000'],
  ['medtop:20000648', 'political dissent', 'medtop:11000000'],
  ['medtop:20000649', 'political process', 'medtop:11000000'],
  // religion
  ['medtop:20000657', 'belief systems', 'medtop:12000000'],
  ['medtop:20000702', 'relations between religion and government', 'medtop:12000000'],
  ['medtop:20000688', 'religious conflict', 'medtop:12000000'],
  ['medtop:20000697', 'religious facility', 'medtop:12000000'],
  ['medtop:20000690', 'religious festival and holiday', 'medtop:12000000'],
  ['medtop:20000703', 'religious leader', 'medtop:12000000'],
  ['medtop:20000696', 'religious ritual', 'medtop:12000000'],
  ['medtop:20000705', 'religious text', 'medtop:12000000'],
  // science and technology
  ['medtop:20000710', 'biomedical science', 'medtop:13000000'],
  ['medtop:20000715', 'mathematics', 'medtop:13000000'],
  ['medtop:20000717', 'natural science', 'medtop:13000000'],
  ['medtop:20000741', 'scientific institution', 'medtop:13000000'],
  ['medtop:20000735', 'scientific research', 'medtop:13000000'],
  ['medtop:20000742', 'social sciences', 'medtop:13000000'],
  ['medtop:20000756', 'technology and engineering', 'medtop:13000000'],
  // society
  ['medtop:20000768', 'communities', 'medtop:14000000'],
  ['medtop:20000770', 'demographics', 'medtop:14000000'],
  ['medtop:20000775', 'discrimination', 'medtop:14000000'],
  ['medtop:20000772', 'emigration', 'medtop:14000000'],
  ['medtop:20000771', 'immigration', 'medtop:14000000'],
  ['medtop:20000780', 'family', 'medtop:14000000'],
  ['medtop:20000802', 'social problem', 'medtop:14000000'],
  ['medtop:20000808', 'values', 'medtop:14000000'],
  ['medtop:20000817', 'welfare', 'medtop:14000000'],
  // sport
  ['medtop:20001103', 'disciplinary action in sport', 'medtop:15000000'],
  ['medtop:20001104', 'drug use in sport', 'medtop:15000000'],
  ['medtop:20001108', 'sport event', 'medtop:15000000'],
  ['medtop:20001124', 'sport industry', 'medtop:15000000'],
  ['medtop:20001148', 'sports transaction', 'medtop:15000000'],
  ['medtop:20001323', 'sports coaching', 'medtop:15000000'],
  ['medtop:20001065', 'soccer', 'medtop:15000000', 'medtop:20000822'],
  ['medtop:20001085', 'tennis', 'medtop:15000000', 'medtop:20000822'],
  ['medtop:20000888', 'cricket', 'medtop:15000000', 'medtop:20000822'],
  ['medtop:20000940', 'golf', 'medtop:15000000', 'medtop:20000822'],
  ['medtop:20000856', 'boxing', 'medtop:15000000', 'medtop:20000822'],
  ['medtop:20000851', 'basketball', 'medtop:15000000', 'medtop:20000822'],
  ['medtop:20000849', 'baseball', 'medtop:15000000', 'medtop:20000822'],
  ['medtop:20000965', 'ice hockey', 'medtop:15000000', 'medtop:20000822'],
  ['medtop:20000823', 'American football', 'medtop:15000000', 'medtop:20000822'],
  // weather
  ['medtop:20001128', 'weather forecast', 'medtop:17000000'],
  ['medtop:20001129', 'weather phenomena', 'medtop:17000000'],
  ['medtop:20001130', 'weather statistic', 'medtop:17000000'],
  ['medtop:20001131', 'weather warning', 'medtop:17000000'],
];

const topIdByCode = new Map(TOP_LEVEL.map((t) => [t.iptc, t.id]));

export const SUB_TOPICS: readonly SubTopic[] = SUB.map(([iptc, name, top, broader]) => {
  const parent = topIdByCode.get(top);
  if (!parent) throw new Error(`taxonomy: unknown top-level code ${top} for ${name}`);
  return broader ? { id: slugify(name), name, iptc, parent, broader } : { id: slugify(name), name, iptc, parent };
});

/** Every topic by id, top-level and second-level. */
export const TOPIC_BY_ID: ReadonlyMap<string, TopLevel | SubTopic> = new Map<string, TopLevel | SubTopic>([
  ...TOP_LEVEL.map((t) => [t.id, t] as const),
  ...SUB_TOPICS.map((t) => [t.id, t] as const),
]);

/** The top-level ids that the BBC sections map to; the rest are learned from the lexicon alone. */
export const BBC_SECTION_TOPIC: Readonly<Record<string, string>> = {
  business: 'economy-business-and-finance',
  entertainment: 'arts-culture-entertainment-and-media',
  politics: 'politics',
  sport: 'sport',
  tech: 'science-and-technology',
};
