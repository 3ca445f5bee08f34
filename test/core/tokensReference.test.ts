// The hand-written tokeniser keeps exactly the output of the sticky regular expression it replaced
// (text/tokens.ts): checked here against that expression on every UTF-16 code unit and on random
// strings over the characters where the two could differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, type Token, type TokenKind } from '../../server/src/core/text/tokens';

const DEVA = '\\u0900-\\u0963\\u0970-\\u097F\\uA8E0-\\uA8FF\\u1CD0-\\u1CFF\\u200C\\u200D';
const DIGIT = '0-9\\u0966-\\u096F';
const REFERENCE = new RegExp(
  [
    `([${DEVA}]+)`,
    `([A-Za-z\\u00C0-\\u024F\\u0300-\\u036F]+(?:['’][A-Za-z\\u00C0-\\u024F]+)*)`,
    `([${DIGIT}]+(?:[.,][${DIGIT}]+)*)`,
    `(\\s+)`,
    `([\\s\\S])`,
  ].join('|'),
  'gu',
);
const KINDS: TokenKind[] = ['deva', 'latin', 'number', 'space', 'punct'];

type Plain = Omit<Token, 'id'>;

/** Tokens without their intern ids (the reference expression has none). */
function plain(tokens: Token[]): Plain[] {
  return tokens.map(({ kind, start, end, text }) => ({ kind, start, end, text }));
}

function reference(text: string, from = 0, to = text.length): Plain[] {
  const out: Plain[] = [];
  const slice = text.slice(from, to);
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(slice); m !== null; m = REFERENCE.exec(slice)) {
    let g = 1;
    while (m[g] === undefined) g++;
    out.push({ kind: KINDS[g - 1], start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

test('every UTF-16 code unit, alone and between letters, tokenises as the reference expression does', () => {
  const parts: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    parts.push(`${ch}a${ch}${ch}क${ch}1${ch} `);
  }
  const text = parts.join('');
  assert.deepEqual(plain(tokenize(text)), reference(text));
});

test('random text over the boundary characters tokenises as the reference expression does', () => {
  const alphabet = [
    'a', 'Z', 'é', '\u0301', "'", '’', '.', ',', '0', '५', 'क', '्', '\u200D', '\u200C', '।', ' ', '\n', '\r', '\t',
    '\u00A0', '\u2009', '\u200B', '\uFEFF', '\uD83D', '\uDE00', '📰', '×', '\u1CD0', '\uA8E0', '\u3000', '\u2028', '\u180E', '\u0085', '₹', '-',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.nat(), fc.nat(), (chars, a, b) => {
      const text = chars.join('');
      const from = text.length ? a % (text.length + 1) : 0;
      const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
      assert.deepEqual(plain(tokenize(text)), reference(text));
      assert.deepEqual(plain(tokenize(text, from, to)), reference(text, from, to));
    }),
    { numRuns: 3000 },
  );
});

test('tokens share an id exactly when they share a short text, across calls', () => {
  const text = 'भारत और भारत India India, 12 12 ।। बहुत-लंबा-शब्द-जो-बारह-से-अधिक अक्षरोंवालाशब्दबहुतलंबा';
  const first = tokenize(text);
  const second = tokenize(`नया ${text}`);
  const byId = new Map<number, string>();
  for (const t of [...first, ...second]) {
    if (t.kind === 'space' || t.text.length > 12) {
      assert.equal(t.id, -1, `no id for ${JSON.stringify(t.text)}`);
      continue;
    }
    assert.ok(t.id >= 0, `an id for ${t.text}`);
    const seen = byId.get(t.id);
    if (seen !== undefined) assert.equal(seen, t.text);
    byId.set(t.id, t.text);
  }
  const ids = new Map<string, number>();
  for (const t of [...first, ...second]) if (t.id >= 0) {
    const seen = ids.get(t.text);
    if (seen !== undefined) assert.equal(seen, t.id, `one id for ${t.text}`);
    ids.set(t.text, t.id);
  }
});

test('random texts keep one id a short text, however many distinct words pass through', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: fc.constantFrom('क', 'ख', 'ा', 'ि', '्', 'a', 'b'), minLength: 1, maxLength: 6 }), { maxLength: 30 }), (wordsList) => {
      const text = wordsList.join(' ');
      const tokens = tokenize(text);
      const ids = new Map<number, string>();
      for (const t of tokens) if (t.id >= 0) {
        const seen = ids.get(t.id);
        if (seen !== undefined) assert.equal(seen, t.text);
        ids.set(t.id, t.text);
        assert.equal(t.text, text.slice(t.start, t.end));
      }
    }),
    { numRuns: 20000 },
  );
});
