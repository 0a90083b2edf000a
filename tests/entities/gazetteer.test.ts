import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazKey, lookupExact, lookupPlace, usStateName } from '../../src/extract/entities/gazetteer.js';

test('resolves countries by current, former and short names', () => {
  assert.equal(lookupPlace('Syria')?.cc, 'SY');
  assert.equal(lookupPlace('U.S.')?.cc, 'US');
  assert.equal(lookupPlace('United States')?.cc, 'US');
  assert.equal(lookupPlace('West Germany')?.cc, 'DE');
  assert.equal(lookupPlace('Soviet Union')?.cc, 'RU');
  assert.equal(lookupPlace('USSR')?.cc, 'RU');
  assert.equal(lookupPlace('Britain')?.cc, 'GB');
});

test('resolves cities to their country and coordinates, preferring the most populous', () => {
  const latakia = lookupPlace('Latakia');
  assert.equal(latakia?.cc, 'SY');
  assert.ok(latakia && latakia.lat !== null && Math.abs(latakia.lat - 35.5) < 0.2);
  assert.equal(lookupPlace('Paris')?.cc, 'FR');
  assert.equal(lookupPlace('LONDON')?.cc, 'GB');
  assert.equal(lookupPlace('Damascus')?.cc, 'SY');
});

test('resolves provinces, dateline qualifiers and small towns', () => {
  assert.equal(lookupPlace('Latakia province')?.cc, 'SY');
  assert.equal(lookupPlace('PORTLAND, Ore.')?.cc, 'US');
  assert.equal(lookupPlace('Calif.')?.cc, 'US');
  // Abbreviations as Reuters datelines write them, which the gazetteer lacks.
  for (const name of ['Mass', 'Conn', 'Pa', 'Penn.', 'READING, Penn.']) assert.equal(lookupPlace(name)?.cc, 'US', name);
  assert.equal(lookupPlace('H.K.')?.cc, 'HK');
  assert.equal(lookupPlace('Texas')?.cc, 'US');
  assert.equal(lookupPlace('Nowhere-in-particular-ville'), null);
  // Continents and oceans have no country, whatever towns share their names.
  for (const name of ['Asia', 'Pacific', 'Atlantic', 'Europe']) assert.equal(lookupPlace(name), null, name);
});

test('keys are ASCII-folded and lowercase without a leading article', () => {
  assert.equal(gazKey('The Netherlands'), 'netherlands');
  assert.equal(gazKey('Côte d’Ivoire'), "cote d'ivoire");
});

test('English names of cities resolve to the city, not to a namesake the data gives them to', () => {
  assert.equal(lookupExact('GENEVA')?.cc, 'CH', 'not Geneva, Illinois');
  assert.equal(lookupExact('Cologne')?.cc, 'DE', 'not a village in Italy');
  assert.equal(lookupExact('Berne')?.cc, 'CH');
  assert.equal(lookupExact('Geneva, N.Y.')?.cc, 'US', 'a dateline qualifier still says which');
});

test('a wire dateline\'s state abbreviation without its dot is the state', () => {
  assert.equal(lookupExact('Boca Raton, Fla')?.cc, 'US', '"fla" alone is a village in Norway');
  assert.equal(usStateName('Calif'), 'California');
  assert.equal(lookupExact('La'), null, 'two-letter abbreviations need their dot');
});

test('"St." and "Saint" are one spelling: the more populous city of the two', () => {
  assert.equal(lookupExact('ST. PAUL')?.cc, 'US', 'not St. Paul, Alberta');
  assert.equal(lookupExact('St. Paul, Minn.')?.lat !== null, true, 'a qualified dateline keeps the city\'s point');
  assert.equal(lookupExact('St. Louis')?.cc, 'US', 'not the Seychelles district "Saint Louis"');
});

test('a region is placed inside itself, not at a town that shares its name', () => {
  const inside = (name: string, lat: [number, number], lon: [number, number]) => {
    const p = lookupPlace(name)!;
    assert.ok(p.lat !== null && p.lat >= lat[0] && p.lat <= lat[1] && p.lon! >= lon[0] && p.lon! <= lon[1], `${name}: ${p.lat}, ${p.lon}`);
  };
  inside('California', [32.5, 42], [-124.5, -114]); // not California, Maryland
  inside('Calif.', [32.5, 42], [-124.5, -114]);
  inside('Washington state', [45.5, 49], [-124.8, -116.9]); // not Washington, Utah
  inside('Wash.', [45.5, 49], [-124.8, -116.9]);
  inside('Idlib', [35.5, 36.3], [36.2, 37]); // the governorate at its seat
  // Bare Washington and New York are the cities, as datelines mean.
  inside('WASHINGTON', [38.8, 39], [-77.1, -76.9]);
  inside('New York', [40.6, 40.9], [-74.1, -73.8]);
});
