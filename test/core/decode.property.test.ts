import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeText } from '../../server/src/core/text/decode';

/** Byte offset of the first invalid UTF-8 sequence, by the WHATWG decoder itself (one prefix at a time). */
function firstInvalidByPrefixes(bytes: Uint8Array): number | undefined {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    strict.decode(bytes);
    return undefined;
  } catch {
    // The first invalid sequence starts at the last offset up to which the prefix still decodes.
    let ok = 0;
    for (let i = 1; i <= bytes.length; i++) {
      try {
        strict.decode(bytes.subarray(0, i));
        ok = i;
      } catch {
        // A prefix may end inside a valid sequence: keep looking.
      }
    }
    return ok;
  }
}

// Bytes that are mostly Devanagari and ASCII, with stray continuation bytes, truncated sequences,
// overlong forms and surrogates mixed in.
const piece = fc.oneof(
  fc.constantFrom('क', 'ि', 'ॉ', 'a', ' ', '\n', '\r\n', '\r', '।', '😀', '€').map((s) => [...new TextEncoder().encode(s)]),
  fc.constantFrom([0x80], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe0, 0xa4], [0xff], [0xc2]),
);

test('decodeText: valid and invalid UTF-8 give the text a lenient decoder gives and the first bad byte', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const bytes = Uint8Array.from(pieces.flat().filter((b) => b !== 0));
      const d = decodeText(bytes);
      const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      const body = bom ? bytes.subarray(3) : bytes;
      assert.equal(d.text, new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body));
      const bad = firstInvalidByPrefixes(body);
      assert.equal(d.invalidUtf8At, bad === undefined ? undefined : bad + (bom ? 3 : 0));
      const crlf = d.text.includes('\r\n');
      const lone = /\r(?!\n)/.test(d.text);
      const lf = /(^|[^\r])\n/.test(d.text);
      const kinds = Number(crlf) + Number(lone) + Number(lf);
      assert.equal(d.eol, kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf ? 'crlf' : lone ? 'cr' : 'lf');
    }),
    { numRuns: 400 },
  );
});
