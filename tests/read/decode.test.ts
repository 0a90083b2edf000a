import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BinaryFileError, decode } from '../../src/read/index.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

test('plain UTF-8 and UTF-8 with a BOM decode the same', () => {
  assert.deepEqual(decode(bytes('Café £5')), { text: 'Café £5', encoding: 'utf-8' });
  assert.deepEqual(decode(bytes([0xef, 0xbb, 0xbf], 'Café')), { text: 'Café', encoding: 'utf-8' });
});

test('UTF-16 with a BOM, both byte orders', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Peskov said\r\n', 'utf16le')]);
  assert.deepEqual(decode(le), { text: 'Peskov said\n', encoding: 'utf-16le' });
  const be = Buffer.from(le.subarray(2)).swap16();
  assert.equal(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text, 'Peskov said\n');
});

test('a legacy Windows-1252 file: pound sign and smart quotes, no U+FFFD', () => {
  const decoded = decode(bytes('Sales rose to ', [0xa3], '5m, a ', [0x93], 'record', [0x94]));
  assert.equal(decoded.text, 'Sales rose to £5m, a “record”');
  assert.equal(decoded.encoding, 'windows-1252');
});

test('UTF-8 with a few invalid bytes keeps its accents and rescues the stray bytes', () => {
  const decoded = decode(bytes('Zürich ', [0xe9], ' Genève'));
  assert.equal(decoded.text, 'Zürich é Genève');
  assert.equal(decoded.encoding, 'utf-8+windows-1252');
  assert.ok(!decoded.text.includes('\uFFFD'));
});

test('CRLF and lone CR become LF', () => {
  assert.equal(decode(bytes('a\r\nb\rc\n')).text, 'a\nb\nc\n');
});

test('binary content is refused', () => {
  assert.throws(() => decode(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), BinaryFileError);
});
