import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reconcileKinds, withoutLegalForm } from '../../src/archive/index.js';
import { entity, makeRecord, place } from '../make-record.js';

const names = (list: { name: string }[]) => list.map((e) => e.name);

test('a name without its legal form', () => {
  assert.equal(withoutLegalForm('Chrysler Corp'), 'chrysler');
  assert.equal(withoutLegalForm('Goldman, Sachs and Co Inc'), 'goldman sachs');
  assert.equal(withoutLegalForm('Chrysler'), null);
});

test('a "person" named like a company the same article names with its legal form is that company', () => {
  const record = makeRecord('a.txt', { people: [entity('Chrysler'), entity('Lee Iacocca')], organizations: [entity('Chrysler Corp')] });
  reconcileKinds([record]);
  assert.deepEqual(names(record.people), ['Lee Iacocca']);
  assert.deepEqual(names(record.organizations), ['Chrysler Corp', 'Chrysler']);
});

test('across the archive only a name of two words or more moves, and only when the company is named as often', () => {
  const companies = ['a', 'b'].map((f) => makeRecord(`${f}.txt`, { organizations: [entity('Salomon Brothers Inc'), entity('Casey Co')] }));
  const salomon = makeRecord('c.txt', { people: [entity('Salomon Brothers')] });
  const casey = makeRecord('d.txt', { people: [entity('Casey')] });
  const walter = ['e', 'f', 'g'].map((f) => makeRecord(`${f}.txt`, { people: [entity('Jim Walter')] }));
  const walterCorp = makeRecord('h.txt', { organizations: [entity('Jim Walter Corp')] });
  reconcileKinds([...companies, salomon, casey, ...walter, walterCorp]);
  assert.deepEqual(names(salomon.organizations), ['Salomon Brothers']);
  assert.deepEqual(names(casey.people), ['Casey'], 'a bare surname needs evidence in its own article');
  assert.deepEqual(names(walter[0]!.people), ['Jim Walter'], 'named more often as a person than as the company');
});

test('a company named by its leading words is that company ("Shearson Lehman" of Shearson Lehman Brothers Inc)', () => {
  const companies = ['a', 'b'].map((f) => makeRecord(`${f}.txt`, { organizations: [entity('Shearson Lehman Brothers Inc')] }));
  const short = makeRecord('c.txt', { people: [entity('Shearson Lehman')] });
  const local = makeRecord('d.txt', { people: [entity('Roosevelt'), entity('Stanley Ross')], organizations: [entity('Roosevelt Financial Group Inc')] });
  reconcileKinds([...companies, short, local]);
  assert.deepEqual(names(short.organizations), ['Shearson Lehman']);
  assert.deepEqual(names(local.people), ['Stanley Ross']);
  assert.deepEqual(names(local.organizations), ['Roosevelt Financial Group Inc', 'Roosevelt']);
});

test('people and organizations from front matter are never re-typed', () => {
  const record = makeRecord('a.txt', { people: [entity('Chrysler')], organizations: [entity('Chrysler Corp')], entitiesFromFrontMatter: ['people'] });
  reconcileKinds([record]);
  assert.deepEqual(names(record.people), ['Chrysler']);
});

test('a "person" the archive names as a place or organization at least twice as often, in three articles or more, is one', () => {
  const denverPlaces = ['a', 'b', 'c'].map((f) => makeRecord(`${f}.txt`, { places: [place('Denver', 'US', 39.7392, -104.9847)] }));
  const opec = ['d', 'e', 'f'].map((f) => makeRecord(`${f}.txt`, { organizations: [entity('Organization of Petroleum Exporting Countries', ['OPEC', 'Opec'])] }));
  const beijing = ['k', 'l', 'm'].map((f) => makeRecord(`${f}.txt`, { places: [place('Beijing', 'CN', 39.9075, 116.3972, ['Beijing', 'Peking'])] }));
  const headline = makeRecord('g.txt', { people: [entity('Denver'), entity('Opec'), entity('Subroto'), entity('Peking')] });
  const rare = ['h', 'i'].map((f) => makeRecord(`${f}.txt`, { organizations: [entity('Pemex')] }));
  const pemex = makeRecord('j.txt', { people: [entity('Pemex')] });
  reconcileKinds([...denverPlaces, ...opec, ...beijing, headline, ...rare, pemex]);
  assert.deepEqual(names(headline.people), ['Subroto']);
  assert.deepEqual(headline.places, [
    { ...entity('Denver'), country: 'US', lat: 39.7392, lon: -104.9847 },
    { ...entity('Peking'), country: 'CN', lat: 39.9075, lon: 116.3972 },
  ], 'with the point the archive gives the place, by any of its spellings');
  assert.deepEqual(names(headline.organizations), ['Opec']);
  assert.deepEqual(names(pemex.people), ['Pemex'], 'two articles are not enough');
});

test('a surname of someone the archive names in full stays a person, however often a company has it', () => {
  const bank = ['a', 'b', 'c', 'd'].map((f) => makeRecord(`${f}.txt`, { organizations: [entity('Baker')] }));
  const full = makeRecord('e.txt', { people: [entity('James Baker')] });
  const bare = makeRecord('f.txt', { people: [entity('Baker')] });
  reconcileKinds([...bank, full, bare]);
  assert.deepEqual(names(bare.people), ['Baker']);
});

test('a name two articles make an organization by context ("Chelsea have won") is one everywhere, however often read as a person', () => {
  const club = { ...entity('Chelsea'), kindFrom: 'context' as const };
  const byContext = ['a', 'b'].map((f) => makeRecord(`${f}.txt`, { organizations: [club] }));
  const asPerson = ['c', 'd', 'e', 'f', 'g'].map((f) => makeRecord(`${f}.txt`, { people: [entity('Chelsea')] }));
  const once = makeRecord('h.txt', { organizations: [{ ...entity('Venus'), kindFrom: 'context' as const }] });
  const venus = makeRecord('i.txt', { people: [entity('Venus')] });
  reconcileKinds([...byContext, ...asPerson, once, venus]);
  for (const record of asPerson) assert.deepEqual(names(record.organizations), ['Chelsea']);
  assert.deepEqual(names(venus.people), ['Venus'], 'one article is not enough');
});
