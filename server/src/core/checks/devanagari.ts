import { isClusterBoundary } from '../text/tokens';
import type { Finding } from '../types';
import { CHECKS } from './table';
import { BYLINE_DEVA_LOGO } from './residue';

// Dependent vowel signs (matras): U+093A–U+093B, U+093E–U+094C, U+094E–U+094F, U+0955–U+0957, U+0962–U+0963
// (not the nukta U+093C or the avagraha U+093D that sit in the same block).
// One pass over the text with a table of flags, one read a character (two regular expressions
// cost twice as much): F_MATRA a vowel sign; F_NASAL ँ ं (a vowel sign never follows one: मेंे);
// F_SIGN a vowel sign, nukta or virama, which cannot start a word; F_SEPARATOR what may stand
// before a word: a space (what `\s` matches), quotes, brackets and punctuation.
const F_MATRA = 1;
const F_NASAL = 2;
const F_SIGN = 4;
const F_SEPARATOR = 8;
const FLAGS = new Uint8Array(0x10000);
{
  for (const [a, b] of [[0x93a, 0x93b], [0x93e, 0x94c], [0x94e, 0x94f], [0x955, 0x957], [0x962, 0x963]]) FLAGS.fill(F_MATRA | F_SIGN, a, b + 1);
  FLAGS[0x901] = F_NASAL;
  FLAGS[0x902] = F_NASAL;
  FLAGS[0x93c] = F_SIGN;
  FLAGS[0x94d] = F_SIGN;
  const seps = ' \t\n\r\v\f\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"\'“”‘’([{,;:!?।॥-';
  for (let k = 0; k < seps.length; k++) FLAGS[seps.charCodeAt(k)] = F_SEPARATOR;
  FLAGS.fill(F_SEPARATOR, 0x2000, 0x200a + 1);
}

/** Positions of stacked vowel signs ([first, second]) and of signs that start a word. */
function scanSigns(text: string): { doubles: [number, number][]; starts: number[] } {
  const doubles: [number, number][] = [];
  const starts: number[] = [];
  // The flags of the two characters before; the text's start counts as a separator.
  let prev = F_SEPARATOR;
  let prevPrev = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const f = FLAGS[text.charCodeAt(i)];
    if (f & F_SIGN) {
      if (f & F_MATRA) {
        if (prev & F_MATRA) doubles.push([i - 1, i]);
        else if (prev & F_NASAL && prevPrev & F_MATRA) doubles.push([i - 2, i]);
      }
      if (prev & F_SEPARATOR) starts.push(i);
    }
    prevPrev = prev;
    prev = f;
  }
  return { doubles, starts };
}
const WORD_CHAR = /[\u0900-\u0963\u0970-\u097F\u200C\u200D]/;

/** The last word found by `wordAround`, reused while findings fall inside it (see below). */
let lastWord = { text: '', s: 0, e: 0 };

/**
 * Whether the characters before and after `p` belong to one word: both Devanagari word characters,
 * or one grapheme cluster, never across a line break. The same test walking left and right, so every position of a word
 * widens to the same word (which the reuse in `wordAround` relies on).
 */
const joined = (text: string, p: number) => !LINE_BREAK.test(text[p - 1]) && (!isClusterBoundary(text, p) || (WORD_CHAR.test(text[p - 1]) && WORD_CHAR.test(text[p])));

/** A line break ends a grapheme cluster (UAX #29, GB4), whatever mark follows it. */
const LINE_BREAK = /[\n\r]/;

/**
 * Widens [start, end) to the Devanagari word around it (never cutting a cluster), so the squiggle
 * covers the whole word. Findings inside the word found last reuse it: thousands of findings in
 * one enormous run of signs then cost one walk over the run, not one each.
 */
function wordAround(text: string, start: number, end: number): [number, number] {
  if (lastWord.text === text && start >= lastWord.s && end <= lastWord.e) return [lastWord.s, lastWord.e];
  let s = start;
  let e = end;
  while (s > 0 && joined(text, s)) s--;
  while (e < text.length && joined(text, e)) e++;
  lastWord = { text, s, e };
  return [s, e];
}

/** The word [s, e) as it would read after replacing [from, to) with `insert`, shortened like `quoted`. */
function afterEdit(text: string, s: number, e: number, from: number, to: number, insert = ''): string {
  if (e - s <= 40) return text.slice(s, from) + insert + text.slice(to, e);
  return `…${text.slice(Math.max(s, from - 12), from)}${insert}${text.slice(to, Math.min(e, to + 12))}…`;
}

/** A word as quoted in a message: whole when it is word-sized, else its start. */
function quoted(text: string, s: number, e: number): string {
  if (e - s <= 40) return text.slice(s, e);
  let cut = s + 30;
  while (cut > s && !isClusterBoundary(text, cut)) cut--;
  return `${text.slice(s, cut)}…`;
}

const name = (c: string) => `‘◌${c}’ (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;

/** Malformed Devanagari that no reader can pronounce: stacked vowel signs, signs with no consonant. */
export function checkDevanagari(text: string): Finding[] {
  const out: Finding[] = [];
  const { doubles, starts } = scanSigns(text);
  for (const [i, j] of doubles) {
    const nasal = j - i === 2 ? text[i + 1] : '';
    const [s, e] = wordAround(text, i, j + 1);
    const word = quoted(text, s, e);
    const keepFirst = afterEdit(text, s, e, j, j + 1);
    const keepSecond = afterEdit(text, s, e, i, j + 1, text[j] + nasal);
    out.push({
      code: CHECKS.doubleVowelSign.id,
      severity: CHECKS.doubleVowelSign.defaultSeverity,
      start: s,
      end: e,
      message: `“${word}” has two vowel signs in a row, ${name(text[i])} and ${name(text[j])}. Keep the one you meant: “${keepFirst}” or “${keepSecond}”.`,
      fixes: [
        { title: `Change to “${keepFirst}”`, edits: [{ start: j, end: j + 1, newText: '' }] },
        { title: `Change to “${keepSecond}”`, edits: [{ start: i, end: j + 1, newText: text[j] + nasal }] },
      ],
    });
  }
  for (const i of starts) {
    const [, e] = wordAround(text, i, i + 1);
    const sign = text[i];
    out.push({
      code: CHECKS.vowelSignAtWordStart.id,
      severity: CHECKS.vowelSignAtWordStart.defaultSeverity,
      start: i,
      end: Math.max(e, i + 1),
      message: `The word starts with the sign ${name(sign)}, which needs a consonant before it. A letter was probably lost or a space slipped in.`,
      fixes:
        i > 0 && /[ \u00A0]/.test(text[i - 1]) && i > 1 && WORD_CHAR.test(text[i - 2])
          ? [{ title: 'Join to the previous word (remove the space)', edits: [{ start: i - 1, end: i, newText: '' }] }]
          : undefined,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---- more orthography -------------------------------------------------------------------

const NUKTA = '\u093C';
const VIRAMA = '\u094D';
// Letters that take a nukta in Hindi (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़); a nukta anywhere else is a slip
// (usually after a vowel sign or on a neighbouring letter). ऩ ऱ ऴ belong to other languages.
const NUKTA_BASE = /[\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F]/;
// A nukta after a Devanagari letter other than those eight (and other than a nukta): every nukta
// whose base is one of the eight or not Devanagari was skipped after matching /([^\u093C])\u093C/g.
const BAD_NUKTA = /([\u0900-\u0914\u0918-\u091B\u091D-\u0920\u0923-\u092A\u092C-\u092E\u0930-\u093B\u093D-\u0963\u0971-\u097F])\u093C/g;
const DOUBLED_SIGN = /\u094D\u094D|\u093C\u093C/g;
const JOINER = /[\u200C\u200D]+/g;
const CONSONANT = /[\u0915-\u0939\u0958-\u095F\u0978-\u097F]/;
const DEVA_LETTER = /[\u0900-\u0963\u0971-\u097F]/;
// A Devanagari letter touching a Latin letter, either way round.
const MIXED = /[\u0900-\u0963\u0971-\u097F][A-Za-z]|[A-Za-z][\u0900-\u0963\u0971-\u097F]/g;
const LATIN_OR_DEVA = /[A-Za-z\u0900-\u0963\u0971-\u097F\u200C\u200D]/;
// Numbers written with both Devanagari (०–९) and ASCII digits (checkMixedScripts).
const DEVA_DIGIT = /[\u0966-\u096F]/g;
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x0966 && c <= 0x096f);
const isDigitSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || c === 0x2d;

function removal(text: string, i: number, n: number) {
  return { start: i, end: i + n, newText: '' };
}

/** A nukta on a letter that takes none (स़, after a vowel sign: ी़), and doubled virama or nukta. */
export function checkSigns(text: string): Finding[] {
  const out: Finding[] = [];
  BAD_NUKTA.lastIndex = 0;
  for (let m = BAD_NUKTA.exec(text); m; m = BAD_NUKTA.exec(text)) {
    const base = m[1];
    const i = m.index + 1;
    if (NUKTA_BASE.test(base) || !DEVA_LETTER.test(base)) continue; // non-Devanagari bases are the sign-at-start check's
    const [s, e] = wordAround(text, i, i + 1);
    if (base >= '\u0958' && base <= '\u095F') {
      // क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ written as one character already carry their nukta: this one is a second.
      const once = afterEdit(text, s, e, i, i + 1);
      out.push({
        code: CHECKS.doubledSign.id,
        severity: CHECKS.doubledSign.defaultSeverity,
        start: s,
        end: e,
        message: `“${quoted(text, s, e)}” has a second nukta (◌़) on ‘${base}’, which already has one. Change to “${once}”.`,
        fixes: [{ title: `Keep one nukta (“${once}”)`, edits: [removal(text, i, 1)], safe: true }],
      });
      continue;
    }
    const word = quoted(text, s, e);
    const fixed = afterEdit(text, s, e, i, i + 1);
    out.push({
      code: CHECKS.invalidNukta.id,
      severity: CHECKS.invalidNukta.defaultSeverity,
      start: s,
      end: e,
      message: `“${word}” has a nukta (◌़) on ‘${base}’, which takes none in Hindi. Remove it (“${fixed}”) or put it on the letter it belongs to (क़ ख़ ग़ ज़ ड़ ढ़ फ़).`,
      fixes: [{ title: `Remove the nukta (“${fixed}”)`, edits: [removal(text, i, 1)], safe: true }],
    });
  }
  DOUBLED_SIGN.lastIndex = 0;
  for (let m = DOUBLED_SIGN.exec(text); m; m = DOUBLED_SIGN.exec(text)) {
    const i = m.index;
    let n = 2;
    while (text[i + n] === m[0][0]) n++;
    DOUBLED_SIGN.lastIndex = i + n;
    const [s, e] = wordAround(text, i, i + n);
    const word = quoted(text, s, e);
    const fixed = afterEdit(text, s, e, i + 1, i + n);
    const what = m[0][0] === VIRAMA ? 'virama (◌्)' : 'nukta (◌़)';
    out.push({
      code: CHECKS.doubledSign.id,
      severity: CHECKS.doubledSign.defaultSeverity,
      start: s,
      end: e,
      message: `“${word}” has the ${what} ${n} times in a row; one is meant. Change to “${fixed}”.`,
      fixes: [{ title: `Keep one ${what.split(' ')[0]} (“${fixed}”)`, edits: [removal(text, i + 1, n - 1)], safe: true }],
    });
  }
  return out;
}

/**
 * A ZWJ or ZWNJ that does nothing: Devanagari uses them only after a virama (क्‍ष, वाक्‌) or
 * between र and a virama (eyelash र‍्). Elsewhere (between two letters, at a word's edge, after a
 * vowel sign) they are invisible residue of copy and paste. Emoji sequences are left alone.
 */
export function checkJoiners(text: string): Finding[] {
  const out: Finding[] = [];
  JOINER.lastIndex = 0;
  for (let m = JOINER.exec(text); m; m = JOINER.exec(text)) {
    const i = m.index;
    const n = m[0].length;
    const prev = i > 0 ? text[i - 1] : '';
    const next = text[i + n] ?? '';
    const devaNear = DEVA_LETTER.test(prev) || DEVA_LETTER.test(next);
    if (!devaNear && !(/\s|^$/.test(prev) || /\s|^$/.test(next))) continue; // emoji, other scripts
    if (n === 1 && prev === VIRAMA && (CONSONANT.test(next) || m[0] === '\u200C')) continue;
    if (n === 1 && m[0] === '\u200D' && prev === '\u0930' && next === VIRAMA) continue;
    if (!devaNear && prev !== VIRAMA) {
      // A joiner next to a space or in Latin text: still stray, but only where a word edge is.
      if (!/\s/.test(prev) && !/\s/.test(next) && prev !== '' && next !== '') continue;
    }
    const names =
      n <= 3
        ? [...m[0]].map((c) => (c === '\u200D' ? 'ZWJ (U+200D)' : 'ZWNJ (U+200C)')).join(' + ')
        : `run of ${n} joiners (ZWJ U+200D / ZWNJ U+200C)`;
    const [s, e] = wordAround(text, i, i + n);
    // What comes before it on its line (a message never quotes across a line break).
    const chunk = text.slice(Math.max(0, i - 12), i);
    const before = chunk.slice(chunk.search(/[^\r\n]*$/)).trimStart();
    out.push({
      code: CHECKS.strayJoiner.id,
      severity: CHECKS.strayJoiner.defaultSeverity,
      start: s < e ? s : i,
      end: s < e ? e : i + n,
      message: `An invisible ${names} sits ${text.slice(s, Math.min(e, s + 40)).replace(/[\u200C\u200D]/g, '') ? `in “${quoted(text, s, e)}”` : before ? `after “${before}”` : 'at the start of a line'} where it joins nothing (Devanagari needs one only after a virama). Remove it: it breaks search and matching.`,
      fixes: [{ title: 'Remove the invisible joiner', edits: [removal(text, i, n)], safe: true }],
    });
  }
  return out;
}

/** A Latin letter inside a Devanagari word (सरकाrर, GDPके), and a number mixing ०–९ with 0–9. */
export function checkMixedScripts(text: string): Finding[] {
  const out: Finding[] = [];
  MIXED.lastIndex = 0;
  let lastEnd = -1;
  for (let m = MIXED.exec(text); m; m = MIXED.exec(text)) {
    let s = m.index;
    let e = m.index + 2;
    while (s > 0 && LATIN_OR_DEVA.test(text[s - 1])) s--;
    while (e < text.length && LATIN_OR_DEVA.test(text[e])) e++;
    MIXED.lastIndex = e;
    if (s < lastEnd) continue;
    lastEnd = e;
    const word = quoted(text, s, e);
    if (/^[A-Z]$/.test(text[e - 1]) && /[\u0900-\u097F]/.test(text[e - 2]) && (text[e] === '\n' || text[e] === '\r' || e === text.length)) {
      const ls = text.lastIndexOf('\n', s - 1) + 1;
      if (BYLINE_DEVA_LOGO.test(text.slice(ls, e).trim())) continue; // residue.glued-byline
    }
    const latin = word.replace(/[^A-Za-z]/g, '');
    const deva = word.replace(/[A-Za-z]/g, '');
    const fixes =
      latin.length === 1 && deva.length >= 2 && /[\u0900-\u097F][A-Za-z][\u0900-\u097F]/.test(word)
        ? [{ title: `Remove the stray Latin letter ‘${latin}’`, edits: [removal(text, s + word.search(/[A-Za-z]/), 1)] }]
        : undefined;
    out.push({
      code: CHECKS.mixedScript.id,
      severity: CHECKS.mixedScript.defaultSeverity,
      start: s,
      end: e,
      message: `“${word}” mixes Devanagari and Latin letters in one word. A letter slipped in, or a space is missing between two words; fix the spelling so the word can be read and found.`,
      fixes,
    });
  }
  // The numbers /[0-9०-९](?:[0-9०-९]|[.,:\/-](?=[0-9०-९]))*/g finds, but only those with a
  // Devanagari digit: from each such digit back to the start of its number, then to its end.
  DEVA_DIGIT.lastIndex = 0;
  for (let m = DEVA_DIGIT.exec(text); m; m = DEVA_DIGIT.exec(text)) {
    let at = m.index;
    for (;;) {
      const p = text.charCodeAt(at - 1);
      if (isDigit(p)) at--;
      else if (isDigitSeparator(p) && isDigit(text.charCodeAt(at - 2))) at -= 2;
      else break;
    }
    let ascii = false;
    let j = at;
    for (;;) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        if (d < 0x80) ascii = true;
        j++;
      } else if (isDigitSeparator(d) && isDigit(text.charCodeAt(j + 1))) j++;
      else break;
    }
    DEVA_DIGIT.lastIndex = j;
    if (!ascii) continue;
    const num = text.slice(at, j);
    const toAscii = /[0-9]/.test(num[0]);
    const fixed = num.replace(toAscii ? /[\u0966-\u096F]/g : /[0-9]/g, (d) =>
      toAscii ? String(d.charCodeAt(0) - 0x0966) : String.fromCharCode(0x0966 + Number(d)),
    );
    out.push({
      code: CHECKS.mixedDigits.id,
      severity: CHECKS.mixedDigits.defaultSeverity,
      start: at,
      end: at + num.length,
      message: `The number “${num}” mixes Devanagari digits (०–९) and ASCII digits (0–9). Write it in one set: “${fixed}”.`,
      fixes: [{ title: `Write it as “${fixed}”`, edits: [{ start: at, end: at + num.length, newText: fixed }], safe: true }],
    });
  }
  return out;
}

// Words that Hindi and English never repeat on purpose (unlike धीरे धीरे, बार बार, साथ साथ).
const NO_REDUPLICATION = [
  'के', 'की', 'का', 'को', 'में', 'से', 'ने', 'पर', 'और', 'है', 'हैं', 'था', 'थी', 'थे', 'कि', 'भी', 'तो', 'ही',
  'यह', 'वह', 'इस', 'उस', 'लिए', 'गया', 'गई', 'गए', 'किया', 'कहा', 'एवं', 'तथा', 'या', 'द्वारा', 'बताया',
  'हुए', 'हुआ', 'हुई', 'रहा', 'रही', 'रहे', 'सकता', 'सकती', 'सकते', 'होगा', 'होगी', 'होंगे', 'दिया', 'दी', 'दिए', 'लिया',
  'उन्होंने', 'इसके', 'उसके', 'इसकी', 'उसकी', 'इसमें', 'उसमें', 'जिसमें', 'जिसके', 'लेकिन', 'परंतु', 'किंतु', 'क्योंकि', 'अगर',
  'यदि', 'तक', 'बाद', 'सरकार', 'ये', 'वे', 'हम', 'उनके', 'उनकी', 'उनका',
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'is', 'was', 'for', 'on', 'that', 'with', 'by', 'at', 'from', 'are', 'has', 'have',
  'it', 'as', 'be', 'this', 'he', 'she', 'they', 'we', 'not', 'but', 'or', 'said', 'will', 'were', 'his', 'her', 'their',
];
// Starts at a space (or the text's start) so the engine skips ahead to spaces; no case folding.
const DOUBLED_WORD = new RegExp(
  `(?:^|[\\s(“"‘'])(${NO_REDUPLICATION.join('|')})([ \\u00A0]+)\\1(?![\\u0900-\\u0963\\u0971-\\u097FA-Za-z\\u200C\\u200D])`,
  'g',
);
// Letter names used as initials (के सी चक्रवर्ती, के के बिड़ला): “के के” next to one is a name.
const INITIALS = new Set(['के', 'सी', 'एस', 'एम', 'पी', 'जी', 'बी', 'डी', 'एल', 'आर', 'एन', 'टी', 'वी', 'ए', 'ओ', 'जे', 'एच', 'यू', 'एफ', 'आई', 'क्यू', 'डब्ल्यू', 'वाई', 'जेड', 'एक्स']);

/** The same function word twice in a row (के के, the the). */
export function checkDoubledWords(text: string): Finding[] {
  const out: Finding[] = [];
  DOUBLED_WORD.lastIndex = 0;
  for (let m = DOUBLED_WORD.exec(text); m; m = DOUBLED_WORD.exec(text)) {
    const [, w, sp] = m;
    const start = m.index + m[0].length - (2 * w.length + sp.length);
    const end = m.index + m[0].length;
    const secondStart = start + w.length + sp.length;
    DOUBLED_WORD.lastIndex = secondStart;
    if (w === 'के' && (INITIALS.has(wordAfter(text, end)) || INITIALS.has(wordBefore(text, start)))) continue;
    out.push({
      code: CHECKS.doubledWord.id,
      severity: CHECKS.doubledWord.defaultSeverity,
      start,
      end,
      message: `“${w}” is written twice in a row. Remove one.`,
      fixes: [{ title: `Remove the second “${w}”`, edits: [{ start: start + w.length, end: secondStart + w.length, newText: '' }], safe: true }],
    });
  }
  return out;
}

function wordAfter(text: string, i: number): string {
  let s = i;
  while (s < text.length && (text[s] === ' ' || text[s] === '.')) s++;
  let e = s;
  while (e < text.length && WORD_CHAR.test(text[e])) e++;
  return text.slice(s, e);
}

function wordBefore(text: string, i: number): string {
  let e = i;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '.')) e--;
  let s = e;
  while (s > 0 && WORD_CHAR.test(text[s - 1])) s--;
  return text.slice(s, e);
}

// Words Hindi repeats on purpose (reduplication: धीरे धीरे, अलग अलग, बार बार, समय समय पर).
const REDUPLICATED = new Set(
  (
    'धीरे अलग साथ बार जगह कभी समय बड़े बड़ी बड़ा छोटे छोटी छोटा एक दो तीन चार घर रोज़ रोज कौन क्या कहाँ कहां जैसे वैसे तरह अपना अपने अपनी ' +
    'हर बहुत खूब ख़ूब थोड़ा थोड़ी थोड़े ज़ोर जोर जल्दी पास दूर आगे पीछे ऊपर नीचे कुछ कई सब अभी ठीक सच गरम गर्म ताज़ा ताजा नए नई नया पुराने अंदर बाहर ' +
    'साफ़ साफ बीच किसी कोई किस जिस जिन उन इन यहाँ वहाँ यहां वहां जब तब कब हाँ हां ना नहीं चुप पल दिन रात सुबह शाम गली गाँव गांव शहर देश ' +
    'टुकड़े टुकड़ों लाखों करोड़ों हज़ारों हजारों सैकड़ों तरफ़ तरफ हल्का हल्की हल्के गोल लाल पीला पीले हरा हरे हरी काला काले सफ़ेद मीठा मीठी ' +
    'आस खेल पढ़ भाग रुक मार काट झूम घूम फिर बोल सुन देख कह घुट रो रोआ तू मैं किनारे तौबा जहाँ जहां भांति भाँति करीब क़रीब किन्हीं जन दे ले जो ' +
    'बातों बातें घंटों सालों दिनों पलों कभी-कभी धीरे-धीरे'
  ).split(' '),
);

/**
 * Any other word written twice in a row (पुलिस पुलिस), reported as information: Hindi repeats
 * many words on purpose, so these are shown but not counted as warnings. Uses the tokens.
 */
export function checkRepeatedWords(text: string, tokens: readonly { kind: string; start: number; end: number; text: string }[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 2];
    const n = a.end - a.start;
    if (n < 2 || b.end - b.start !== n || text.charCodeAt(a.start) !== text.charCodeAt(b.start) || text.charCodeAt(a.end - 1) !== text.charCodeAt(b.end - 1)) continue;
    if ((a.kind !== 'deva' && a.kind !== 'latin') || b.text !== a.text) continue;
    const sp = tokens[i + 1];
    if (sp.kind !== 'space' || !/^[ \u00A0]+$/.test(sp.text)) continue;
    const w = a.text;
    if (NO_REDUPLICATION.includes(w) || REDUPLICATED.has(w) || /(?:ते|तें)$/.test(w) || /[0-9\u0966-\u096F]/.test(w)) continue;
    if (/^[A-Z]/.test(w)) continue; // names (Abdullah Abdullah), titles
    const after = tokens[i + 3];
    if (after && (after.text === '-' || after.text === '–')) continue;
    out.push({
      code: CHECKS.doubledWord.id,
      severity: 'information',
      start: a.start,
      end: b.end,
      message: `“${w}” is written twice in a row. If the repetition is not meant, remove one.`,
      fixes: [{ title: `Remove the second “${w}”`, edits: [{ start: a.end, end: b.end, newText: '' }] }],
    });
    i += 2;
  }
  return out;
}
