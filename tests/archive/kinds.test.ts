import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reconcileKinds, withoutLegalForm } from '../../src/archive/index.js';
import { entity, makeRecord } from '../make-record.js';

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
