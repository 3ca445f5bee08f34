/**
 * Match keys: normalised strings built *beside* the text, so that different spellings of one
 * name compare equal while every span still points at what the user wrote.
 *
 * `matchKey` folds the spelling variation that Hindi news writing shows for one and the same
 * word: nukta or none (फ़्रांस/फ्रांस), chandrabindu or anusvara, a half nasal consonant or
 * anusvara (हिन्दी/हिंदी), ZWJ/ZWNJ, hyphens and spaces (किम जोंग-उन/किम जोंग उन), Latin case.
 *
 * `latinKey` is a much rougher bridge between scripts: it maps a Devanagari or Latin name to
 * a consonant skeleton (पुतिन ≈ Putin → `ptn`), good enough to link a name to its
 * transliteration in brackets or in another article, never to decide that a word is a name.
 */
import Sanscript from '@indic-transliteration/sanscript';

const VIRAMA = 0x094d;
const ANUSVARA = 0x0902;

function isConsonant(c: number): boolean {
  return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095f);
}

function isNasalConsonant(c: number): boolean {
  // ङ ञ ण न म
  return c === 0x0919 || c === 0x091e || c === 0x0923 || c === 0x0928 || c === 0x092e;
}

function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x200b || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Precomposed nukta letters (U+0958–U+095F) and ऩ ऱ ऴ, mapped to their base letters. */
function nuktaBase(c: number): number {
  switch (c) {
    case 0x0958: return 0x0915; // क़
    case 0x0959: return 0x0916; // ख़
    case 0x095a: return 0x0917; // ग़
    case 0x095b: return 0x091c; // ज़
    case 0x095c: return 0x0921; // ड़
    case 0x095d: return 0x0922; // ढ़
    case 0x095e: return 0x092b; // फ़
    case 0x095f: return 0x092f; // य़
    case 0x0929: return 0x0928; // ऩ
    case 0x0931: return 0x0930; // ऱ
    case 0x0934: return 0x0933; // ऴ
    default: return c;
  }
}

/**
 * True when `s` is already its own match key: no upper-case Latin, no nukta, chandrabindu,
 * half nasal, joiner, dash or space, and nothing that NFC could change. Most words of running
 * Hindi text are, so matchKey returns them without allocating.
 */
function isPlainKey(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || isSpace(c) || c === 0x2d) return false;
      continue;
    }
    if (c >= 0x0900 && c <= 0x097f) {
      if (c === 0x093c || c === 0x0901 || (c >= 0x0958 && c <= 0x095f) || c === 0x0929 || c === 0x0931 || c === 0x0934) return false;
      if (c === VIRAMA && i > 0 && isNasalConsonant(s.charCodeAt(i - 1))) return false;
      continue;
    }
    return false;
  }
  return s.charCodeAt(0) !== 0x20 && s.charCodeAt(n - 1) !== 0x20;
}

/**
 * The match key of `s`: nukta folded to the base letter, chandrabindu → anusvara, a nasal
 * consonant with virama before a consonant → anusvara, ZWJ/ZWNJ removed, dashes and runs of
 * spaces → one space (trimmed), Latin lower-cased, NFC. Linear in the length of `s`.
 */
export function matchKey(s: string): string {
  if (isPlainKey(s)) return s;
  let out = '';
  let pendingSpace = false;
  let ascii = true;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (isSpace(c) || isDash(c)) {
      if (out.length > 0) pendingSpace = true;
      continue;
    }
    if (c === 0x200c || c === 0x200d || c === 0x093c) continue; // ZWNJ, ZWJ, nukta sign
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 32;
      out += String.fromCharCode(c);
      continue;
    }
    ascii = false;
    if (c >= 0x0900 && c <= 0x097f) {
      c = nuktaBase(c);
      if (c === 0x0901) c = ANUSVARA;
      else if (isNasalConsonant(c) && s.charCodeAt(i + 1) === VIRAMA) {
        // Look past a nukta or joiner between the virama and the next consonant.
        let j = i + 2;
        while (j < n && (s.charCodeAt(j) === 0x200c || s.charCodeAt(j) === 0x200d)) j++;
        if (j < n && isConsonant(s.charCodeAt(j))) {
          out += String.fromCharCode(ANUSVARA);
          i = j - 1;
          continue;
        }
      }
      out += String.fromCharCode(c);
      continue;
    }
    out += s[i];
  }
  if (ascii) return out;
  let plain = true;
  for (let i = 0; i < out.length && plain; i++) {
    const c = out.charCodeAt(i);
    if (c >= 0x80 && !(c >= 0x0900 && c <= 0x097f)) plain = false;
  }
  return plain ? out : out.toLowerCase().normalize('NFC');
}

/** Skeleton of one romanised word: the first letter, then consonants with folded classes. */
function skeletonWord(w: string, out: string[]): void {
  // Latin lower case without accents: á → a, ś → s, ṭ → t, ṃ → m …
  const plain = w.replace(/[\u1e43\u1e45\u00f1]/g, 'n').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  let sk = '';
  let last = '';
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i];
    const next = plain[i + 1] ?? '';
    if (ch < 'a' || ch > 'z') continue;
    if (next === 'h' && 'cskpbdgtj'.includes(ch)) i++; // digraphs: ch sh kh ph bh dh gh th jh
    let k: string;
    switch (ch) {
      case 'a': case 'e': case 'i': case 'o': case 'u':
        k = sk.length === 0 ? '@' : '';
        break;
      case 'y':
        k = sk.length === 0 ? 'y' : '';
        break;
      case 'h':
        k = sk.length === 0 ? 'h' : '';
        break;
      case 'w': case 'v': k = 'v'; break;
      case 'z': case 'j': k = 'j'; break;
      case 'q': case 'k': k = 'k'; break;
      case 'c': k = next === 'h' ? 'c' : (next === 'e' || next === 'i' || next === 'y') ? 's' : 'k'; break;
      case 'f': k = 'f'; break;
      case 'm': k = next !== '' && !'aeiouy'.includes(next) ? 'n' : 'm'; break;
      case 'p': k = next === 'h' ? 'f' : 'p'; break;
      case 'x': k = sk.length === 0 ? 's' : 'ks'; break;
      default: k = ch;
    }
    if (k && k !== last) sk += k;
    last = k;
  }
  if (sk) out.push(sk);
}

const DEVA_RE = /[\u0900-\u097F]/;

/**
 * A rough Latin skeleton shared by a name's Devanagari and Latin spellings:
 * `latinKey('व्लादिमीर पुतिन') === latinKey('Vladimir Putin')`. Vowel length, inherent a,
 * nukta, v/w, sh/s, ph/f, z/j and doubled letters are folded; each word keeps its first letter
 * class and its consonants. Cheap; call it on names, not on whole documents.
 */
export function latinKey(s: string): string {
  const hit = LATIN_CACHE.get(s);
  if (hit !== undefined) return hit;
  const k = latinKeyUncached(s);
  // A bounded cache: names repeat within and across articles.
  if (LATIN_CACHE.size > 20000) LATIN_CACHE.clear();
  LATIN_CACHE.set(s, k);
  return k;
}

const LATIN_CACHE = new Map<string, string>();

function latinKeyUncached(s: string): string {
  let text = matchKey(s);
  if (DEVA_RE.test(text)) {
    // Candra o/e (ऑ ॉ ऍ ॅ) are not in the Sanskrit schemes: read them as plain o and e.
    text = text
      .replace(/\u0911/g, '\u0913')
      .replace(/\u0949/g, '\u094b')
      .replace(/\u090d/g, '\u090f')
      .replace(/\u0945/g, '\u0947');
    // IAST c is the sound written ch in English names (चंद्र = Chandra).
    text = Sanscript.t(text, 'devanagari', 'iast').replace(/c(?!h)/g, 'ch');
  }
  const out: string[] = [];
  for (const w of text.toLowerCase().split(/[^a-z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]+/)) {
    if (w) skeletonWord(w, out);
  }
  return out.join(' ');
}

const INITIAL_CLASS: Record<string, string> = (() => {
  const m: Record<string, string> = {};
  const groups: [string, string][] = [
    ['अआइईउऊऋएऐओऔऑऍ', '@'], ['कखक़ख़', 'k'], ['गघग़', 'g'], ['चछ', 'c'], ['जझज़', 'j'], ['टठतथ', 't'],
    ['डढड़ढ़दध', 'd'], ['णनङञ', 'n'], ['प', 'p'], ['फफ़', 'f'], ['बभ', 'b'], ['म', 'm'], ['यय़', 'y'], ['र', 'r'],
    ['ल', 'l'], ['व', 'v'], ['शषस', 's'], ['ह', 'h'],
  ];
  for (const [chars, c] of groups) for (const ch of chars.normalize('NFD')) if (ch.charCodeAt(0) !== 0x093c) m[ch] = c;
  for (const [chars, c] of groups) for (const ch of chars) m[ch] = c;
  return m;
})();

/**
 * The first letter class of a word's latinKey, read cheaply from its first character (a filter
 * before the full transliteration). Undefined when unknown.
 */
export function latinInitial(word: string): string | undefined {
  const ch = word[0];
  if (ch === undefined) return undefined;
  const d = INITIAL_CLASS[ch];
  if (d) return d;
  const k = latinKey(word);
  return k ? k[0] : undefined;
}
