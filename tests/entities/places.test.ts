// Facilities, tolerant place lookup, canonical country names and "the Kremlin" (issue fixtures:
// short sentences written for these tests, not corpus text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAliasRules, mergeEntities } from '../../src/archive/index.js';
import { cleanMention, type Mention } from '../../src/extract/entities/consistency.js';
import { canonicalCountry, lookupExact, lookupFuzzy, lookupPlace } from '../../src/extract/entities/gazetteer.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import type { Place } from '../../src/types.js';
import { makeRecord } from '../make-record.js';

const placeNamed = (places: Place[], name: string): Place | undefined => places.find((p) => p.name === name);
const allNames = (r: ReturnType<typeof extractEntities>): string[] => [...r.people, ...r.places, ...r.organizations].map((e) => e.name);

const BASE_A = 'Officials said the Russian Khmeimim Air Base in Syria was put on alert after a drone attack. Russia and Syria discussed the base.';
const BASE_B = 'MOSCOW, Dec 10 - Russia’s Hmeimim airbase in Latakia province is vital to its forces in Syria, the ministry said.';

test('an air base is a place named with its facility words, its country from where it is said to be', () => {
  const a = extractEntities(BASE_A);
  const khmeimim = placeNamed(a.places, 'Khmeimim Air Base');
  assert.ok(khmeimim, JSON.stringify(a.places));
  assert.equal(khmeimim.country, 'SY');
  assert.ok(!allNames(a).some((n) => /^(?:Russian )?Khmeimim$|Russian Khmeimim/.test(n)), JSON.stringify(allNames(a)));

  const b = extractEntities(BASE_B);
  const hmeimim = placeNamed(b.places, 'Hmeimim airbase');
  assert.ok(hmeimim, JSON.stringify(b.places));
  assert.equal(hmeimim.country, 'SY', 'in Latakia province, whatever the Moscow dateline');
  assert.ok(!b.people.some((p) => /Hmeimim/.test(p.name)));
  assert.ok(!placeNamed(b.places, 'Hmeimim'));
});

test('the archive merges "Khmeimim Air Base" and "Hmeimim airbase" as one place', () => {
  const a = makeRecord('a.txt', extractEntities(BASE_A));
  const b = makeRecord('b.txt', extractEntities(BASE_B));
  mergeEntities([a, b], emptyAliasRules());
  const ids = (r: typeof a): string[] => r.places.filter((p) => /meimim/i.test(p.forms.join(' '))).map((p) => p.id);
  assert.equal(ids(a).length, 1);
  assert.deepEqual(ids(a), ids(b));
});

test('other facilities: capitalised names, naval bases, ports; a city\'s lowercase airport is the city', () => {
  const r = extractEntities(
    'Flights left Heathrow Airport and John F. Kennedy International Airport. Ships sailed from the Tartous naval base. ' +
      'The Port of Singapore was busy, a U.S. air base was not, and passengers waited at Belgrade airport.',
    { dateline: 'LONDON' },
  );
  const names = r.places.map((p) => p.name);
  for (const n of ['Heathrow Airport', 'John F. Kennedy International Airport', 'Tartous naval base', 'Port of Singapore', 'Belgrade']) {
    assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
  }
  assert.ok(!names.some((n) => /U\.S\. air base|Belgrade airport|^International Airport$/.test(n)), JSON.stringify(names));
  assert.equal(placeNamed(r.places, 'Tartous naval base')?.country, 'SY', 'the base name resolves (tolerantly)');
  assert.equal(placeNamed(r.places, 'Port of Singapore')?.country, 'SG');
  assert.equal(placeNamed(r.places, 'Belgrade')?.country, 'RS');
  // No evidence of where Heathrow is beyond a dateline that other places contradict: no guess.
  assert.equal(placeNamed(r.places, 'Heathrow Airport')?.country, null);
  // A domestic story: the dateline's country.
  const home = extractEntities('Passengers were stranded at Heathrow Airport after a storm hit Leeds.', { dateline: 'LONDON' });
  assert.equal(placeNamed(home.places, 'Heathrow Airport')?.country, 'GB');
});

test('tolerant lookup: transliterations and spellings the gazetteer lacks resolve to a country and coordinates', () => {
  for (const [name, cc] of [['Tartous', 'SY'], ['Chechnya', 'RU'], ['Grozny', 'RU'], ['Duesseldorf', 'DE'], ['Frankfurt', 'DE'], ['Basra', 'IQ'], ['Peking', 'CN']] as const) {
    const p = lookupPlace(name);
    assert.equal(p?.cc, cc, name);
    assert.ok(p.lat !== null && p.lon !== null, `${name} has coordinates`);
  }
  assert.equal(lookupExact('Tartous'), null, 'only the tolerant lookup knows it');
  assert.equal(lookupFuzzy('Tartous')?.cc, 'SY');
  // Nothing close, compass words and short names: no guess.
  for (const name of ['Nowhere-in-particular-ville', 'Xyzzy', 'Abc']) assert.equal(lookupPlace(name), null, name);
  for (const name of ['Southwest', 'Mideast', 'Far East']) assert.equal(lookupFuzzy(name), null, name);
  const r = extractEntities('Russian troops left Chechnya. The naval facility at Tartous was quiet.');
  assert.equal(placeNamed(r.places, 'Chechnya')?.country, 'RU');
  assert.equal(placeNamed(r.places, 'Tartous')?.country, 'SY');
});

test('every name of a country resolves to its canonical name and id', () => {
  for (const n of ['U.S.', 'United States', 'USA', 'US', 'U.S.A.', 'America', 'United States of America']) {
    assert.equal(lookupPlace(n)?.cc, 'US', n);
    assert.equal(canonicalCountry(n), 'United States', n);
  }
  assert.equal(canonicalCountry('Britain'), 'United Kingdom');
  assert.equal(canonicalCountry('UK'), 'United Kingdom');
  assert.equal(canonicalCountry('Burma'), 'Myanmar');
  assert.equal(canonicalCountry('Holland'), 'Netherlands');
  // Parts and former states keep their own names; cities are not countries.
  assert.equal(canonicalCountry('England'), null);
  assert.equal(canonicalCountry('Soviet Union'), null);
  assert.equal(canonicalCountry('Paris'), null);

  const one = extractEntities('The U.S. and the United States of America agreed. USA officials met US envoys in Washington.');
  const us = one.places.filter((p) => p.country === 'US' && p.name !== 'Washington');
  assert.equal(us.length, 1, JSON.stringify(one.places));
  assert.equal(us[0]!.name, 'United States');
  assert.equal(us[0]!.id, 'united-states');
  assert.ok(us[0]!.forms.includes('U.S.'));
  for (const text of ['Trade with the U.S. grew.', 'Trade with the United States grew.', 'Trade with the USA grew.', 'Trade with the US grew.']) {
    const p = extractEntities(text).places.find((x) => x.country === 'US');
    assert.equal(p?.id, 'united-states', text);
    assert.equal(p?.name, 'United States', text);
  }
  const gb = extractEntities('Ministers in Britain and England disagreed.').places;
  assert.ok(placeNamed(gb, 'United Kingdom') && placeNamed(gb, 'England'), JSON.stringify(gb));
});

test('the Kremlin is never a person: a place in Russia (as CoNLL-2003 tags it)', () => {
  const texts = [
    'The Kremlin said on Monday that talks would go on.',
    'Kremlin spokesman Dmitry Peskov said talks would go on.',
    'Talks will go on, said the Kremlin.',
    "The Kremlin's spokesman said talks would go on.",
    'Kremlin confirms talks.',
  ];
  for (const t of texts) {
    const r = extractEntities(t, { headline: 'KREMLIN SAYS TALKS GO ON' });
    assert.ok(!r.people.some((p) => /kremlin/i.test(p.name)), t);
    const k = r.places.find((p) => /kremlin/i.test(p.name));
    if (k) assert.equal(k.country, 'RU', t);
  }
  assert.equal(lookupPlace('the Kremlin')?.cc, 'RU');
  const m: Mention = { type: 'PER', tokens: ['Kremlin'], text: 'Kremlin', caps: false, before: '', after: [] };
  assert.equal(cleanMention(m)?.type, 'LOC');
});

test('a US state abbreviation is reported as the state, one entity with its full name', () => {
  const { places } = extractEntities('Rates in California and in Fresno, Calif., and Rochester, N.Y., will rise.');
  const california = places.filter((p) => p.id === 'california');
  assert.equal(california.length, 1, JSON.stringify(places));
  assert.equal(california[0]!.name, 'California');
  assert.deepEqual([...california[0]!.forms].sort(), ['Calif.', 'California']);
  assert.equal(placeNamed(places, 'New York State')?.country, 'US');
  // Wire datelines abbreviate without AP's periods too.
  for (const [dateline, state] of [['CANTON, Mass', 'Massachusetts'], ['READING, Penn.', 'Pennsylvania'], ['HARTFORD, Conn', 'Connecticut'], ['ERIE, PA', 'Pennsylvania']] as const) {
    const wire = extractEntities('The company said sales rose.', { dateline }).places;
    assert.equal(placeNamed(wire, state)?.country, 'US', `${dateline}: ${JSON.stringify(wire.map((p) => p.name))}`);
  }
});

test("a name other countries also have is read in the article's country when that reading is about as prominent", () => {
  const country = (text: string, name: string, options = {}) => placeNamed(extractEntities(text, options).places, name)?.country;
  assert.equal(country('Fans in Manchester and London celebrated.', 'Manchester'), 'GB', 'the English city, not the Jamaican parish');
  assert.equal(country('Sales rose.', 'Manchester', { dateline: 'MANCHESTER, England' }), 'GB');
  assert.equal(country('Traffic in Surrey was heavy, officials in Vancouver said.', 'Surrey'), 'CA');
  assert.equal(country('Oranges from Valencia reached Madrid.', 'Valencia'), 'ES');
  // A far less populous namesake is never taken: London beside Canadian places is still London.
  assert.equal(country('Flights from Toronto and Ottawa reached London.', 'London'), 'GB');
});


test('a country whose name is also a region elsewhere is that region only when the article is set there', () => {
  const georgia = (text: string, options = {}) => placeNamed(extractEntities(text, options).places, 'Georgia');
  // Sibling states and towns of the region's country, none of the named country's: the US state, placed inside it.
  const state = georgia('Plants in Georgia, Alabama and Tennessee will close, the company said in Atlanta.');
  assert.equal(state?.country, 'US');
  assert.ok(state!.lat! > 30 && state!.lat! < 35 && state!.lon! > -86 && state!.lon! < -81, JSON.stringify(state));
  // The article also writes the state's abbreviation.
  assert.equal(georgia('The plant in Dalton, Ga., employs 400 people. Georgia officials welcomed it.')?.country, 'US');
  // A place in the named country keeps it the country, wherever the story is told from.
  assert.equal(georgia('Leaders in Moscow and Washington discussed Georgia after talks in Tbilisi.')?.country, 'GE');
  // A dateline alone is not a setting: a Washington story about the Caucasus.
  assert.equal(georgia('Georgia asked for aid, officials said.', { dateline: 'WASHINGTON' })?.country, 'GE');
});
