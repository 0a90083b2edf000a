import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities, loadLexicon } from '../../src/extract/entities/index.js';
import { countryOfQualifier, isGenericInstitution } from '../../src/extract/entities/institutions.js';

const organizations = (text: string) => extractEntities(text).organizations.map(({ name, country, countryFrom }) => ({ name, country, countryFrom }));

test('a kind of national body is generic; a named body is not', () => {
  for (const name of ['Finance Ministry', 'Ministry of Finance', 'Central Bank', 'Supreme Court', 'Parliament', 'Labour Party']) assert.ok(isGenericInstitution(name), name);
  for (const name of ['Bank of Japan', 'Federal Reserve Board', 'World Bank', 'Senate', 'Stock Exchange', 'Chrysler Corp']) assert.ok(!isGenericInstitution(name), name);
});

test('a country is read from a name, a possessive, a demonym and a compass-qualified demonym', () => {
  const lex = loadLexicon();
  assert.equal(countryOfQualifier('U.S.', lex), 'US');
  assert.equal(countryOfQualifier("Japan's", lex), 'JP');
  assert.equal(countryOfQualifier('Brazilian', lex), 'BR');
  assert.equal(countryOfQualifier('West German', lex), 'DE');
  assert.equal(countryOfQualifier('Texas', lex), undefined, 'a state is no country');
});

test('the dateline places an institution the text does not qualify', () => {
  assert.deepEqual(organizations('TOKYO, March 3 - The Finance Ministry said it would act. A Finance Ministry official said so.'), [
    { name: 'Finance Ministry', country: 'JP', countryFrom: 'dateline' },
  ]);
});

test('the text outranks the dateline, and a qualified and a bare name are one institution', () => {
  assert.deepEqual(organizations("LONDON, March 3 - Japan's Finance Ministry said it would act, dealers said."), [
    { name: 'Finance Ministry', country: 'JP', countryFrom: 'text' },
  ]);
  const [agriculture] = extractEntities('CHICAGO, March 3 - The U.S. Agriculture Department said corn stocks fell. The Agriculture Department also said wheat rose.').organizations;
  assert.equal(agriculture!.name, 'Agriculture Department');
  assert.equal(agriculture!.country, 'US');
  assert.equal(agriculture!.countryFrom, 'name');
  assert.deepEqual([...agriculture!.forms].sort(), ['Agriculture Department', 'U.S. Agriculture Department']);
});

test('mentions that point to two countries leave the institution without one, and a named body keeps none', () => {
  const found = organizations("LONDON, March 3 - Japan's Finance Ministry and Brazil's Finance Ministry both said so. The Bank of England declined comment.");
  assert.deepEqual(found.find((o) => o.name === 'Finance Ministry'), { name: 'Finance Ministry', country: undefined, countryFrom: undefined });
  assert.deepEqual(found.find((o) => o.name === 'Bank of England'), { name: 'Bank of England', country: undefined, countryFrom: undefined });
});

test("a party's country word is part of its name: the British National Party is no national party of Britain", () => {
  const parties = organizations('The British National Party and the Japan Socialist Party held meetings, while the West German Finance Ministry said nothing.');
  assert.ok(parties.some((o) => o.name === 'British National Party' && o.country === undefined), JSON.stringify(parties));
  assert.ok(parties.some((o) => o.name === 'Japan Socialist Party'), JSON.stringify(parties));
  assert.ok(parties.some((o) => o.name === 'Finance Ministry' && o.country === 'DE'), 'a ministry is still named without its country word');
});
