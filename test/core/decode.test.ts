import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../server/src/core/text/decode';

const bytes = (s: string) => new TextEncoder().encode(s);

test('drops a BOM and reports line ends', () => {
  const d = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('भारत\r\nजापान\r\n')]));
  assert.equal(d.text, 'भारत\r\nजापान\r\n');
  assert.equal(d.bom, true);
  assert.equal(d.eol, 'crlf');
  assert.equal(d.invalidUtf8At, undefined);
});

test('invalid UTF-8 is decoded with U+FFFD and its first offset reported', () => {
  const d = decodeText(new Uint8Array([...bytes('Caf'), 0xe9, ...bytes(' भारत')]));
  assert.equal(d.invalidUtf8At, 3);
  assert.equal(d.text, 'Caf\uFFFD भारत');
});

test('truncated and overlong sequences are invalid; valid 4-byte ones are not', () => {
  assert.equal(decodeText(new Uint8Array([0x41, 0xe0, 0xa4])).invalidUtf8At, 1);
  assert.equal(decodeText(new Uint8Array([0xc0, 0x80])).invalidUtf8At, 0);
  assert.equal(decodeText(bytes('खबर 📰')).invalidUtf8At, undefined);
});

test('NUL bytes mark a binary file', () => {
  const d = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]));
  assert.equal(d.binary, true);
  assert.equal(d.text, '');
});

test('empty input', () => {
  assert.deepEqual(decodeText(new Uint8Array()), { text: '', bom: false, binary: false, invalidUtf8At: undefined, eol: 'none' });
});
