import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArchive, emptyAliasRules, parseAliasRules, resolveShortNames } from '../../src/archive/index.js';
import type { ArticleRecord } from '../../src/types.js';
import { entity, makeRecord } from '../make-record.js';

const politics = ['Gordon Brown', 'John Prescott', 'Michael Howard'];
const rugby = ['Chris Paterson', 'Matt Williams', 'Gordon Bulloch'];

/** Two Blairs, each named in full in two articles with their own company, among unrelated articles. */
function archive(): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  for (const n of [1, 2]) {
    records.push(makeRecord(`tony-${n}.txt`, { people: ['Tony Blair', ...politics].map((name) => entity(name)), organizations: [entity('Labour Party')] }));
    records.push(makeRecord(`mike-${n}.txt`, { people: ['Mike Blair', ...rugby].map((name) => entity(name)), organizations: [entity('Scottish Rugby Union')] }));
  }
  for (let n = 0; n < 60; n++) records.push(makeRecord(`other-${n}.txt`, { people: [entity(`Person ${n} Someone`)] }));
  return records;
}

const names = (record: ArticleRecord) => record.people.map((person) => person.name);

test("a bare surname several people share goes to the one whose company its article keeps", () => {
  const records = archive();
  const commons = makeRecord('commons.txt', { people: ['Blair', ...politics].map((name) => entity(name)), organizations: [entity('Labour Party')] });
  const murrayfield = makeRecord('murrayfield.txt', { people: ['Blair', ...rugby].map((name) => entity(name)), organizations: [entity('Scottish Rugby Union')] });
  const vague = makeRecord('vague.txt', { people: [entity('Blair'), entity('Gordon Brown'), entity('Chris Paterson')] });
  records.push(commons, murrayfield, vague);
  assert.deepEqual(resolveShortNames(records, emptyAliasRules()), { surnames: 2, acronyms: 0 });
  assert.deepEqual(names(commons)[0], 'Tony Blair');
  assert.deepEqual(commons.people[0]!.forms, ['Blair'], 'the article still wrote only "Blair"');
  assert.deepEqual(names(murrayfield)[0], 'Mike Blair');
  assert.deepEqual(names(vague), ['Blair', 'Gordon Brown', 'Chris Paterson'], 'too little to go on, and no lead: left as it is');
});

test('the archive then shows the surname on the full name\'s page', () => {
  const records = archive();
  records.push(makeRecord('commons.txt', { people: ['Blair', ...politics].map((name) => entity(name)), organizations: [entity('Labour Party')] }));
  const { entities } = buildArchive(records);
  const tony = entities.people.find((entry) => entry.name === 'Tony Blair')!;
  assert.equal(tony.articles.length, 3);
  assert.ok(!entities.people.some((entry) => entry.name === 'Blair'));
});

test("the editor's separate rule, front matter and a surname with one owner are left alone", () => {
  const records = archive();
  const commons = makeRecord('commons.txt', { people: ['Blair', ...politics].map((name) => entity(name)), organizations: [entity('Labour Party')] });
  const edited = makeRecord('edited.txt', { people: ['Blair', ...politics].map((name) => entity(name)), organizations: [entity('Labour Party')], entitiesFromFrontMatter: ['people'] });
  const prescott = makeRecord('prescott.txt', { people: ['Prescott', ...politics.slice(0, 1)].map((name) => entity(name)) });
  records.push(commons, edited, prescott);
  const rules = parseAliasRules('separate:\n  people:\n    - [Blair, Tony Blair]\n', '_aliases.yml');
  assert.equal(resolveShortNames(records, rules).surnames, 0);
  assert.equal(resolveShortNames(records, emptyAliasRules()).surnames, 1, 'only the article the editor did not list');
  assert.deepEqual(names(edited)[0], 'Blair');
  assert.deepEqual(names(prescott)[0], 'Prescott', 'one owner: the merge gives it to him everywhere');
});

const rail = ['Canadian National', 'Via Rail', 'Teamsters Canada', 'Transport Canada'];
const oil = ['Taiwan Power Co', 'Sinopec', 'Pemex', 'Saudi Aramco'];

/** Two organizations with the initials CP (one read without its legal form), each named in full in two articles with their own company. */
function companies(): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  for (const n of [1, 2]) {
    records.push(makeRecord(`rail-${n}.txt`, { organizations: ['Canadian Pacific Ltd', ...rail].map((name) => entity(name)) }));
    records.push(makeRecord(`oil-${n}.txt`, { organizations: ['Chinese Petroleum', ...oil].map((name) => entity(name)) }));
  }
  for (let n = 0; n < 100; n++) records.push(makeRecord(`other-${n}.txt`, { organizations: [entity(`Company ${n} Inc`)] }));
  return records;
}

const orgNames = (record: ArticleRecord) => record.organizations.map((org) => org.name);

test('an acronym several organizations share goes to the one whose company its article keeps', () => {
  const records = companies();
  const freight = makeRecord('freight.txt', { organizations: ['CP', ...rail].map((name) => entity(name)) });
  const taipei = makeRecord('taipei.txt', { organizations: ['CP', ...oil].map((name) => entity(name)) });
  const word = makeRecord('word.txt', { organizations: ['Cp', ...rail].map((name) => entity(name)) });
  records.push(freight, taipei, word);
  assert.deepEqual(resolveShortNames(records, emptyAliasRules()), { surnames: 0, acronyms: 2 });
  assert.deepEqual(orgNames(freight)[0], 'Canadian Pacific Ltd');
  assert.deepEqual(freight.organizations[0]!.forms, ['CP']);
  assert.deepEqual(orgNames(taipei)[0], 'Chinese Petroleum');
  assert.deepEqual(orgNames(word)[0], 'Cp', 'not written as an acronym: left as it is');
});

test('a name that contains the acronym is not one of its owners', () => {
  const records = companies();
  for (const n of [1, 2]) records.push(makeRecord(`cp-rail-${n}.txt`, { organizations: ['CP Rail', ...rail].map((name) => entity(name)) }));
  const freight = makeRecord('freight.txt', { organizations: ['CP', ...rail].map((name) => entity(name)) });
  records.push(freight);
  resolveShortNames(records, emptyAliasRules());
  assert.deepEqual(orgNames(freight)[0], 'Canadian Pacific Ltd', '"CP Rail" shares the company but does not spell CP');
});

test('without evidence for another, a short name goes to the one named in ten times the articles of the rest, if the article keeps some of its company', () => {
  const records: ArticleRecord[] = [];
  for (let n = 0; n < 20; n++) {
    const people = ['Ronald Reagan', ...(n < 3 ? ['Marlin Fitzwater'] : [])].map((name) => entity(name));
    records.push(makeRecord(`ronald-${n}.txt`, { people, organizations: [entity('White House')] }));
  }
  records.push(makeRecord('maureen.txt', { people: [entity('Maureen Reagan'), entity('Anne Someone')] }));
  for (let n = 0; n < 200; n++) records.push(makeRecord(`other-${n}.txt`, { people: [entity(`Person ${n} Someone`)] }));
  const briefing = makeRecord('briefing.txt', { people: [entity('Reagan'), entity('Marlin Fitzwater')], organizations: [entity('White House')] });
  const lineUp = makeRecord('line-up.txt', { people: [entity('Reagan'), entity('Person 3 Someone')] });
  records.push(briefing, lineUp);
  resolveShortNames(records, emptyAliasRules());
  assert.deepEqual(names(briefing), ['Ronald Reagan', 'Marlin Fitzwater'], 'his spokesman and the White House are his company');
  assert.deepEqual(names(lineUp), ['Reagan', 'Person 3 Someone'], 'nothing of his company: left as it is');
});
