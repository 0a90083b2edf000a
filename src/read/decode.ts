/**
 * Bytes to text. Archives mix UTF-8 (with or without BOM), UTF-16 with BOM and
 * legacy single-byte files (Windows-1252, e.g. a `£` in older BBC files), so we
 * decode by evidence rather than trusting one encoding, and never emit U+FFFD.
 */
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The encoding that was used, for the warning and the record. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8+windows-1252';
}

export class BinaryFileError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// iconv-lite, not TextDecoder: Node 20's TextDecoder reads windows-1252 as Latin-1 and loses smart quotes.
const cp1252 = { decode: (bytes: Uint8Array): string => iconv.decode(Buffer.from(bytes), 'windows-1252') };

/** Decode a file's bytes; throws BinaryFileError for content that is not text. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return fromUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: normaliseNewlines(new TextDecoder('utf-16le').decode(bytes.subarray(2))), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: normaliseNewlines(new TextDecoder('utf-16be').decode(bytes.subarray(2))), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) throw new BinaryFileError('the file holds binary data (NUL or control bytes), not text');
  return fromUtf8(bytes);
}

function fromUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: normaliseNewlines(utf8.decode(bytes)), encoding: 'utf-8' };
  } catch {
    return decodeMixed(bytes);
  }
}

/**
 * Not valid UTF-8: keep every valid UTF-8 sequence and read each stray byte as
 * Windows-1252, which decodes a pure legacy file right and rescues a UTF-8 file
 * with a few bad bytes without turning its accents into mojibake.
 */
function decodeMixed(bytes: Uint8Array): Decoded {
  const parts: string[] = [];
  let runStart = 0;
  let sawUtf8Multibyte = false;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      if (length > 1) sawUtf8Multibyte = true;
      i += length;
      continue;
    }
    if (runStart < i) parts.push(utf8.decode(bytes.subarray(runStart, i)));
    parts.push(cp1252.decode(bytes.subarray(i, i + 1)));
    i += 1;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: normaliseNewlines(parts.join('')), encoding: sawUtf8Multibyte ? 'utf-8+windows-1252' : 'windows-1252' };
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** A NUL byte, or many control bytes, in the first 8 KiB means this is not an article. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
