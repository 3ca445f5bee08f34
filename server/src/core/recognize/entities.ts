/**
 * Named-entity recogniser: PERSON, LOCATION, ORGANIZATION, NORP and EVENT in Hindi news with
 * English mixed in (shared/ANNOTATION.md is the span contract).
 *
 * How it works, in one left-to-right pass over the word tokens plus one propagation pass:
 *  1. Gazetteer: the curated register, ICU country names, Indian states and places, CLDR cities
 *     and demonyms, looked up by the match key of the first token, longest alias first.
 *  2. Cues: a title before unknown words (राष्ट्रपति X), a head noun after a name or modifiers
 *     (X मंत्रालय, X चौक), a common given name before a surname, spelt-out acronyms (सीबीआई),
 *     Latin capitalisation and all-caps acronyms.
 *  3. Document: names found with a strong cue are found again in their other mentions, and a
 *     surname or weak alias (पुतिन, किम) attaches to the full name used in the same article.
 *
 * Invariant: linear in the number of tokens; tables are built once per process; spans are
 * flat, sorted, never overlap `occupied`, and never end inside a grapheme cluster.
 */
import type { EntityType, Span } from '../types';
import { isClusterBoundary, type Token } from '../text/tokens';
import { latinInitial, latinKey, matchKey } from '../text/matchKey';
import { registerEntries } from '../resources/register';
import { icuCountries, INDIAN_DISTRICTS, INDIAN_PLACES, INDIAN_STATES, WORLD_PLACES } from '../resources/places';
import { CLDR_CITIES } from '../resources/cities.generated';
import {
  GIVEN_NAMES,
  LATIN_NON_ACRONYMS,
  LATIN_ORG_HEADS,
  LATIN_STOP,
  LETTER_NAMES,
  LOC_HEADS,
  NON_ACRONYMS,
  NON_NAME_WORDS,
  ORG_HEADS,
  ORG_MODIFIERS,
  PERSON_TITLES,
  SURNAMES,
  AGENCY_CREDIT,
  CORPORATE_PLURAL_WORDS,
} from '../resources/nameCues';

const AGENCY_KEY = matchKey(AGENCY_CREDIT);

/** A name known from elsewhere (another article of the corpus), to be found in this one too. */
export interface KnownName {
  /** The surface or any spelling of the name. */
  text: string;
  type: EntityType;
  key: string;
  canonical: string;
}

export interface FindEntitiesOptions {
  /** Names found in other articles; matched like document names (source `corpus`). */
  known?: readonly KnownName[];
}

// ---------------------------------------------------------------------------------------------
// Tables, built once.

interface Cand {
  keys: string[];
  type: EntityType;
  id: string;
  canonical: string;
  source: string;
  weak: boolean;
  /** Latin alias: 0 = any case, 1 = first letter upper case, 2 = all upper case. */
  latinCase: number;
}

interface Tables {
  byFirst: Map<string, Cand[]>;
  /** Entity by the key of a whole alias, strong and weak (for spans found by rules). */
  byKey: Map<string, Cand>;
  /** One-word places by their loose key (looseKey), for spellings the gazetteer lacks. */
  loosePlaces: Map<string, Cand>;
  titles: Set<string>;
  orgHeads: Set<string>;
  locHeadsStrong: Set<string>;
  locHeadsWeak: Set<string>;
  locDescriptors: Set<string>;
  latinOrgHeads: Set<string>;
  latinLocHeads: Set<string>;
  orgMods: Set<string>;
  /** Heads that make a named event after a name: ट्रॉफी, कप, जयंती (strong), युद्ध, दिवस (after a known name only). */
  eventHeadsStrong: Set<string>;
  eventHeadsWeak: Set<string>;
  distinctiveOrgHeads: Set<string>;
  genericMods: Set<string>;
  nonName: Set<string>;
  boundary: Set<string>;
  given: Set<string>;
  ambiguousGiven: Set<string>;
  surnames: Set<string>;
  letters: string[];
  /** Cue flags by word key (see W.cue). */
  cues: Map<string, number>;
  /** Letter names by their first code unit. */
  lettersByStart: Map<number, string[]>;
  letterSet: Set<string>;
  letterStarts: Set<number>;
  nonAcronyms: Set<string>;
  latinNonAcronyms: Set<string>;
  latinStop: Set<string>;
}

let TABLES: Tables | undefined;

function keySet(list: string): Set<string> {
  const s = new Set<string>();
  for (const w of list.split(/\s+/)) if (w) s.add(matchKey(w.replace(/-/g, ' ')));
  return s;
}

/** Word keys of a name, as the document side produces them (hyphens and dots dropped). */
function nameKeys(name: string): string[] {
  const out: string[] = [];
  const re = /[\u0900-\u0963\u0970-\u097F\u200C\u200D]+|[A-Za-z\u00C0-\u024F\u0300-\u036F]+(?:['’][A-Za-z]+)*|[0-9\u0966-\u096F]+(?:[.,][0-9\u0966-\u096F]+)*|[^\s\-‐‑‒–—.]/gu;
  for (let m = re.exec(name); m; m = re.exec(name)) out.push(matchKey(m[0]));
  return out;
}

function latinCaseOf(alias: string): number {
  if (!/[A-Za-z]/.test(alias) || /[\u0900-\u097F]/.test(alias)) return 0;
  const letters = alias.replace(/[^A-Za-z]/g, '');
  if (letters.length <= 6 && letters === letters.toUpperCase()) return 2;
  return 1;
}

function parseLines(block: string): { en: string; hi: string[]; la: string[] }[] {
  const out: { en: string; hi: string[]; la: string[] }[] = [];
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const [en, hi = '', la = ''] = line.split('|').map((x) => x.trim());
    out.push({ en, hi: hi.split(',').map((x) => x.trim()).filter(Boolean), la: la.split(',').map((x) => x.trim()).filter(Boolean) });
  }
  return out;
}

const DEMONYM_EXCLUDE = new Set(['भारती', 'भारत']);

function buildTables(): Tables {
  const byFirst = new Map<string, Cand[]>();
  const byKey = new Map<string, Cand>();
  const seenAlias = new Set<string>();

  const add = (alias: string, c: Omit<Cand, 'keys' | 'latinCase'>): void => {
    const keys = nameKeys(alias);
    if (keys.length === 0) return;
    const whole = keys.join(' ');
    const latinCase = latinCaseOf(alias);
    const dedupe = whole + '|' + latinCase;
    if (seenAlias.has(dedupe)) return;
    seenAlias.add(dedupe);
    const cand: Cand = { ...c, keys, latinCase };
    if (!byKey.has(whole)) byKey.set(whole, cand);
    let list = byFirst.get(keys[0]);
    if (!list) byFirst.set(keys[0], (list = []));
    list.push(cand);
  };

  for (const e of registerEntries()) {
    for (const a of e.aliases) add(a, { type: e.type, id: e.id, canonical: e.canonical, source: 'register', weak: false });
    for (const a of e.weak) add(a, { type: e.type, id: e.id, canonical: e.canonical, source: 'register', weak: true });
  }
  const addPlaces = (block: string, prefix: string, source: string): void => {
    for (const { en, hi, la } of parseLines(block)) {
      const slug = en.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const id = `loc:${prefix}${slug || matchKey(hi[0] ?? en)}`;
      const canonical = hi[0] ?? en;
      for (const a of [...hi, ...la]) add(a, { type: 'LOCATION', id, canonical, source, weak: false });
    }
  };
  addPlaces(INDIAN_STATES, '', 'state');
  addPlaces(INDIAN_PLACES, '', 'city');
  addPlaces(INDIAN_DISTRICTS, 'in-', 'city');
  addPlaces(WORLD_PLACES, '', 'city');

  const countries = icuCountries();
  for (const [code, hiName, enName] of countries) {
    const id = `loc:${enName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const names = new Set<string>();
    for (const n of [hiName, enName]) {
      // "म्यांमार (बर्मा)", "कांगो - किंशासा": the part before the bracket or dash, and the bracket.
      const main = n.replace(/\s*[(（].*$/, '').replace(/\s+[-–]\s+.*$/, '').trim();
      if (main) names.add(main);
      const br = /\(([^)]+)\)/.exec(n);
      if (br && !/[,]/.test(br[1]) && br[1].split(' ').length <= 2) names.add(br[1].trim());
    }
    for (const n of names) add(n, { type: 'LOCATION', id, canonical: hiName.replace(/\s*\(.*$/, ''), source: 'country', weak: false });
    if (code.length === 2) {
      // Demonyms of the Hindi name: रूस → रूसी, अमेरिका → अमेरिकी, कोरिया → कोरियाई.
      const hiMain = hiName.replace(/\s*[(（].*$/, '').replace(/\s+[-–]\s+.*$/, '').trim();
      if (!/[\u0900-\u097F]$/.test(hiMain) || hiMain.includes(' और ')) continue;
      const forms: string[] = [];
      const last = hiMain.charCodeAt(hiMain.length - 1);
      if (hiMain.endsWith('िया')) forms.push(hiMain + 'ई');
      else if (last === 0x093e) forms.push(hiMain.slice(0, -1) + 'ी', hiMain + 'ई');
      else if (last >= 0x0915 && last <= 0x0939 || last >= 0x0958 && last <= 0x095f) forms.push(hiMain + 'ी');
      for (const f of forms) {
        if (DEMONYM_EXCLUDE.has(f)) continue;
        add(f, { type: 'NORP', id: `norp:${id.slice(4)}`, canonical: f, source: 'demonym', weak: false });
      }
    }
  }
  for (const line of CLDR_CITIES.split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) continue;
    const en = line.slice(0, bar);
    const hi = line.slice(bar + 1);
    const id = `loc:${en.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    add(hi, { type: 'LOCATION', id, canonical: hi, source: 'city', weak: false });
    add(en, { type: 'LOCATION', id, canonical: hi, source: 'city', weak: false });
  }
  // One-word places by loose key; a loose key shared by two places names neither.
  const loosePlaces = new Map<string, Cand>();
  const looseClash = new Set<string>();
  for (const list of byFirst.values()) {
    for (const c of list) {
      if (c.keys.length !== 1 || c.weak || c.type !== 'LOCATION' || (c.source !== 'country' && c.source !== 'state' && c.source !== 'city' && c.source !== 'register') || !/^[\u0900-\u097F]+$/.test(c.keys[0])) continue;
      const lk = looseKey(c.keys[0]);
      if (lk.length < 5) continue;
      const had = loosePlaces.get(lk);
      if (had && had.id !== c.id) looseClash.add(lk);
      else loosePlaces.set(lk, c);
    }
  }
  for (const lk of looseClash) loosePlaces.delete(lk);

  // Longest alias first, then strong before weak.
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length || Number(a.weak) - Number(b.weak));

  const locAll = keySet(LOC_HEADS);
  const locDescriptors = keySet('ज़िला जिला ज़िले जिले राज्य शहर गांव गाँव ग्राम कस्बा कस्बे तहसील ब्लॉक प्रखंड मंडल');
  const locHeadsStrong = keySet(
    'चौक झील नदी घाटी पर्वत पहाड़ी द्वीप जलडमरूमध्य स्टेडियम ग्राउंड हवाईअड्डा एयरपोर्ट बंदरगाह किला महल मंदिर मस्जिद गुरुद्वारा चर्च मकबरा दरगाह मठ आश्रम वेधशाला कॉम्प्लेक्स कैंट छावनी चौराहा टावर हाईवे एक्सप्रेसवे राजमार्ग बांध',
  );
  const locHeadsWeak = new Set<string>();
  for (const k of locAll) if (!locHeadsStrong.has(k) && !locDescriptors.has(k)) locHeadsWeak.add(k);
  const latinLoc = new Set<string>();
  for (const w of LOC_HEADS.split(/\s+/)) if (/^[A-Z]/.test(w)) latinLoc.add(w.toLowerCase());
  for (const k of [...locHeadsWeak]) if (/^[a-z]/.test(k)) locHeadsWeak.delete(k);
  for (const k of [...locHeadsStrong]) if (/^[a-z]/.test(k)) locHeadsStrong.delete(k);

  const letters = LETTER_NAMES.split(/\s+/).filter(Boolean).map((w) => matchKey(w));
  letters.sort((a, b) => b.length - a.length);

  const titles = keySet(PERSON_TITLES);
  const orgHeads = keySet(ORG_HEADS);
  const orgMods = keySet(ORG_MODIFIERS);
  const cues = new Map<string, number>();
  const flag = (k: string, f: number): void => void cues.set(k, (cues.get(k) ?? 0) | f);
  for (const k of EPITHETS) flag(k, 1);
  flag(DEITY_TITLE, 1);
  for (const k of titles) {
    flag(k, 1);
    flag(k.toLowerCase(), 1);
  }
  for (const set of [orgHeads, locHeadsStrong, locHeadsWeak, locDescriptors]) for (const k of set) flag(k, 2);
  flag('ग्रामीण', 2);
  flag(matchKey('सरकार'), 2);
  for (const d of ['उत्तर', 'दक्षिण', 'पूर्व', 'पश्चिम', 'उत्तरी', 'दक्षिणी', 'पूर्वी', 'पश्चिमी', 'मध्य', 'पूर्वोत्तर', 'नॉर्थ', 'नार्थ', 'साउथ', 'ईस्ट', 'वेस्ट']) flag(matchKey(d), 8);
  for (const k of keySet('ट्रॉफी ट्राफी कप चैंपियनशिप चैम्पियनशिप महोत्सव जयंती ओलंपियाड मेला')) flag(k, 2);
  for (const k of orgMods) flag(k, 4);
  for (const k of keySet(GIVEN_NAMES)) flag(k, 8);
  for (const l of letters) flag(l, 8);
  flag(matchKey(AGENCY_CREDIT), 8);
  for (const k of byFirst.keys()) flag(k, 16);
  for (const k of keySet(NON_NAME_WORDS)) flag(k, 32);
  for (const k of keySet(SURNAMES)) flag(k, 64);
  for (const w of PERSON_TITLES.split(/\s+/)) if (/^[A-Z]/.test(w)) flag(w.toLowerCase(), 1);
  const lettersByStart = new Map<number, string[]>();
  for (const l of letters) {
    const c = l.charCodeAt(0);
    if (!lettersByStart.has(c)) lettersByStart.set(c, []);
    lettersByStart.get(c)!.push(l);
  }

  return {
    byFirst,
    byKey,
    loosePlaces,
    cues,
    lettersByStart,
    titles,
    orgHeads,
    locHeadsStrong,
    locHeadsWeak,
    locDescriptors,
    latinOrgHeads: new Set(LATIN_ORG_HEADS.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase())),
    latinLocHeads: latinLoc,
    orgMods,
    eventHeadsStrong: keySet('ट्रॉफी ट्राफी कप चैंपियनशिप चैम्पियनशिप महोत्सव जयंती ओलंपियाड मेला'),
    eventHeadsWeak: keySet('युद्ध दिवस संग्राम आंदोलन नरसंहार दंगा दंगे हमला'),
    distinctiveOrgHeads: keySet('विश्वविद्यालय यूनिवर्सिटी कॉलेज महाविद्यालय विद्यालय स्कूल संस्थान संस्था इंस्टीट्यूट अकादमी एकेडमी एकैडमी आर्मी फौज फ़ौज सोसायटी सोसाइटी फाउंडेशन ट्रस्ट कंपनी कॉरपोरेशन लिमिटेड बैंक पार्टी अस्पताल एजेंसी आयोग समिति कमेटी कमीशन ' + CORPORATE_PLURAL_WORDS.replace(/\s+/g, ' ')),
    genericMods: keySet('केंद्रीय राज्य राष्ट्रीय अंतरराष्ट्रीय अंतर्राष्ट्रीय समाचार जिला ज़िला नगर स्थानीय सरकारी विपक्षी राजनीतिक सत्तारूढ़ क्षेत्रीय विदेशी निजी भारतीय संयुक्त उच्च विशेष लोक सेवा कार्य कर'),
    nonName: keySet(NON_NAME_WORDS),
    boundary: keySet('ने को के की का में से पर भी तक और व एवं तथा या ही तो एक जी साहब समेत सहित द्वारा बनाम जैसे जैसी जैसा वाले वाली वाला स्थित निवासी है हैं था थे थी'),
    given: keySet(GIVEN_NAMES),
    ambiguousGiven: keySet(
      'विशाल निधि अनंत जीवन कौशल प्रेम ईश्वर जय जीन डॉन मार्क नवीन अभिनव अनुपम स्मृति राजा वेद विद्या उत्तम मणि प्रभु विश्वास हरि इंद्र तुलसी लता इंदु दिशा रोशनी करुणा कुसुम साक्षी श्रद्धा मेघा गायत्री पार्वती चंदा भारती विकास आशा किरण ज्योति पूजा विजय उदय शिव कमल सुमन प्रकाश आनंद किशोर सपना अर्चना वर्षा उषा सीमा ममता भावना प्रतिभा कविता लक्ष्मी गीता रेखा नीलम कोमल आरती राधा कृष्ण कृष्णा भरत अर्जुन सूरज तरुण अनमोल पवन चेतन गौरव हर्ष शरद ओम श्याम विनय मीरा सरोज कुमार अली हसन अहमद मोहम्मद मुहम्मद चंदन दीपक अमित सुधा निशा संतोष रुचि प्रेरणा आकांक्षा प्रज्ञा तृप्ति शिखा रश्मि दीप्ति दर्शन धीरज वैभव आकाश चरण भूषण रतन अमर अनुज कुंवर युवराज गुलाब श्रुति जगत जया अक्षय अमन कल्पना कीर्ति विराट शोभा काजल सरस्वती विनायक पुष्कर इला उमा नयना चित्रा मोहिनी नम्रता गुंजन मेरी',
    ),
    surnames: keySet(SURNAMES),
    letters,
    letterSet: new Set(letters),
    letterStarts: new Set(letters.map((l) => l.charCodeAt(0))),
    nonAcronyms: keySet(NON_ACRONYMS),
    latinNonAcronyms: new Set(LATIN_NON_ACRONYMS.split(/\s+/).filter(Boolean)),
    latinStop: new Set(LATIN_STOP.split(/\s+/).filter(Boolean)),
  };
}

function tables(): Tables {
  return (TABLES ??= buildTables());
}

// ---------------------------------------------------------------------------------------------
// The document's word stream.

interface W {
  tok: Token;
  key: string;
  /** A line break (or the start) lies between the previous word and this one. */
  brk: boolean;
  /** The word overlaps an occupied (DATE/FIGURE) span. */
  occ: boolean;
  /** Index of the span this word was assigned to, or -1. */
  span: number;
  /** A dot directly after this word was dropped from the stream (an initial: के.). */
  dot: boolean;
  /**
   * Cue flags: 1 title, 2 head or descriptor, 4 organisation modifier, 8 given name, letter name,
   * compass word or agency credit, 16 starts a gazetteer name, 32 never part of a name, 64 listed
   * surname; and, per word, 128 spelt from Latin letter names (isLetterAcronym), 256 a Devanagari
   * word that is not name-like (see nameLike), 512 a connector inside a transliterated name (ऑफ),
   * 1024 a word that joins list items (और, तथा).
   */
  cue: number;
  /** Gazetteer candidates starting with this word (T.byFirst), longest first. */
  cands: Cand[] | undefined;
  /** List memberships of the key (F_* flags), worked out once a distinct word (see wordFlags). */
  f: number;
}

/**
 * A rougher key than matchKey for one-word place names: long and short vowels alike
 * (ी/ि, ू/ु, ै/े, ौ/ो, ॉ/ा, ऑ/आ), virama dropped. Only ever compared with place names.
 */
function looseKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x094d) continue;
    out += LOOSE_VOWEL[c] ?? key[i];
  }
  return out;
}

const LOOSE_VOWEL: Record<number, string> = { 0x0940: '\u093f', 0x0942: '\u0941', 0x0948: '\u0947', 0x094c: '\u094b', 0x0949: '\u093e', 0x0911: '\u0906', 0x0908: '\u0907', 0x090a: '\u0909' };

/** What a word's text tells, independent of its place: computed once a distinct word. */
interface WordInfo {
  key: string;
  cue: number;
  cands: Cand[] | undefined;
  f: number;
}

// Flags of W.f: the word's key is in a list, or has an ending, that the rules test. A bit test
// on the word record instead of a hash look-up (or a regular expression) on every visit.
const F_GIVEN = 1;
const F_SURNAME = 2;
const F_BOUNDARY = 4;
const F_ORG_MOD = 8;
const F_ORG_HEAD = 16;
const F_LETTER = 32;
const F_NON_NAME = 64;
const F_LOC_DESCRIPTOR = 128;
const F_TITLE = 256;
const F_AMBIGUOUS_GIVEN = 512;
const F_GENERIC_SURNAME = 1024;
const F_NON_ACRONYM = 2048;
const F_LOC_HEAD_STRONG = 4096;
const F_LOC_HEAD_WEAK = 8192;
const F_DIRECTION = 1 << 14;
const F_GOVERNMENT_SEAT = 1 << 15;
const F_INSTITUTE = 1 << 16;
const F_COMMON_LETTER = 1 << 17;
const F_ADJECTIVE_LIKE = 1 << 18;
const F_PLURAL_OBLIQUE = 1 << 19;
const F_DISTINCTIVE_ORG_HEAD = 1 << 20;
const F_EVENT_HEAD_STRONG = 1 << 21;
const F_EVENT_HEAD_WEAK = 1 << 22;
const F_GENERIC_MOD = 1 << 23;

/** The F_* flags of a word key. */
/**
 * Names ending in the honorifics -बाई and -भाई (लक्ष्मीबाई, जीजाबाई, वल्लभभाई, साराभाई): the
 * stem before -बाई ends in a vowel sign (not लंबाई, length), the one before -भाई has three letters
 * or more (not निभाई, played).
 */
const HONORIFIC_NAME = /^(?:[\u0900-\u097f]+[\u093e\u0940]बाई|[\u0900-\u097f]{3,}भाई)$/;

function wordFlags(key: string, T: Tables): number {
  let f = 0;
  if (T.given.has(key) || HONORIFIC_NAME.test(key)) f |= F_GIVEN;
  if (T.surnames.has(key)) f |= F_SURNAME;
  if (T.boundary.has(key)) f |= F_BOUNDARY;
  if (T.orgMods.has(key)) f |= F_ORG_MOD;
  if (T.orgHeads.has(key)) f |= F_ORG_HEAD;
  if (T.letterSet.has(key)) f |= F_LETTER;
  if (T.nonName.has(key)) f |= F_NON_NAME;
  if (T.locDescriptors.has(key)) f |= F_LOC_DESCRIPTOR;
  if (T.titles.has(key)) f |= F_TITLE;
  if (T.ambiguousGiven.has(key)) f |= F_AMBIGUOUS_GIVEN;
  if (GENERIC_SURNAMES.has(key)) f |= F_GENERIC_SURNAME;
  if (T.nonAcronyms.has(key)) f |= F_NON_ACRONYM;
  if (T.locHeadsStrong.has(key)) f |= F_LOC_HEAD_STRONG;
  if (T.locHeadsWeak.has(key)) f |= F_LOC_HEAD_WEAK;
  if (DIRECTIONS.has(key)) f |= F_DIRECTION;
  if (GOVERNMENT_SEATS.has(key)) f |= F_GOVERNMENT_SEAT;
  if (INSTITUTE_SYSTEMS.has(key)) f |= F_INSTITUTE;
  if (COMMON_LETTER_WORDS.has(key)) f |= F_COMMON_LETTER;
  if (adjectiveLike(key)) f |= F_ADJECTIVE_LIKE;
  if (PLURAL_OBLIQUE.test(key)) f |= F_PLURAL_OBLIQUE;
  if (T.distinctiveOrgHeads.has(key)) f |= F_DISTINCTIVE_ORG_HEAD;
  if (T.eventHeadsStrong.has(key)) f |= F_EVENT_HEAD_STRONG;
  if (T.eventHeadsWeak.has(key)) f |= F_EVENT_HEAD_WEAK;
  if (T.genericMods.has(key)) f |= F_GENERIC_MOD;
  return f;
}

/**
 * Word information by token text, shared by all documents of the process: running text repeats
 * its words, so the match key, cue flags and gazetteer candidates of a word are worked out once.
 * A long token may be a slice that keeps its whole document alive, so the table keeps a copy of
 * its text (long words are not in the tokeniser's table, so this is where they are found again);
 * the table is emptied when it grows past WORD_CACHE_LIMIT distinct words.
 */
let wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 100_000;
const WORD_CACHE_MAX_LENGTH = 12;

/**
 * A copy of `s` that shares no memory with the string it was sliced from: the concatenation is
 * flattened into a new string before it is sliced (shorter strings are copied when sliced anyway).
 */
function detachedCopy(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * Word information by the token's id in the tokeniser's table of short texts (Token.id), in
 * parallel dense arrays: read instead of a hash look-up (and a scattered record) on every token.
 * An entry is used only when its text is the token's (the same string while the tokeniser's
 * table is not emptied), so stale ids are harmless.
 */
const ID_LIMIT = 1 << 17;
const idText: (string | undefined)[] = [];
const idKey: string[] = [];
const idCue = new Int32Array(ID_LIMIT);
const idFlags = new Int32Array(ID_LIMIT);
const idCands: (Cand[] | undefined)[] = [];

/** Fills `w`'s key, cue and candidates from its token. */
function fillWordInfo(w: W, t: Token, T: Tables): void {
  const id = t.id;
  if (id >= 0 && id < ID_LIMIT && idText[id] === t.text) {
    w.key = idKey[id];
    w.cue = idCue[id];
    w.cands = idCands[id];
    w.f = idFlags[id];
    return;
  }
  const info = wordCache.get(t.text) ?? wordInfoOf(t, T);
  w.key = info.key;
  w.cue = info.cue;
  w.cands = info.cands;
  w.f = info.f;
  if (id >= 0 && id < ID_LIMIT) {
    // Fill the gap so the arrays stay dense (ids are handed out from 0 upwards).
    while (idText.length < id) {
      idText.push(undefined);
      idKey.push('');
      idCands.push(undefined);
    }
    idText[id] = t.text;
    idKey[id] = info.key;
    idCue[id] = info.cue;
    idCands[id] = info.cands;
    idFlags[id] = info.f;
  }
}

/** The word information of a token's text, from the text-keyed cache or worked out. */
function wordInfoOf(t: Token, T: Tables): WordInfo {
  // A word's key may be its text itself: a long one is copied first (see wordCache).
  const text = t.text.length <= WORD_CACHE_MAX_LENGTH ? t.text : detachedCopy(t.text);
  const key = t.kind === 'punct' ? text : matchKey(text);
  let cue = t.kind === 'number' ? 0 : T.cues.get(key) ?? 0;
  if (t.kind === 'deva') {
    if (isLetterAcronym(key, T)) cue |= 128;
    if (CONNECTORS.has(key)) cue |= 512;
    if (LIST_JOINERS.has(key)) cue |= 1024;
    if (HONORIFIC_NAME.test(key)) cue |= 8;
    if (PLURAL_OBLIQUE.test(key) || T.nonName.has(key) || T.titles.has(key) || T.orgHeads.has(key) || T.locDescriptors.has(key) || T.locHeadsStrong.has(key) || T.locHeadsWeak.has(key) || T.orgMods.has(key)) cue |= 256;
  }
  let cands = T.byFirst.get(key);
  // A spelling of a place that differs from the gazetteer's only in vowel length, virama or
  // candrabindu (मेक्सिको/मैक्सिको, फिलिपिन्स/फ़िलिपींस) names the same place.
  if (t.kind === 'deva' && (cue & 295) === 0 && key.length >= 5 && !cands?.some((c) => c.keys.length === 1)) {
    const c = T.loosePlaces.get(looseKey(key));
    if (c && c.keys[0] !== key) {
      // After the longer names that start with the word (मेक्सिको सिटी), which stay first.
      cands = cands ? [...cands, c] : [c];
      cue |= 16;
    }
  }
  const info: WordInfo = { key, cue, cands, f: wordFlags(key, T) };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache = new Map();
  wordCache.set(text, info);
  return info;
}

/** True when `s` holds a line feed or carriage return (a plain loop: most spaces are one ' '). */
function hasLineBreak(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function isDashText(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015);
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isLatinCap(t: Token): boolean {
  return t.kind === 'latin' && isUpper(t.text.charCodeAt(0));
}

function isAllCaps(t: Token): boolean {
  if (t.kind !== 'latin') return false;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

const LETTER_INITIAL = /^[\u0900-\u097F]{1,4}$/;

/**
 * Word records reused from one document to the next (findEntities runs to completion and keeps
 * no word after it returns), so that a corpus pass does not allocate one per token. The first
 * W_POOL_MAX words of a document use the pool.
 */
const wordPool: W[] = [];
const W_POOL_MAX = 20_000;

/** True when the spans are in order of their starts (as the DATE/FIGURE spans come). */
function sortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}

function buildWords(text: string, tokens: readonly Token[], occupied: readonly Span[], T: Tables): W[] {
  const out: W[] = [];
  const occ = sortedByStart(occupied) ? occupied : [...occupied].sort((a, b) => a.start - b.start);
  let oi = 0;
  let brk = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'space') {
      if (!brk && hasLineBreak(t.text)) brk = true;
      continue;
    }
    if (t.kind === 'punct') {
      // A hyphen between two words joins them (किम जोंग-उन); a dot after an initial (के. श्रीनिवास)
      // is part of the name. Both are left out of the word stream.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (isDashText(t.text) && prev && next && prev.kind !== 'space' && prev.kind !== 'punct' && next.kind !== 'punct') continue;
      if (t.text === '.' && prev && (prev.kind === 'deva' || prev.kind === 'latin') && next && next.kind === 'space' && !next.text.includes('\n')) {
        const pk = prev.kind === 'latin' ? prev.text : matchKey(prev.text);
        if ((prev.kind === 'latin' && pk.length <= 3 && isUpper(pk.charCodeAt(0))) || (prev.kind === 'deva' && LETTER_INITIAL.test(pk) && T.letterSet.has(pk)) || T.titles.has(pk.toLowerCase())) {
          const last = out[out.length - 1];
          if (last && last.tok === prev) last.dot = true;
          continue;
        }
      }
    }
    while (oi < occ.length && occ[oi].end <= t.start) oi++;
    const isOcc = oi < occ.length && occ[oi].start < t.end;
    const n = out.length;
    let w = n < W_POOL_MAX ? wordPool[n] : undefined;
    if (w) {
      w.tok = t;
      w.brk = brk;
      w.occ = isOcc;
      w.span = -1;
      w.dot = false;
    } else {
      w = { tok: t, key: '', brk, occ: isOcc, span: -1, dot: false, cue: 0, cands: undefined, f: 0 };
      if (n < W_POOL_MAX) wordPool[n] = w;
    }
    fillWordInfo(w, t, T);
    out.push(w);
    brk = false;
  }
  void text;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Recognition.

interface Found {
  i: number;
  n: number;
  type: EntityType;
  key: string;
  canonical: string;
  source: string;
}

const WORDISH = new Set(['deva', 'latin']);

function free(ws: W[], i: number): boolean {
  const w = ws[i];
  return w !== undefined && !w.occ && w.span < 0;
}

/** A candidate found by a rule; its key and canonical name are filled in when it is kept. */
function ruleFound(i: number, n: number, type: EntityType, source: string): Found {
  return { i, n, type, key: '', canonical: '', source };
}

/** The first weak alias that matched in the last gazetteerAt call (a module slot, to allocate nothing). */
let lastWeak: Cand | undefined;

/** Longest strong gazetteer match at i; the first matching weak alias is left in `lastWeak`. */
function gazetteerAt(ws: W[], i: number, T: Tables): Cand | undefined {
  lastWeak = undefined;
  const first = ws[i];
  const list = first.cands;
  // A word already taken starts no alias.
  if (!list || first.occ || first.span >= 0) return undefined;
  void T;
  const next = ws[i + 1];
  for (const c of list) {
    const keys = c.keys;
    const n = keys.length;
    if (i + n > ws.length) continue;
    // Most aliases that start alike part at their second word: look no further when it differs.
    if (n > 1 && next.key !== keys[1]) continue;
    let ok = true;
    // The first word matched already: the list is the one of its key.
    for (let j = 0; j < n; j++) {
      const w = ws[i + j];
      if ((j > 0 && (w.key !== keys[j] || w.brk)) || w.occ || w.span >= 0) {
        ok = false;
        break;
      }
      if (c.latinCase === 1 && w.tok.kind === 'latin' && !isUpper(w.tok.text.charCodeAt(0))) ok = false;
      if (c.latinCase === 2 && !isAllCaps(w.tok)) ok = false;
      if (!ok) break;
    }
    if (!ok) continue;
    if (c.weak) {
      lastWeak ??= c;
      continue;
    }
    return c;
  }
  return undefined;
}

function isLetterAcronym(key: string, T: Tables): boolean {
  if (key.length < 4 || key.length > 24) return false;
  return letterSplit(key, 0, T) >= 3;
}

/**
 * Number of letter names that spell key from pos to its end, or 0. Longest letter first, and
 * back again when the rest cannot be spelt (एसीआईसी is ए सी आई सी, not एस …).
 */
function letterSplit(key: string, pos: number, T: Tables): number {
  if (pos === key.length) return 0;
  const cands = T.lettersByStart.get(key.charCodeAt(pos));
  if (!cands) return 0;
  for (const l of cands) {
    if (!key.startsWith(l, pos)) continue;
    if (pos + l.length === key.length) return 1;
    const rest = letterSplit(key, pos + l.length, T);
    if (rest > 0) return rest + 1;
  }
  return 0;
}

/** National systems of institutes whose members are named by their campus (आईआईटी बॉम्बे). */
const INSTITUTE_SYSTEMS = new Set('आईआईटी आईआईएम एम्स एनआईटी आईआईआईटी ट्रिपलआईटी आईआईएसईआर आइसर एनआईएफटी एनआईडी'.split(' ').map((w) => matchKey(w)));

/** Nouns for things (platforms, systems, allotments, targets, vaccines) that an acronym before them names. */
const THING_NOUNS = new Set(
  'प्लेटफॉर्म प्लेटफार्म प्लैटफॉर्म पोर्टल मॉडल ऐप एप सिस्टम प्रणाली आवंटन एकीकरण नर्सिंग लक्ष्य लक्ष्यों स्कोर प्रमाणपत्र सर्टिफिकेट वेरिएंट वैरिएंट टीका टीके वैक्सीन नंबर कोड कार्ड नेटवर्क संहिता नियमावली समझौता समझौते'
    .split(' ')
    .map((w) => matchKey(w)),
);

/** Words for schemes, programmes and funds (योजना, मिशन, कोष): what they name is no organisation. */
const SCHEME_NOUNS = new Set('योजना योजनाओं स्कीम मिशन अभियान कार्यक्रम कोष निधि फंड'.split(' ').map((w) => matchKey(w)));

const KE = matchKey('के');
const NAMAK = matchKey('नामक');
const UNDER = new Set(['तहत', 'अंतर्गत', 'अन्तर्गत'].map((w) => matchKey(w)));

/** Words that introduce another name for what precedes (यानी, अर्थात): an acronym after one abbreviates it. */
const GLOSS_WORDS = new Set(['यानी', 'यानि', 'अर्थात', 'अर्थात्'].map((w) => matchKey(w)));

/** The letter name Y, last letter of India's scheme acronyms (योजना: आरएसबीवाई, पीएमएवाई). */
const LETTER_Y = matchKey('वाई');

/**
 * A spelt-out acronym at i that is no organisation by its form or place: written right after a
 * number it is a unit or a code (`2.4 टीएमसी` of water, `धारा 80 जेजेएए`); ending in Y it names a
 * scheme (योजना: `आरएसबीवाई`, `पीएमकेएसवाई`).
 */
function unitOrScheme(ws: W[], i: number, T: Tables): boolean {
  if (afterNumber(ws, i)) return true;
  // Before a word for a thing it names that thing (सीबीएस प्लेटफॉर्म, जीएनएम नर्सिंग, ईपीआर लक्ष्य).
  if (thingAfter(ws, i)) return true;
  const nx = ws[i + 1];
  // Before के तहत/के अंतर्गत it is the scheme or law something falls under (एमडीएमएस के अंतर्गत आवंटन).
  const under = ws[i + 2];
  if (nx && under && nx.key === KE && !under.brk && UNDER.has(under.key)) return true;
  const k = ws[i].key;
  return k.endsWith(LETTER_Y) && k.length > LETTER_Y.length + 2 && isLetterAcronym(k.slice(0, -LETTER_Y.length), T);
}

/**
 * True when a word for a thing follows the word at i on its line (सीबीएस प्लेटफॉर्म), also after
 * plain words of its name, up to `reach` words on (आईजीओटी कर्मयोगी प्लेटफार्म, सीसीएस आचार
 * संहिता, बीबीआईएन मोटर वाहन समझौते). A known body's acronym reads only the next word: further
 * on the thing is the body's own (आईसीसी आचार संहिता).
 */
function thingAfter(ws: W[], i: number, reach = 3): boolean {
  for (let j = i + 1; j <= i + reach; j++) {
    const x = ws[j];
    if (!x || x.brk || x.occ || x.tok.kind !== 'deva') return false;
    if (THING_NOUNS.has(x.key)) return true;
    // Only plain words between: no function word, head, title or known name.
    if ((x.f & (F_BOUNDARY | F_ORG_HEAD | F_TITLE)) !== 0 || (x.cue & (1 | 2 | 16 | 32 | 128)) !== 0) return false;
  }
  return false;
}

/** True when the word at i follows a number after one space (`2.4 टीएमसी`, `धारा 80 जेजेएए`). */
function afterNumber(ws: W[], i: number): boolean {
  const p = ws[i - 1];
  return !!p && !ws[i].brk && p.tok.kind === 'number' && ws[i].tok.start - p.tok.end === 1;
}

/** Adjective-like endings that make an unknown word an unlikely place name before a weak head. */
function adjectiveLike(key: string): boolean {
  return /(?:ी|ीय|िक|ित|े|ों|ां|ीं|ता|ना)$/.test(key);
}

function nameLike(w: W, T: Tables): boolean {
  if (!WORDISH.has(w.tok.kind)) return false;
  if (w.tok.kind === 'latin') return isLatinCap(w.tok) && !T.latinStop.has(w.tok.text);
  // Plural endings and listed function words, titles, heads and modifiers (worked out in wordInfo).
  return (w.cue & 256) === 0;
}

/** Plural and oblique plural endings (अकादमियों, महिलाओं): common nouns, not names. */
const PLURAL_OBLIQUE = /(?:ियों|ाओं|ओं|ियां|ियाँ|ुओं)$/;

/** True if the word after a name closes it: a postposition, punctuation, line end, or nothing. */
function closes(ws: W[], j: number, T: Tables): boolean {
  const w = ws[j];
  if (!w || w.brk || w.occ) return true;
  if (w.tok.kind === 'punct' || w.tok.kind === 'number') return true;
  if (((w.f & F_BOUNDARY) !== 0) || (w.cue & 1) !== 0) return true;
  // A verb of saying in the present right after a name closes it (… गनोत्रा कहती हैं, … कैंप
  // बताते हैं); कहा and मानते follow nouns too (कहा गया, संसाधन मानते).
  if (SPEAKS.has(w.key) || (SPEECH_ADVERBS.has(w.key) && !!ws[j + 1] && !ws[j + 1].brk && SPEAKS.has(ws[j + 1].key))) return true;
  if (w.tok.kind === 'latin' && ws[j - 1]?.tok.kind !== 'latin') return true;
  // The next word starts a known entity.
  const g = w.cands;
  if (g && g.some((c) => !c.weak && c.keys.length === 1)) return true;
  // …or a longer known name (गोविन्द कुमार झा नयी दिल्ली स्थित).
  if (g && w.tok.kind === 'deva' && free(ws, j) && gazetteerAt(ws, j, T)) return true;
  return false;
}

/**
 * `closes`, or an adjective before a title or role after the name (… त्रिपाठी स्वतंत्र लेखक हैं,
 * … सेठी वरिष्ठ पत्रकार): for a full name made from listed words, not for one word found again.
 */
function closesBeforeRole(ws: W[], j: number, T: Tables): boolean {
  if (closes(ws, j, T)) return true;
  const w = ws[j];
  const t = ws[j + 1];
  return !!t && !t.brk && (t.cue & 1) !== 0 && t.tok.kind === 'deva' && w.tok.kind === 'deva' && (w.f & (F_GIVEN | F_SURNAME | F_LETTER)) === 0 && (w.cue & 16) === 0;
}

/** Present forms of the verbs of saying, which follow their speaker directly (कुमार कहते हैं). */
const SPEAKS = new Set('कहते कहती बताते बताती लिखते लिखती'.split(' ').map((w) => matchKey(w)));

/** Titles that are also adjectives before common nouns. */
const ADJECTIVE_TITLES = new Set(['कारोबारी', 'व्यापारी'].map((w) => matchKey(w)));

/** PERSON name after a title at `t` (exclusive); returns the number of name words or 0. */
/** Words after an oblique infinitive (रखने का, बताने वाले, लगाने के लिए). */
const AFTER_INFINITIVE = new Set(['का', 'की', 'के', 'वाला', 'वाली', 'वाले', 'लगा', 'लगी', 'लगे', 'में', 'से', 'पर'].map((w) => matchKey(w)));

/**
 * An oblique infinitive at i (-ने before का, वाले, लगे: कप्तान रखने का सुझाव, प्रवक्ता बताने
 * वाले), not a listed name nor a foreign one in -यने/-योने (युधोयोने), which no Hindi verb makes.
 */
function infinitiveAt(ws: W[], i: number): boolean {
  const w = ws[i];
  const nx = ws[i + 1];
  if (!nx || nx.brk || !AFTER_INFINITIVE.has(nx.key)) return false;
  const k = w.key;
  return k.endsWith('ने') && k.length > 3 && !k.endsWith('यने') && !k.endsWith('योने') && ((w.f & (F_GIVEN | F_SURNAME)) === 0);
}

/**
 * Nouns and adjectives that begin no name after a title (लेखक आर्थिक मामलों के…, नेता शासन पर,
 * पायलट प्रशिक्षण, सांसद अगले सप्ताह, खिलाड़ी घायल हैं, लेखक हिन्दी गद्यकार) but may stand inside
 * other names (आर्थिक कार्य विभाग, केंद्रीय हिंदी निदेशालय), so they are not in the list of
 * non-name words.
 */
const NOT_AFTER_TITLE = new Set(
  ['आर्थिक', 'प्रशिक्षण', 'शासन', 'प्रशासन', 'अगले', 'अगली', 'अगला', 'पिछले', 'पिछली', 'पिछला', 'घायल', 'हिन्दी', 'हिंदी', 'अंग्रेजी', 'अंग्रेज़ी', 'उर्दू', 'संस्कृत'].map((w) => matchKey(w)),
);

function nameAfterTitle(ws: W[], t: number, T: Tables): number {
  let i = t + 1;
  const latinTitle = ws[t].tok.kind === 'latin';
  let n = 0;
  while (n < 4 && free(ws, i + n) && !ws[i + n].brk) {
    const w = ws[i + n];
    if (latinTitle || w.tok.kind === 'latin') {
      if (!isLatinCap(w.tok) || T.latinStop.has(w.tok.text) || ((w.f & F_TITLE) !== 0)) break;
    } else if (!nameLike(w, T) || (n === 0 && (w.cue & 512) !== 0) || NOT_AFTER_TITLE.has(w.key) || (n > 0 && (SPEAKS.has(w.key) || (SPEECH_ADVERBS.has(w.key) && !!ws[i + n + 1] && SPEAKS.has(ws[i + n + 1].key)))) || /(?:ीय|ात्मक|कालीन|ों|ाएं|ाओं|ः|[ेूएऊ]ंग[ाेी]|ँग[ाेी]|ीं|ईं|वाद)$/.test(w.key) || infinitiveAt(ws, i + n)) {
      // An initial like एस or के (its dot is already out of the stream) is part of the name; an
      // adjective (सचिव स्तरीय वार्ता, -ीय) or an -ism (प्रधानमंत्री सहकारी संघवाद) ends it, and so
      // does a verb in the future (-एंगे, -ेंगी: डॉक्टर आएंगे, प्रधानमंत्री हिस्सा लेंगे) or a
      // feminine plural past (-ीं: मुख्यमंत्री बनीं). A connector (एंड, ऑफ) starts no name:
      // मिस्टर एंड मिसेज़ is a title pair.
      break;
    }
    n++;
  }
  if (n === 0) return 0;
  // Shrink until the name is closed by a boundary.
  const n0 = n;
  while (n > 0 && !closes(ws, i + n, T)) n--;
  // An abbreviation of a thing alone is no name (वित्त मंत्री एमएसएमई को लेकर); before a surname
  // it is the initials (एके एंटनी).
  if (n === 1 && (ws[i].f & F_NON_ACRONYM) !== 0) return 0;
  // A listed name before an English name joined by ऑफ is closed by it (प्रो. X रॉयल सोसायटी ऑफ …).
  if (n === 0 && n0 > 1 && ((ws[i].f & (F_GIVEN | F_SURNAME)) !== 0) && transliterated(ws, i + 1, T)[0] > 0) return 1;
  // A title that is also an adjective (कारोबारी business) is followed by a name with a listed
  // word, or by a speaker before ने (कारोबारी मॉडल, कारोबारी पूंजी are no names).
  if (ADJECTIVE_TITLES.has(ws[t].key) && ws[i + n]?.key !== ERGATIVE) {
    let listed = false;
    for (let k = i; k < i + n; k++) if ((ws[k].f & (F_GIVEN | F_SURNAME)) !== 0) listed = true;
    if (!listed) return 0;
  }
  // After an epithet, a verb form is no name (गुरु कहकर, गुरु मानने).
  if (EPITHETS.has(ws[t].key) && /(?:ने|ना|ते|ती|कर)$/.test(ws[i].key) && ((ws[i].f & F_GIVEN) === 0)) return 0;
  // A verb form before an auxiliary is no name (लेखक मरते हैं).
  if (n === 1 && ws[i].tok.kind === 'deva' && /(?:ते|ती|ने|ना|गे|गी|या|ये|ारे|ाए|िए|ीं)$/.test(ws[i].key) && AUXILIARIES.has(ws[i + 1]?.key ?? '')) return 0;
  return n;
}

/** Endings of adjectives, plurals and verb forms, which no unknown surname after a given name has. */
const NOT_SURNAME_ENDING = /(?:ीय|िक|ित|ों|ां|ीं|ाएं|ता|ना|ाई|ने|नी|(?<!्)कर|ती|ते|या|ये|यी|वाले|वाली|ेगा|ेगी|ेगे|ेंगे|ेंगी|ोगे|ूंगा|ूंगी|िले|िली|^पहल[ाीे]|^दूसर[ाीे]|^तीसर[ाीे]|^चौथ[ाीे])$/;

/** A word of two letters or less that ends in -ी or -े: verb forms and particles (ली, दी, ले, दे). */
function shortVowelWord(k: string): boolean {
  const c = k.charCodeAt(k.length - 1);
  return k.length <= 2 && (c === 0x0940 || c === 0x0947);
}

/** PERSON from a given name at i: given name + surname/unknown words. */
function nameFromGiven(ws: W[], i: number, T: Tables): number {
  const w = ws[i];
  if (w.tok.kind !== 'deva' || ((w.f & F_GIVEN) === 0)) return 0;
  const ambiguous = ((w.f & F_AMBIGUOUS_GIVEN) !== 0);
  // A double given name written with a spaced hyphen in tokenised text (जीन - पियरा बेम्बा): an
  // unknown second part and a last name, closed after it. A second listed given name is a pair of
  // people instead (सोनिया - राहुल).
  const d = ws[i + 1];
  if (d && d.tok.kind === 'punct' && isDashText(d.tok.text) && !d.brk && !d.occ && hyphenPart(ws, i + 2, T) && hyphenPart(ws, i + 3, T) && closes(ws, i + 4, T)) return 4;
  let n = 1;
  let hasSurname = false;
  while (n < 4 && free(ws, i + n) && !ws[i + n].brk && ws[i + n].tok.kind === 'deva') {
    const k = ws[i + n].key;
    const kf = ws[i + n].f;
    // Two words that are both everyday nouns as well as names (कौशल विकास) make no name.
    if ((((kf & F_SURNAME) !== 0) || ((kf & F_GIVEN) !== 0) || (ws[i + n].dot && ((kf & F_LETTER) !== 0))) && !(ambiguous && n === 1 && ((kf & F_AMBIGUOUS_GIVEN) !== 0) && ((kf & F_SURNAME) === 0))) {
      hasSurname = true;
      n++;
      continue;
    }
    // An unknown surname after an unambiguous given name (वरुण गांधी, माइकल जैक्सन), only when the
    // name is closed by a postposition or punctuation.
    // Surnames end in -ी and -े as adjectives do (जेटली, तोड़ी, करकरे); only the endings of
    // adjectives, plurals and verbs are refused. A word that starts a known name elsewhere (राज of
    // राज ठाकरे) is a surname when no known name starts here.
    if (!ambiguous && n === 1 && nameLike(ws[i + n], T) && ((kf & F_PLURAL_OBLIQUE) === 0) && !NOT_SURNAME_ENDING.test(k) && !shortVowelWord(k) && (!(ws[i + n].cue & 16) || (!ws[i + n].cands?.some((c) => c.keys.length === 1) && !gazetteerAt(ws, i + n, T))) && closesBeforeRole(ws, i + n + 1, T)) {
      n++;
      continue;
    }
    // After a middle name (रंजीत सिंह डिसले) an unknown last name may follow.
    // Marathi surnames end in -े (डिसले, गोखले), so only adjective and verb endings are refused here.
    if (n >= 2 && MIDDLE_NAMES.has(ws[i + n - 1].key) && nameLike(ws[i + n], T) && !(ws[i + n].cue & 16) && !/(?:ीय|िक|ित|ों|ां|ीं|ता|ना|ने|ते|कर)$/.test(k) && closesBeforeRole(ws, i + n + 1, T)) {
      n++;
      continue;
    }
    // A place name used as a surname (दिनेश चमोली).
    if (!ambiguous && n === 1 && ws[i + n].cands?.some((c) => c.type === 'LOCATION' && c.keys.length === 1)) {
      n++;
      continue;
    }
    break;
  }
  if (n === 1) return 0;
  if (ambiguous && !hasSurname) return 0;
  // An unambiguous given name and a distinctive listed surname (अनिल कुंबले, मनीषा सेठी) are a
  // name whatever follows (… शांत रहे, … कहती हैं, … हिन्दी फ़िल्मों के अभिनेता).
  if (!(hasSurname ? closesBeforeRole(ws, i + n, T) : closes(ws, i + n, T)) && !(n === 2 && !ambiguous && !WORD_NAMES.has(w.key) && distinctiveSurname(ws[i + 1]))) return 0;
  return n;
}

/** A listed surname that is no generic name word nor an everyday word (कुंबले, सेठी; not कुमार, सिंह, राय). */
function distinctiveSurname(w: W): boolean {
  return (w.f & (F_SURNAME | F_GENERIC_SURNAME | F_GIVEN | F_NON_NAME | F_BOUNDARY)) === F_SURNAME && !WORD_NAMES.has(w.key) && w.tok.kind === 'deva';
}

/** A free, name-like Devanagari word on the line that is no listed given name nor starts a known name. */
function hyphenPart(ws: W[], j: number, T: Tables): boolean {
  const x = ws[j];
  return !!x && free(ws, j) && !x.brk && x.tok.kind === 'deva' && nameLike(x, T) && (x.cue & 16) === 0 && ((x.f & F_GIVEN) === 0) && ((x.f & F_ADJECTIVE_LIKE) === 0) && x.key.length > 3;
}

/** An unknown first name before a listed surname: शिवाजी त्रिपाठी, देवाशीष उपाध्याय. */
function nameFromSurname(ws: W[], i: number, T: Tables): number {
  const w = ws[i];
  const s = ws[i + 1];
  if (!s || w.tok.kind !== 'deva' || s.tok.kind !== 'deva' || s.brk || !free(ws, i + 1)) return 0;
  if (((s.f & F_SURNAME) === 0) || ((s.f & F_GENERIC_SURNAME) !== 0) || ((s.f & F_GIVEN) !== 0) || (s.cue & 35) !== 0 || (s.cue & 16) !== 0) return 0;
  // Given names end in -ी as adjectives do (शिवाजी, लक्ष्मी); before a listed surname only the
  // unmistakable adjective and verb endings are refused.
  if (!nameLike(w, T) || (w.cue & 16) !== 0 || /(?:ीय|िक|ित|े|ों|ां|ीं|ता|ना|ती|ने|ली|री)$/.test(w.key) || w.key.length < 3) return 0;
  return closesBeforeRole(ws, i + 2, T) ? 2 : 0;
}

/** Number of Latin letter names a word is spelt from (आरपी → 2), or 0 if it is not made of them. */
function letterCount(key: string, T: Tables): number {
  return key.length > 40 ? 0 : letterSplit(key, 0, T);
}

/** Initials then a surname: के. श्रीनिवास, एम एस स्वामीनाथन, and fused (आरपी सिंह, वीके सिंह). */
function nameFromInitials(ws: W[], i: number, T: Tables): number {
  const w0 = ws[i];
  if (w0.tok.kind === 'deva' && !w0.dot && ((w0.f & F_NON_ACRONYM) === 0) && ((w0.f & F_TITLE) === 0) && (w0.cue & 16) === 0) {
    const c = letterCount(w0.key, T);
    const s = ws[i + 1];
    if (c >= 2 && c <= 3 && s && free(ws, i + 1) && !s.brk && s.tok.kind === 'deva' && (((s.f & F_SURNAME) !== 0) || (((s.f & F_GIVEN) !== 0) && ((s.f & F_AMBIGUOUS_GIVEN) === 0)))) {
      return closes(ws, i + 2, T) ? 2 : 0;
    }
  }
  let n = 0;
  let dotted = 0;
  while (n < 3 && free(ws, i + n) && (n === 0 || !ws[i + n].brk) && ws[i + n].tok.kind === 'deva' && ((ws[i + n].f & F_LETTER) !== 0)) {
    const w = ws[i + n];
    if (w.dot) dotted++;
    else if (((w.f & F_COMMON_LETTER) !== 0)) break;
    n++;
  }
  // Initials that are also everyday words (के सी चक्रवर्ती) make a name only as two or three
  // letters before a listed surname.
  if (n === 0 && dotted === 0) {
    // A postposition after a word is one (बैंक के के सी चक्रवर्ती): the initials start after it.
    const p = ws[i - 1];
    if (((w0.f & F_BOUNDARY) !== 0) && p && !w0.brk && p.tok.kind === 'deva' && ((p.f & F_BOUNDARY) === 0)) return 0;
    let m = 0;
    while (m < 3 && free(ws, i + m) && (m === 0 || !ws[i + m].brk) && ws[i + m].tok.kind === 'deva' && ((ws[i + m].f & F_LETTER) !== 0) && !ws[i + m].dot) m++;
    const sn = ws[i + m];
    if (m >= 2 && sn && free(ws, i + m) && !sn.brk && ((sn.f & F_SURNAME) !== 0) && ((sn.f & F_GENERIC_SURNAME) === 0) && closes(ws, i + m + 1, T)) return m + 1;
    return 0;
  }
  // Without dots, two initials are needed (एम एस); one dotted initial is enough (के.).
  if (n === 0 || (dotted === 0 && n < 2)) return 0;
  const s = ws[i + n];
  if (!s || !free(ws, i + n) || s.brk || s.tok.kind !== 'deva') return 0;
  if (!(((s.f & F_SURNAME) !== 0) || ((s.f & F_GIVEN) !== 0) || (nameLike(s, T) && (s.cue & 16) === 0 && ((s.f & F_ADJECTIVE_LIKE) === 0)))) return 0;
  let m = n + 1;
  if (free(ws, i + m) && ws[i + m]?.tok.kind === 'deva' && !ws[i + m].brk && ((ws[i + m].f & F_SURNAME) !== 0)) m++;
  if (!closes(ws, i + m, T)) return 0;
  return m;
}

/** Descriptors too common after ordinary words (ताकि राज्य, मजबूत शहर) to mark the word before as a place. */
const BROAD_DESCRIPTORS = new Set(['राज्य', 'शहर', 'कस्बा', 'कस्बे'].map((w) => matchKey(w)));

/**
 * Epithets read as part of a person's name (ANNOTATION.md keeps titles and roles outside, not
 * these): महात्मा गांधी, लोकमान्य तिलक, छत्रपति शिवाजी, गुरु नानक. A name after one is found as
 * after a title, and the epithet joins its span. भगवान (Lord) is a title: भगवान [राम].
 */
const EPITHETS = new Set(['महात्मा', 'लोकमान्य', 'छत्रपति', 'गुरु'].map((w) => matchKey(w)));
const DEITY_TITLE = matchKey('भगवान');

/**
 * Descriptors of a unit of administration in the oblique (कृष्णा जिले में, X तहसील के): a given name
 * before one names the unit (districts after rivers and people); before गांव, जिला or मंडल (also a
 * surname) it may be a person's.
 */
const UNITS_OF_ADMINISTRATION = new Set(['जिले', 'ज़िले', 'तहसील', 'प्रखंड', 'प्रखण्ड', 'ब्लॉक'].map((w) => matchKey(w)));
/** Demonstratives: the noun phrase after one is a common one (यह केंद्र, उस गांव). */
const DEMONSTRATIVES = new Set(['यह', 'वह', 'ये', 'वे', 'इस', 'उस', 'इन', 'उन', 'इसी', 'उसी', 'इन्हीं', 'उन्हीं'].map((w) => matchKey(w)));
/** Words for a level (जिला स्तर, ग्राम स्तरीय): the descriptor before one qualifies it. */
const LEVEL_NOUNS = new Set(['स्तर', 'स्तरीय', 'स्तरों'].map((w) => matchKey(w)));

/**
 * True when the word at i before a descriptor is a common word qualifying it, no place name: after
 * a determiner, a demonstrative or a number (एक सुदूर गांव, यह केंद्र जिले में, 95 प्रतिशत ग्राम
 * पंचायतों), an everyday noun (NOT_BEFORE_DESCRIPTOR), or before a descriptor that starts the name of a scheme or a level (आकांक्षी जिला
 * योजना, सक्रिय ग्राम स्तर, समावेशी ग्राम पंचायत विकास योजना), where it is an adjective.
 */
function commonBeforeDescriptor(ws: W[], i: number): boolean {
  const p = ws[i - 1];
  if (NOT_BEFORE_DESCRIPTOR.has(ws[i].key)) return true;
  if (p && !ws[i].brk && (p.tok.kind === 'number' || DETERMINERS.has(p.key) || DEMONSTRATIVES.has(p.key))) return true;
  for (let j = i + 2; j <= i + 5 && j < ws.length; j++) {
    const x = ws[j];
    if (x.brk || x.occ || x.tok.kind !== 'deva' || (x.f & F_BOUNDARY) !== 0) return false;
    if (SCHEME_NOUNS.has(x.key) || LEVEL_NOUNS.has(x.key)) return true;
  }
  return false;
}

/** Determiners and quantifiers that make the noun phrase after them a common one. */
const DETERMINERS = new Set(['एक', 'अन्य', 'किसी', 'कई', 'प्रमुख', 'सभी', 'हर', 'प्रत्येक', 'ऐसी', 'ऐसे', 'ऐसा', 'कोई', 'अनेक', 'विभिन्न', 'तमाम'].map((w) => matchKey(w)));
/** National and central modifiers that start the names of bodies (राष्ट्रीय भर्ती एजेंसी). */
/**
 * Adjectives that qualify a kind of body, not one body: a head-found organisation that starts with
 * one (प्राइवेट बैंक, निजी कंपनी, स्थायी निर्वाचन आयोग, अंशकालिक समिति) is a common noun phrase.
 */
const KIND_QUALIFIERS = new Set(
  'प्राइवेट प्राईवेट निजी सरकारी गैर-सरकारी स्थायी अस्थायी अंशकालिक पूर्णकालिक स्थानीय सहकारी वाणिज्यिक व्यावसायिक प्रस्तावित संबंधित'
    .split(' ')
    .map((w) => matchKey(w)),
);

const NATIONAL = new Set(['राष्ट्रीय', 'केंद्रीय', 'केन्द्रीय', 'अंतरराष्ट्रीय', 'अंतर्राष्ट्रीय'].map((w) => matchKey(w)));

/**
 * Common nouns and adjectives that say what kind of body or business something is (its sector,
 * its role towards others, its legal form), never what it is called: शोध संस्था, बैंकिंग कंपनी,
 * लेनदार समिति, प्रमोटर समूह, विकास वित्तीय संस्था, पंचायत समिति. A head-found organisation
 * whose words before the head are only these, generic modifiers and conjunctions is a common
 * noun phrase; a name-like word (राष्ट्रीय, भारतीय, a proper name, an unlisted subject) keeps it.
 */
const GENERIC_KINDS = new Set(
  `शोध लेनदार ऋणदाता कर्जदाता प्रमोटर प्रवर्तक बैंकिंग बीमा विमानन रेटिंग होल्डिंग मोबाइल स्वतंत्र स्वायत्त आधारभूत डीम्ड
  पंचायत निवेश ब्रोकरेज ब्रोकिंग दवा फार्मा दूरसंचार टेलीकॉम सॉफ्टवेयर कंसल्टेंसी कंसल्टिंग परामर्श मार्केटिंग
  विज्ञापन शिपिंग लॉजिस्टिक्स सहायक अनुषंगी सहयोगी मूल मातृ सदस्य घरेलू देशी बहुराष्ट्रीय तेल ठेका ठेकेदार
  आयोजन आयोजक प्रबंध कार्यकारी संचालन चयन विशेषज्ञ निगरानी सलाहकार अनुशासन स्वागत`
    .split(/\s+/)
    .map((w) => matchKey(w)),
);
/** Modifiers that make a head-found phrase name-like even among generic words (राष्ट्रीय बीमा अकादमी). */
const NAME_LIKE_MODIFIERS = new Set([...NATIONAL, ...['भारतीय', 'राज्य', 'प्रादेशिक'].map((w) => matchKey(w))]);

/** True when the organisation ws[i, i+n) found by its head is only a kind of body (see GENERIC_KINDS). */
function onlyKindWords(ws: W[], i: number, n: number): boolean {
  let end = i + n;
  while (end > i && ((ws[end - 1].f & F_ORG_HEAD) !== 0) && !GENERIC_KINDS.has(ws[end - 1].key)) end--;
  if (end === i || end === i + n) return false;
  let kind = false;
  for (let j = i; j < end; j++) {
    const k = ws[j].key;
    if (GENERIC_KINDS.has(k) || KIND_QUALIFIERS.has(k)) kind = true;
    else if (ORG_CONJ.has(k) || (((ws[j].f & F_ORG_MOD) !== 0) && !NAME_LIKE_MODIFIERS.has(k))) continue;
    else return false;
  }
  return kind;
}
/** A place between a name word and a word for a scheme (स्वच्छ भारत अभियान): part of the scheme's name. */
function inSchemeName(ws: W[], i: number, n: number): boolean {
  const nx = ws[i + n];
  const p = ws[i - 1];
  if (!nx || nx.brk || !free(ws, i + n) || !SCHEME_NOUNS.has(nx.key)) return false;
  return !!p && !ws[i].brk && free(ws, i - 1) && p.tok.kind === 'deva' && (p.cue & 33) === 0 && ((p.f & F_BOUNDARY) === 0) && !p.cands;
}

/**
 * Everyday nouns that stand before a village or district word in running text (गाँव का पानी गाँव
 * में, योजना प्रक्रिया गांव के, पहला कदम जिला स्तर पर) but may stand in the names of bodies (पानी
 * समिति, जल बोर्ड), so they are not in the list of non-name words.
 */
const NOT_BEFORE_DESCRIPTOR = new Set(['पानी', 'जल', 'प्रक्रिया', 'कदम', 'स्तर'].map((w) => matchKey(w)));


/** Words for a law after a name: the name is then part of the law's title. */
const LAW_WORDS = new Set(['एक्ट', 'अधिनियम', 'विधेयक', 'संहिता', 'संविधि'].map((w) => matchKey(w)));

function lawAfter(ws: W[], j: number): boolean {
  const w = ws[j];
  return !!w && !w.brk && !w.occ && LAW_WORDS.has(w.key);
}

/** Words for a language and its words and script (तुर्की शब्दों, X भाषा, X लिपि). */
const LANGUAGE_NOUNS = new Set(['शब्द', 'शब्दों', 'भाषा', 'भाषाओं', 'बोली', 'बोलियों', 'लिपि'].map((w) => matchKey(w)));

/**
 * True when a word for a language or its words follows at j: a place name right before one is the
 * language named like the place (अरबी और तुर्की शब्दों), as Hindi says a place's language with का
 * (तुर्की की भाषा).
 */
function languageAfter(ws: W[], j: number): boolean {
  const w = ws[j];
  return !!w && !w.brk && !w.occ && LANGUAGE_NOUNS.has(w.key);
}

/**
 * True when a word for a law comes at j or after up to four plain words of its title (बिहार लोक
 * शिकायत निवारण अधिनियम): no function word, title, punctuation or number between.
 */
function lawSoon(ws: W[], j: number): boolean {
  for (let k = j; k < j + 5; k++) {
    const x = ws[k];
    if (!x || x.brk || x.occ || x.tok.kind !== 'deva' || (x.f & F_BOUNDARY) !== 0 || (x.cue & 1) !== 0) return false;
    if (LAW_WORDS.has(x.key)) return true;
  }
  return false;
}

/** Last words of a legislature's name (लोकसभा, लोक सभा, विधानसभा, विधान सभा). */
const HOUSES = new Set(['लोकसभा', 'विधानसभा', 'सभा'].map((w) => matchKey(w)));
const ELECTORAL = matchKey('निर्वाचन');
const SEAT_WORDS = new Set(['क्षेत्र', 'सीट'].map((w) => matchKey(w)));

/** True when the words at j say constituency: निर्वाचन क्षेत्र, क्षेत्र, सीट. */
function constituencyAfter(ws: W[], j: number): boolean {
  let w = ws[j];
  if (!w || w.brk || w.occ) return false;
  if (w.key === ELECTORAL) w = ws[j + 1];
  return !!w && !w.brk && SEAT_WORDS.has(w.key);
}

/** Auxiliary verbs: a word right before one is a verb or adjective, not a name. */
const AUXILIARIES = new Set(['है', 'हैं', 'था', 'थे', 'थी', 'थीं', 'हो', 'होगा', 'होगी', 'होंगे']);

/** Endings of English adjectives written in Devanagari: इंडियन, यूरोपियन, एशियन, अफ्रीकन. */
const TRANSLITERATED_ADJECTIVE = /(?:ियन|यन|कन)$/;

/** Compass words, Hindi and English (साउथ कोरिया, ईस्ट लंदन), that make a region of the place after them. */
const DIRECTIONS = new Set(['उत्तर', 'दक्षिण', 'पूर्व', 'पश्चिम', 'उत्तरी', 'दक्षिणी', 'पूर्वी', 'पश्चिमी', 'मध्य', 'पूर्वोत्तर', 'उत्तर-पूर्वी', 'दक्षिण-पूर्वी', 'नॉर्थ', 'नार्थ', 'साउथ', 'ईस्ट', 'वेस्ट'].map((w) => matchKey(w)));

/** The word for a government, after a place (भारत सरकार) or a seat of government (केंद्र सरकार). */
const GOVERNMENT = matchKey('सरकार');
const GOVERNMENT_SEATS = new Set(['केंद्र', 'केन्द्र', 'केंद्रीय', 'केन्द्रीय'].map((w) => matchKey(w)));

/** Organisation heads that also name the subject of a longer name (कंपनी कानून अधिकरण). */
const SUBJECT_HEADS = new Set(['कंपनी', 'बैंक', 'स्कूल', 'पुलिस', 'अस्पताल', 'कॉलेज', 'विश्वविद्यालय'].map((w) => matchKey(w)));

/** Levels of government and jurisdiction that qualify a body. */
const LEVELS = new Set(
  'केंद्रीय केन्द्रीय केंद्र केन्द्र राज्य राष्ट्रीय प्रांतीय प्रान्तीय प्रादेशिक स्थानीय जिला ज़िला क्षेत्रीय अंतरराष्ट्रीय अंतर्राष्ट्रीय नगर ग्राम'
    .split(' ')
    .map((w) => matchKey(w)),
);

/** Adjective endings (-ीय, -िक, -ित): केंद्रीय, प्रांतीय, आर्थिक, सीमित. */
const RELATIONAL_ADJECTIVE = /(?:ीय|िक|ित)$/;

/** Conjunctions inside an organisation's name between two subjects. */
const ORG_CONJ = new Set(['एवं', 'और', 'तथा', 'व']);

/** Middle names after which an unknown last name is still part of the name. */
const MIDDLE_NAMES = new Set(['सिंह', 'कुमार', 'लाल', 'प्रसाद', 'चंद्र', 'चंद', 'नाथ', 'राम', 'कुमारी', 'देवी', 'मोहन', 'प्रकाश']);

/** Name parts too common to identify a person when they stand alone. */
const GENERIC_SURNAMES = new Set(['सरस्वती', 'सिंह', 'कुमार', 'कुमारी', 'देवी', 'लाल', 'राम', 'देव', 'प्रसाद', 'नाथ', 'चंद', 'दास', 'दत्त', 'पाल', 'वीर', 'प्रकाश', 'आनंद', 'किशोर', 'भारती', 'रंजन', 'गौतम', 'खान', 'अली', 'अहमद', 'बहादुर', 'स्वरूप', 'दयाल', 'नारायण', 'शाह', 'राव', 'मीना', 'माली']);

/** Letter names that are also everyday words (के of, ए, आई came). */
const COMMON_LETTER_WORDS = new Set(['के', 'ए', 'ई', 'ओ', 'आई', 'जी', 'बी', 'सी']);

/**
 * A body of a known organisation named after it: the organisation, one or two subject words
 * (modifiers or unknown words, as English ones written in Devanagari), then a head (कांग्रेस कार्य
 * समिति, यूएन साइंस एडवाइजरी समिति). Returns the whole length or 0.
 */
function bodyOfKnownOrg(ws: W[], i: number, kLen: number, T: Tables): number {
  let specific = false;
  for (let j = i + kLen; j < i + kLen + 2; j++) {
    const x = ws[j];
    if (!x || x.brk || !free(ws, j) || x.tok.kind !== 'deva' || ((x.f & (F_ORG_HEAD | F_BOUNDARY | F_LOC_HEAD_STRONG | F_LOC_HEAD_WEAK)) !== 0) || x.key.length < 2) return 0;
    if (((x.f & F_ORG_MOD) === 0) && ((x.cue & 49) !== 0 || ((x.f & F_PLURAL_OBLIQUE) !== 0) || /(?:कर|ने|ते|ता|ती)$/.test(x.key))) return 0;
    // A national word or a known name starts a name of its own (नीति आयोग राष्ट्रीय चिकित्सा आयोग,
    // भारत सरकार भारतीय रिज़र्व बैंक), and a news word describes the organisation (एएफपी समाचार एजेंसी).
    if (NAME_LIKE_MODIFIERS.has(x.key) || NEWS_WORDS.has(x.key) || gazetteerAt(ws, j, T)) return 0;
    if ((x.f & F_GENERIC_MOD) === 0) specific = true;
    const h = ws[j + 1];
    if (specific && h && !h.brk && free(ws, j + 1) && ((h.f & F_ORG_HEAD) !== 0) && ((h.f & F_ORG_MOD) === 0)) return j + 2 - i;
  }
  return 0;
}

/** Words for news that describe an agency after its name (समाचार एजेंसी, संवाद समिति). */
const NEWS_WORDS = new Set(['समाचार', 'समचार', 'संवाद', 'न्यूज़', 'न्यूज'].map((w) => matchKey(w)));

/** English plural words that end company names (… इंडस्ट्रीज, … कास्टिंग्स, … मोटर्स). */
const CORPORATE_PLURALS = new Set(CORPORATE_PLURAL_WORDS.split(/\s+/).filter(Boolean).map((w) => matchKey(w)));

/** A word that can be (part of) the name before a distinctive organisation head. */
function distinctiveNameWord(w: W, T: Tables, prefixOk = false): boolean {
  const k = w.key;
  if (!nameLike(w, T) || ((w.cue & 16) !== 0 && !prefixOk) || k.length < 2) return false;
  if (((w.f & F_SURNAME) !== 0) || ((w.f & F_GIVEN) !== 0)) return true;
  return ((w.f & F_ADJECTIVE_LIKE) === 0) && !/(?:ने|ते|कर|या|ये|ाई|ाएं|ाओं)$/.test(k);
}

/** An organisation ending in a head noun: रक्षा मंत्रालय, उत्तराखंड विधानसभा. Returns length or 0. */
function orgByHead(ws: W[], i: number, T: Tables, knownLen: number): number {
  let j = i;
  let specific = knownLen > 0;
  if (knownLen > 0) j = i + knownLen;
  let mods = 0;
  while (j < ws.length && j - i < 6 && free(ws, j) && (j === i || !ws[j].brk) && ws[j].tok.kind === 'deva') {
    const k = ws[j].key;
    const kf = ws[j].f;
    if (((kf & F_ORG_HEAD) !== 0) && j > i) {
      // A second head right after (राष्ट्रीय आपदा प्रबंधन प्राधिकरण) is fine; take the longest.
      let end = j + 1;
      while (end < ws.length && end - i < 7 && free(ws, end) && !ws[end].brk && ((ws[end].f & F_ORG_HEAD) !== 0)) end++;
      // A head that is also a subject noun inside a longer name: one or two modifiers or subject
      // nouns, then another head (राज्य स्कूल मानक प्राधिकरण, राष्ट्रीय कंपनी कानून अधिकरण).
      for (let k = end; SUBJECT_HEADS.has(ws[end - 1].key) && k < end + 2 && k - i < 7; k++) {
        const x = ws[k];
        if (!x || !free(ws, k) || x.brk || x.tok.kind !== 'deva' || ((x.cue & 33) !== 0 && ((x.f & F_ORG_MOD) === 0)) || ((x.f & F_BOUNDARY) !== 0) || ((x.f & F_PLURAL_OBLIQUE) !== 0) || x.key.length < 2) break;
        const hx = ws[k + 1];
        // The closing head may be one that also modifies a further head (प्राधिकरण, निगम), when
        // none follows.
        const hy = ws[k + 2];
        if (hx && free(ws, k + 1) && !hx.brk && ((hx.f & F_ORG_HEAD) !== 0) && (((hx.f & F_ORG_MOD) === 0) || !hy || hy.brk || ((hy.f & F_ORG_HEAD) === 0))) {
          end = k + 2;
          specific = true;
          break;
        }
      }
      if (!specific) return 0;
      // A descriptor before the name itself (उद्योग संगठन फिक्की, अंतरिक्ष एजेंसी JAXA) is no entity.
      const nx = ws[end];
      if (nx && free(ws, end) && !nx.brk && (nx.tok.kind === 'latin' && isUpper(nx.tok.text.charCodeAt(0)) || gazetteerAt(ws, end, T)?.type === 'ORGANIZATION' || (nx.tok.kind === 'deva' && (nx.cue & 128) !== 0))) return 0;
      return end - i;
    }
    if (((kf & F_ORG_MOD) !== 0)) {
      // कर is also the verb (नकार कर): as a first word it takes its head directly (कर विभाग).
      if (j === i && k === 'कर' && !T.orgHeads.has(ws[j + 1]?.key ?? '')) break;
      if (((kf & F_GENERIC_MOD) === 0)) specific = true;
      mods++;
      j++;
      continue;
    }
    // After a modifier, a subject noun the lists lack (मानव संसाधन विकास मंत्रालय, भारतीय लघु उद्योग
    // विकास बैंक), or a conjunction between two subjects (श्रम एवं रोजगार मंत्रालय); at the start,
    // an adjective before a modifier (मौद्रिक नीति समिति). A head must still follow.
    if (j - i < 5 && ws[j].tok.kind === 'deva' && ((kf & F_PLURAL_OBLIQUE) === 0)) {
      const nx = ws[j + 1];
      const nxOk = !!nx && free(ws, j + 1) && !nx.brk && nx.tok.kind === 'deva';
      // The second subject may be a listed modifier (कृषि पुनर्वित्त एवं विकास निगम).
      // Not when the word after the conjunction repeats the word before the name: that starts a
      // second name of the same group (सिग्मा डेयरी और सिग्मा इंडस्ट्रीज).
      if (j > i && mods > 0 && ORG_CONJ.has(k) && nxOk && ((nx.f & F_ORG_HEAD) === 0) && !ORG_CONJ.has(nx.key) && ((nx.cue & 33) === 0 || ((nx.f & F_ORG_MOD) !== 0)) && !(i > 0 && !ws[i].brk && ws[i - 1].key === nx.key)) {
        // Two levels of government joined (केंद्रीय एवं प्रांतीय विधान परिषद, राज्य और जिला
        // समितियां) speak of several bodies: no one name.
        if (LEVELS.has(ws[j - 1].key) && LEVELS.has(nx.key)) break;
        j++;
        continue;
      }
      const plain = (ws[j].cue & 51) === 0 && ((kf & F_BOUNDARY) === 0) && ((kf & F_LOC_DESCRIPTOR) === 0) && k.length > 1;
      // Right after a known place, one subject word before the head is enough (बिहार विधान परिषद,
      // इंग्लैंड क्रिकेट बोर्ड): the place makes the body specific.
      if (plain && j > i && (mods > 0 || (knownLen > 0 && j === i + knownLen && nxOk && ((nx.f & F_ORG_HEAD) !== 0))) && nxOk && !/(?:ने|ते|कर|या|ये|ई)$/.test(k)) {
        specific = true;
        j++;
        continue;
      }
      // Two subjects joined at the start: पेयजल और स्वच्छता विभाग, श्रम एवं रोजगार मंत्रालय.
      // Not after an adjective, which makes the first subject a common noun of the sentence
      // (सीमित मताधिकार तथा विधान परिषद).
      const pw = ws[j - 1];
      if (plain && j === i && nxOk && ORG_CONJ.has(nx.key) && ((kf & F_ADJECTIVE_LIKE) === 0) && !(pw && !ws[j].brk && free(ws, j - 1) && pw.tok.kind === 'deva' && RELATIONAL_ADJECTIVE.test(pw.key))) {
        const a = ws[j + 2];
        // The second subject is one word, or a modifier and one more (इलेक्ट्रॉनिक्स और सूचना
        // प्रौद्योगिकी मंत्रालय).
        const two = !!a && ((a.f & F_ORG_MOD) !== 0) && !!ws[j + 4] && free(ws, j + 4) && !ws[j + 4].brk && ((ws[j + 4].f & F_ORG_HEAD) !== 0) && !T.orgHeads.has(ws[j + 3]?.key ?? '');
        const h = ws[two ? j + 4 : j + 3];
        const b = ws[j + 3];
        // The word after the conjunction repeating the word before starts a second name of the
        // same group instead (as above).
        if (a && h && b && free(ws, j + 2) && free(ws, j + 3) && !a.brk && !b.brk && !h.brk && a.tok.kind === 'deva' && b.tok.kind === 'deva' && ((a.cue & 33) === 0 || two) && (a.cue & 16) === 0 && ((h.f & F_ORG_HEAD) !== 0) && ((a.f & F_ORG_HEAD) === 0) && !(pw && !ws[j].brk && pw.key === a.key)) {
          specific = true;
          mods++;
          j += 2;
          continue;
        }
      }
      if (plain && j === i && /(?:िक|ीय)$/.test(k) && nxOk && ((nx.f & F_ORG_MOD) !== 0)) {
        specific = true;
        mods++;
        j++;
        continue;
      }
    }
    // An unknown name before a distinctive head: हार्वर्ड विश्वविद्यालय, आज़ाद हिंद फ़ौज, संथानम
    // समिति. A listed given name or surname may end in -ी (यशपाल कमेटी); other words ending so are
    // adjectives (सरकारी बैंक).
    // Before a plural corporate word (सिनर्जी कास्टिंग्स) a brand ending in -ी is a name too.
    const cw = ws[j + 1];
    if (j - i < 3 && (distinctiveNameWord(ws[j], T) || (!!cw && CORPORATE_PLURALS.has(cw.key) && ws[j].tok.kind === 'deva' && nameLike(ws[j], T) && (ws[j].cue & 16) === 0 && ws[j].key.length > 2))) {
      const h = ws[j + 1];
      if (h && free(ws, j + 1) && !h.brk && ((h.f & F_DISTINCTIVE_ORG_HEAD) !== 0)) return j + 2 - i;
      // Two such words at the start: हार्वर्ड मेडिकल स्कूल, तेलुगु देशम पार्टी.
      const h2 = ws[j + 2];
      // Not a person before the name (सुखदेव थोराट), an adverb (मूलतः), `नामक`, nor a head that
      // starts a known name (… विश्वविद्यालय अनुदान आयोग).
      if (j === i && h && h2 && free(ws, j + 1) && free(ws, j + 2) && !h.brk && !h2.brk && h.tok.kind === 'deva' && distinctiveNameWord(h, T, true) && ((h.f & F_ORG_HEAD) === 0) && ((ws[j].f & (F_GIVEN | F_AMBIGUOUS_GIVEN)) !== F_GIVEN) && !(i > 0 && !ws[i].brk && (ws[i - 1].cue & 1) !== 0 && ((ws[i].f & F_SURNAME) !== 0)) && !ws[j].key.endsWith('ः') && h.key !== NAMAK && ((h2.f & F_DISTINCTIVE_ORG_HEAD) !== 0) && (gazetteerAt(ws, j + 2, T)?.keys.length ?? 0) <= 1 && ((h.cue & 16) === 0 || !gazetteerAt(ws, j + 1, T))) return 3;
    }
    // An English adjective in Devanagari starts a name (एशियन डेवलपमेंट बैंक, यूरोपियन बैंक); a
    // Hindi one makes a common noun (अमेरिकी कंपनी).
    if (j === i && ws[j].tok.kind === 'deva' && TRANSLITERATED_ADJECTIVE.test(k) && (ws[j].cue & 256) === 0) {
      const h = ws[j + 1];
      const h2 = ws[j + 2];
      if (h && free(ws, j + 1) && !h.brk && ((h.f & F_DISTINCTIVE_ORG_HEAD) !== 0)) return 2;
      if (h && h2 && free(ws, j + 1) && free(ws, j + 2) && !h.brk && !h2.brk && distinctiveNameWord(h, T) && ((h2.f & F_DISTINCTIVE_ORG_HEAD) !== 0)) return 3;
    }
    break;
  }
  void mods;
  return 0;
}

/**
 * A named event ending in a head: देवधर ट्रॉफी, पुष्कर मेला (after a known or unknown name),
 * भारत-पाकिस्तान युद्ध (weak heads after known names only). Returns the length or 0.
 */
function eventByHead(ws: W[], i: number, T: Tables, knownLen: number, knownType: EntityType | undefined): number {
  let j = i;
  if (knownLen > 0 && (knownType === 'LOCATION' || knownType === 'NORP' || knownType === 'PERSON')) {
    j = i + knownLen;
    // A second known place joined by a hyphen: भारत-पाकिस्तान युद्ध.
    const g2 = free(ws, j) && !ws[j].brk ? ws[j].cands : undefined;
    const two = g2?.find((c) => !c.weak && c.type === 'LOCATION' && c.keys.length === 1);
    if (two) j++;
    const h = ws[j];
    if (h && free(ws, j) && !h.brk && (((h.f & F_EVENT_HEAD_STRONG) !== 0) || ((h.f & F_EVENT_HEAD_WEAK) !== 0))) return j + 1 - i;
    return 0;
  }
  if (knownLen > 0) return 0;
  // Unknown name words then a strong head.
  while (j < ws.length && j - i < 3 && free(ws, j) && (j === i || !ws[j].brk) && ws[j].tok.kind === 'deva' && nameLike(ws[j], T) && ((ws[j].f & F_ADJECTIVE_LIKE) === 0) && (ws[j].cue & 16) === 0) j++;
  if (j === i) return 0;
  const h = ws[j];
  if (h && free(ws, j) && !h.brk && ((h.f & F_EVENT_HEAD_STRONG) !== 0)) return j + 1 - i;
  return 0;
}

/**
 * A transliterated English name joined by ऑफ/फॉर/एंड/द: ग्रेट हॉल ऑफ द पीपल,
 * नेशनल एकेडमी ऑफ साइंसेज. Typed by its heads; returns [length, type] or [0].
 */
function transliterated(ws: W[], i: number, T: Tables): readonly [number, EntityType?] {
  if (!nameLike(ws[i], T) && ((ws[i].f & F_ORG_HEAD) === 0) && !ENGLISH_MODIFIERS.has(ws[i].key)) return NO_NAME;
  // A listed name right after a person's title is the person (प्रो. X रॉयल सोसायटी ऑफ …), and a
  // known place before an English name qualifies it (यूएस नेशनल एकेडमी ऑफ …): the name starts
  // after them.
  const p = ws[i - 1];
  if (p && !ws[i].brk && (p.cue & 1) !== 0 && ((ws[i].f & (F_GIVEN | F_SURNAME)) !== 0)) return NO_NAME;
  if (placeBeforeEnglishName(ws, i)) return NO_NAME;
  let j = i;
  let last = i;
  let connectors = 0;
  let org = false;
  let loc = false;
  while (j < ws.length && j - i < 9 && free(ws, j) && (j === i || !ws[j].brk) && ws[j].tok.kind === 'deva') {
    const k = ws[j].key;
    const kf = ws[j].f;
    if (CONNECTORS.has(k)) {
      if (j === i) return NO_NAME;
      connectors++;
      j++;
      continue;
    }
    if (((kf & F_NON_NAME) !== 0) && ((kf & F_ORG_HEAD) === 0)) break;
    // A spelt-out acronym after the name is its short form, a span of its own
    // (यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट ईबीआरडी).
    if (connectors > 0 && (ws[j].cue & 128) !== 0 && j > i) break;
    // So is a place or a Hindi adjective after the name's last word (स्टेट बैंक ऑफ पटियाला
    // भारतीय …, … ऑफ इंडिया बेंगलूरू): only a connector brings a place into the name.
    if (connectors > 0 && !CONNECTORS.has(ws[j - 1].key) && (k.endsWith('ीय') || ws[j].cands?.some((c) => !c.weak && c.type === 'LOCATION' && c.keys.length === 1))) break;
    if (((kf & F_ORG_HEAD) !== 0) || CONNECTED_ORG_WORDS.has(k)) org = true;
    if (((kf & F_LOC_HEAD_STRONG) !== 0) || ((kf & F_LOC_HEAD_WEAK) !== 0) || ws[j].cands?.some((c) => c.type === 'LOCATION' && c.keys.length === 1)) loc = true;
    last = j;
    j++;
  }
  if (connectors === 0 || last <= i || CONNECTORS.has(ws[last].key)) return NO_NAME;
  const n = last + 1 - i;
  if (org) return [n, 'ORGANIZATION'];
  if (loc) return [n, 'LOCATION'];
  return NO_NAME;
}

const NO_NAME: readonly [number, EntityType?] = [0];

/**
 * A known place before an English name joined by ऑफ (यूएस नेशनल एकेडमी ऑफ …): it qualifies the
 * name after it. Before a name without a connector the place is part of it (पाकिस्तान स्टेट बैंक).
 */
function placeBeforeEnglishName(ws: W[], i: number): boolean {
  const nx = ws[i + 1];
  if (!nx || nx.brk || !ENGLISH_MODIFIERS.has(nx.key) || !ws[i].cands?.some((c) => !c.weak && c.type === 'LOCATION' && c.keys.length === 1)) return false;
  for (let j = i + 2; j < i + 6 && j < ws.length && !ws[j].brk && ws[j].tok.kind === 'deva'; j++) if (CONNECTORS.has(ws[j].key)) return true;
  return false;
}

/** English modifiers written in Devanagari that can start a name joined by ऑफ (नेशनल इंस्टीट्यूट ऑफ …). */
const ENGLISH_MODIFIERS = new Set(['नेशनल', 'सेंट्रल', 'इंडियन', 'स्टेट', 'यूनाइटेड', 'पीपुल्स', 'इंटरनेशनल', 'इंटरनैशनल'].map((w) => matchKey(w)));

/** Words that make an organisation of a name joined by ऑफ (चैंबर ऑफ कॉमर्स), though no head alone. */
const CONNECTED_ORG_WORDS = new Set(['चैंबर', 'चेंबर', 'चैम्बर', 'कॉमर्स', 'कामर्स'].map((w) => matchKey(w)));

const CONNECTORS = new Set(['ऑफ', 'ऑफ़', 'आफ', 'फॉर', 'फ़ॉर', 'एंड', 'एण्ड', 'द', 'दि'].map((w) => matchKey(w)));

/** Adjectives of quality and age that describe a place and start no name (प्राचीन मंदिर, खूबसूरत झील). */
const QUALITY_ADJECTIVES = new Set(
  'खूबसूरत सुंदर सुन्दर भव्य प्रसिद्ध सुप्रसिद्ध प्रख्यात विख्यात विश्वविख्यात मशहूर प्राचीन पुराना पुरानी पुराने विशाल बेहतर सुदूर संपूर्ण सम्पूर्ण अत्यंत पवित्र'
    .split(' ')
    .map((w) => matchKey(w)),
);
/** Weak heads that also name a sector of the economy or a market (क्षेत्र, सेक्टर, बाज़ार) or a camp. */
const SECTOR_HEADS = new Set(['क्षेत्र', 'सेक्टर', 'मार्केट', 'बाज़ार', 'बाजार', 'शिविर'].map((w) => matchKey(w)));

/** A place ending in a head noun after a known name or an unknown name-like word. */
function locByHead(ws: W[], i: number, T: Tables, knownLen: number, knownType: EntityType | undefined): number {
  if (knownLen > 0) {
    const h = ws[i + knownLen];
    if (h && free(ws, i + knownLen) && !h.brk && (((h.f & F_LOC_HEAD_STRONG) !== 0) || ((h.f & F_LOC_HEAD_WEAK) !== 0) || h.key === 'ग्रामीण') && (knownType === 'LOCATION' || knownType === 'PERSON')) {
      return knownLen + 1;
    }
    return 0;
  }
  // Unknown words then a head: सफदरजंग वेधशाला, डियाओयुताई राज्य अतिथि गृह.
  const first = ws[i];
  if (first.tok.kind !== 'deva' || !nameLike(first, T) || (first.cue & 16) !== 0 || ((first.f & F_ADJECTIVE_LIKE) !== 0)) return 0;
  // A quality (प्राचीन मंदिर, खूबसूरत झील) or a measure after a number (17 फुट चौड़ा चौक) starts a
  // description, no name.
  if (QUALITY_ADJECTIVES.has(first.key) || afterNumber(ws, i)) return 0;
  let j = i + 1;
  while (j < ws.length && j - i < 4 && free(ws, j) && !ws[j].brk && ws[j].tok.kind === 'deva') {
    const k = ws[j].key;
    const kf = ws[j].f;
    if (((kf & F_LOC_HEAD_STRONG) !== 0)) return j + 1 - i;
    if (ws[j].cands?.some((c) => !c.weak && c.keys.length === 1)) return 0;
    // …nor into a longer known place, whose last word may be a head itself (X उत्तर प्रदेश).
    if (ws[j].cands && gazetteerAt(ws, j, T)?.type === 'LOCATION') return 0;
    // A weak head (क्षेत्र, प्रदेश, सेक्टर) after adjectives is a common noun (औद्योगिक क्षेत्र).
    if (((kf & F_LOC_HEAD_WEAK) !== 0)) {
      // A sector or a market after unknown words is a field of the economy (रियल एस्टेट सेक्टर,
      // कॉरपोरेट बॉन्ड मार्केट, लघु व्यवसाय क्षेत्र); a place so named follows a known one.
      if (SECTOR_HEADS.has(k)) return 0;
      for (let x = i + 1; x < j; x++) if (((ws[x].f & F_ADJECTIVE_LIKE) !== 0) || /(?:िंग|ें)$/.test(ws[x].key)) return 0;
      return j - i >= 2 ? j + 1 - i : 0;
    }
    if (((kf & F_NON_NAME) !== 0) && ((kf & F_LOC_DESCRIPTOR) === 0) && ((kf & F_ORG_MOD) === 0)) return 0;
    if (((kf & F_TITLE) !== 0) || ((kf & F_ORG_HEAD) !== 0)) return 0;
    j++;
  }
  return 0;
}

/** Rough Latin reading with vowels, for matching an acronym read as a word: इब्सा → ibsa. */
function vowelKey(deva: string): string {
  const k = matchKey(deva);
  let out = '';
  for (let i = 0; i < k.length; i++) out += VOWEL_READ[k[i]] ?? '';
  return out;
}

const VOWEL_READ: Record<string, string> = (() => {
  const m: Record<string, string> = {};
  const cons = 'क:k ख:k ग:g घ:g च:c छ:c ज:j झ:j ट:t ठ:t ड:d ढ:d ण:n त:t थ:t द:d ध:d न:n प:p फ:f ब:b भ:b म:m य:y र:r ल:l व:v श:s ष:s स:s ह:h';
  for (const p of cons.split(' ')) {
    const [d, l] = p.split(':');
    m[d] = l;
  }
  Object.assign(m, { 'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ए': 'e', 'ऐ': 'e', 'ओ': 'o', 'औ': 'o', 'ऑ': 'o', a: 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'े': 'e', 'ै': 'e', 'ो': 'o', 'ौ': 'o', 'ॉ': 'o', 'ं': 'n', 'ा': 'a' });
  return m;
})();

/**
 * A reading's first letter and then its consonants, with c and q read as k and a doubled one
 * once: ISTRAC and इस्ट्रैक (read istrek) are both istrk, NASSCOM and नैसकॉम both nskm.
 */
function skeleton(reading: string): string {
  let out = reading.slice(0, 1);
  for (let i = 1; i < reading.length; i++) {
    const r = reading[i];
    if (r === 'a' || r === 'e' || r === 'i' || r === 'o' || r === 'u') continue;
    const c = r === 'c' || r === 'q' ? 'k' : r;
    if (c !== out[out.length - 1]) out += c;
  }
  return out;
}

/** The entries of VOWEL_READ, listed once. */
const VOWEL_READ_ENTRIES = Object.entries(VOWEL_READ);

/** A capitalised Latin run starting at i: returns its length (connectors inside allowed). */
function latinRun(ws: W[], i: number, T: Tables): number {
  if (!isLatinCap(ws[i].tok) || T.latinStop.has(ws[i].tok.text)) return 0;
  let n = 1;
  while (i + n < ws.length && free(ws, i + n) && !ws[i + n].brk && n < 6) {
    const w = ws[i + n];
    if (isLatinCap(w.tok) && !T.latinStop.has(w.tok.text)) {
      n++;
      continue;
    }
    // Lower-case connectors inside a name: Great Hall of the People, Ursula von der Leyen.
    if (w.tok.kind === 'latin' && /^(?:of|the|de|da|del|von|der|van|bin|al|la|le|du|and)$/.test(w.tok.text)) {
      let m = n + 1;
      while (i + m < ws.length && ws[i + m].tok.kind === 'latin' && /^(?:of|the|de|da|del|von|der|van|bin|al|la|le|du|and)$/.test(ws[i + m].tok.text)) m++;
      if (i + m < ws.length && free(ws, i + m) && isLatinCap(ws[i + m].tok) && !T.latinStop.has(ws[i + m].tok.text)) {
        n = m + 1;
        continue;
      }
    }
    break;
  }
  return n;
}

/**
 * The index of the `)` closing a short bracket opened at i on its line (at most six words), when a
 * list separator follows it; else -1.
 */
function glossEnd(ws: W[], i: number): number {
  for (let k = i + 1; k < ws.length && k <= i + 7; k++) {
    const x = ws[k];
    if (x.brk || x.tok.text === '(') return -1;
    if (x.tok.text === ')') {
      const nx = ws[k + 1];
      return nx && !nx.brk && (nx.tok.text === ',' || (nx.cue & 1024) !== 0) ? k : -1;
    }
  }
  return -1;
}

/** Words that join the items of a list. */
const LIST_JOINERS = new Set(['और', 'तथा', 'एवं', 'व', 'या'].map((w) => matchKey(w)));

/**
 * The lists of a document that can be judged: runs of items on one line separated by commas or a
 * conjunction, each item a [start, end) word range, with three items or more. Where lists start
 * and end depends only on the words (line breaks, punctuation, occupied words, joiners), never on
 * the spans found, so the lists are cut once for places and people alike. Linear.
 */
function listsOf(ws: W[]): [number, number][][] {
  const lists: [number, number][][] = [];
  let items: [number, number][] = [];
  let itemStart = 0;
  const flush = (): void => {
    if (items.length >= 3) lists.push(items);
    items = [];
  };
  for (let i = 0; i <= ws.length; i++) {
    const w = ws[i];
    const end = !w || w.brk || (w.tok.kind === 'punct' && w.tok.text !== ',') || w.occ;
    const sep = !!w && !end && (w.tok.text === ',' || (w.cue & 1024) !== 0);
    if (w && w.brk && i > itemStart) {
      items.push([itemStart, i]);
      flush();
      itemStart = i;
    }
    // A bracket after an item and before the next separator glosses the item (संघीय जर्मन गणराज्य
    // ( पश्चिमी जर्मनी ) , X): the item ends before it and the list goes on after it.
    const close = end && w && !w.brk && w.tok.text === '(' && i > itemStart ? glossEnd(ws, i) : -1;
    if (close > 0) {
      items.push([itemStart, i]);
      itemStart = close + 2;
      i = close + 1;
      continue;
    }
    if (end) {
      if (i > itemStart) items.push([itemStart, i]);
      flush();
      itemStart = i + 1;
      if (w && w.brk && !(w.tok.kind === 'punct' || w.occ)) itemStart = i;
      continue;
    }
    if (sep) {
      if (i > itemStart) items.push([itemStart, i]);
      else if (w.tok.text === ',') flush();
      itemStart = i + 1;
    }
  }
  return lists;
}

/**
 * Marks unknown names in a list of places as places. A list is a run of items on one line
 * separated by commas or a conjunction; when at least two items, and at least half of them, are
 * exactly one LOCATION span each and no item is another kind of entity, a free item of one or two
 * name-like words (no function word, adjective or verb ending) is a LOCATION too. The lists come
 * from `lists` (listsOf, made at the first call that needs them), judged in document order.
 */
function placesInLists(ws: W[], T: Tables, found: Found[], assign: (i: number, n: number) => void, lists: () => [number, number][][], type: 'LOCATION' | 'PERSON' = 'LOCATION'): void {
  let places = 0;
  const need = type === 'PERSON' ? 1 : 2;
  for (const f of found) if (f.type === type && ++places >= need) break;
  if (places < need) return;
  for (const items of lists()) judgeList(ws, T, found, assign, items, type);
}

function judgeList(ws: W[], T: Tables, found: Found[], assign: (i: number, n: number) => void, items: [number, number][], type: 'LOCATION' | 'PERSON'): void {
  let places = 0;
  const open: [number, number][] = [];
  // Names in -िया and -ना (यूगोस्लाविया, अर्जेंटीना), endings of verbs elsewhere: taken only in a
  // list of four places or more, one for every four places at most.
  const verbLike: [number, number][] = [];
  for (let x = 0; x < items.length; x++) {
    const b = items[x][1];
    let a = items[x][0];
    // The first item may start with words before the list (बारिश से नागपुर), the last may go on
    // after it (अमरावती में फसलें …): a place at the list's side of them counts.
    const s = x === 0 ? ws[b - 1].span : ws[a].span;
    if (s >= 0) {
      const f = found[s];
      const whole = (x === 0 || f.i === a) && (x === items.length - 1 || f.i + f.n === b);
      if (f.type === type && whole) places++;
      else if (f.type !== type) return;
      continue;
    }
    // The last item is whole when the sentence or the line ends after it (… , उरुग्वे और X ।).
    if (x === items.length - 1 && x > 0 && !(type === 'LOCATION' && endsSentence(ws, b))) continue;
    // Of the first item, the word before the first separator may be a place (बाढ़ से कुरखेड़ी ,
    // वर्धा , नागपुर), the words before it not.
    if (x === 0) {
      // …when a comma follows it and the word before it is no name found (मुंबई सिटी).
      if (type !== 'LOCATION' || ws[b]?.tok.text !== ',' || (b >= 2 && ws[b - 2].span >= 0)) continue;
      a = b - 1;
    }
    // A person's name may have a third word (मैथ्यु गुडजोलो चूई) and a given name; a place's not.
    if (b - a > (type === 'PERSON' ? 3 : 2)) continue;
    let ok = true;
    let verb = false;
    for (let j = a; j < b && ok; j++) {
      const w = ws[j];
      ok = free(ws, j) && w.tok.kind === 'deva' && nameLike(w, T) && (w.cue & 16) === 0 && (type === 'PERSON' || ((w.f & F_GIVEN) === 0)) && w.key.length > 2 && !/(?:ीय|िक|ित|ने|ते|कर|ये|ता|ों|ें|ां|ीं)$/.test(w.key);
      if (ok && /(?:या|ना)$/.test(w.key)) {
        if (type === 'LOCATION' && w.key.length > 5 && (w.key.endsWith('िया') || w.key.endsWith('ना'))) verb = true;
        else ok = false;
      }
      // Schemes and things (स्मार्ट सिटीज मिशन) and plurals in -गण (मंत्रीगण) are no person.
      if (ok && type === 'PERSON') ok = !SCHEME_NOUNS.has(w.key) && !THING_NOUNS.has(w.key) && !w.key.endsWith('गण') && (w.cue & 128) === 0;
    }
    // Agent nouns end in -ी (पुलिसकर्मी, अधिकारी, व्यापारी): a person's last word so ending must
    // be a listed name.
    const last = ws[b - 1].key;
    const lastF = ws[b - 1].f;
    if (type === 'PERSON' && last.endsWith('ी') && ((lastF & F_SURNAME) === 0) && ((lastF & F_GIVEN) === 0)) ok = false;
    if (ok) (verb ? verbLike : open).push([a, b]);
  }
  // A list of people with one named person only (अर्जुन , X Y और Z W) takes in names of two or
  // three words; a single word there may be a common noun (प्रोवोस्ट , संकाय , छात्रों).
  const few = places < 2 || places * 2 < items.length;
  if (few && (type === 'LOCATION' || places < 1)) return;
  for (const [a, b] of open) if (!few || b - a >= 2) assign(a, b - a);
  if (places >= 4 && verbLike.length * 4 <= places) for (const [a, b] of verbLike) assign(a, b - a);
}

/** Punctuation that ends a sentence or a clause. */
const SENTENCE_ENDS = new Set(['।', '.', '?', '!', ';', '|', '॥']);

/** True when the sentence or the line ends before word j (or the text does). */
function endsSentence(ws: W[], j: number): boolean {
  const w = ws[j];
  return !w || w.brk || (w.tok.kind === 'punct' && SENTENCE_ENDS.has(w.tok.text));
}

/** A word that can be joined by a hyphen into an organisation's name: a free name-like word. */
function hyphenNameWord(ws: W[], j: number): boolean {
  const x = ws[j];
  return !!x && x.span < 0 && !x.occ && x.tok.kind === 'deva' && (x.cue & 33) === 0 && ((x.f & F_BOUNDARY) === 0) && x.key.length > 1;
}

/** A word that may start a company's name: no modifier, head, function word, place, group or person. */
function brandWord(w: W, T: Tables): boolean {
  if (w.tok.kind !== 'deva' || !nameLike(w, T) || (w.f & (F_ORG_MOD | F_GENERIC_MOD | F_ORG_HEAD | F_BOUNDARY | F_NON_NAME | F_GIVEN | F_SURNAME)) !== 0) return false;
  const c = w.cands;
  if (c) for (let x = 0; x < c.length; x++) if (c[x].type !== 'ORGANIZATION') return false;
  return true;
}

/**
 * A second word of a company's name: a free word that may be a modifier or head (डेयरी, स्टील,
 * पावर), no function word, title, descriptor, plural or verb form.
 */
function memberWord(ws: W[], j: number, T: Tables): boolean {
  const w = ws[j];
  if (!w || !free(ws, j) || w.brk) return false;
  if (w.tok.kind === 'latin') return nameLike(w, T);
  return w.tok.kind === 'deva' && (w.f & (F_BOUNDARY | F_NON_NAME | F_PLURAL_OBLIQUE | F_TITLE | F_LOC_DESCRIPTOR)) === 0 && (w.cue & 1) === 0 && w.key.length > 1 && !NOT_SURNAME_ENDING.test(w.key);
}

/**
 * Two-word companies joined by a conjunction to an organisation found with the same first word:
 * `W X और [W Y]` or `[W Y] और W X` makes `W X` a company (its first word is a brand, no place,
 * modifier or common word). Reads only the organisations found, not the document.
 */
function siblingCompanies(ws: W[], T: Tables, found: Found[], assign: (i: number, n: number) => void): void {
  const n0 = found.length;
  for (let fi = 0; fi < n0; fi++) {
    const f = found[fi];
    if (f.type !== 'ORGANIZATION' || f.n < 2) continue;
    const first = ws[f.i];
    if (!brandWord(first, T)) continue;
    // Before: W X conj [W …], with W X not the end of a longer name.
    const c = ws[f.i - 1];
    if (f.i >= 3 && !first.brk && !c.brk && ORG_CONJ.has(c.key)) {
      const w0 = ws[f.i - 3];
      const p = ws[f.i - 4];
      if (w0.key === first.key && free(ws, f.i - 3) && memberWord(ws, f.i - 2, T) && (!p || w0.brk || p.tok.kind === 'punct' || (p.f & (F_BOUNDARY | F_NON_NAME)) !== 0 || (p.cue & 32) !== 0)) {
        assign(f.i - 3, 2);
        continue;
      }
    }
    // After: [W …] conj W X, closed.
    const e = f.i + f.n;
    const c2 = ws[e];
    const w0 = ws[e + 1];
    if (c2 && w0 && !c2.brk && !w0.brk && ORG_CONJ.has(c2.key) && w0.key === first.key && free(ws, e + 1) && memberWord(ws, e + 2, T) && closes(ws, e + 3, T)) assign(e + 1, 2);
  }
}

/** Verbs of saying after a speaker (कुमार कहते हैं, सिंह बताती हैं): the present forms and more. */
const SPEECH_VERBS = new Set([...SPEAKS, ...'कहा बताया मानते मानती'.split(' ').map((w) => matchKey(w))]);
/** Nouns of saying after a speaker's का (शर्मा का कहना है). */
const SPEECH_NOUNS = new Set('कहना मानना'.split(' ').map((w) => matchKey(w)));
const ERGATIVE = matchKey('ने');
const KA = matchKey('का');
const ACCORDING = new Set(['अनुसार', 'मुताबिक', 'मुताबिक़'].map((w) => matchKey(w)));
/** Adverbs between a speaker and the verb (कुमार आगे बताते हैं). */
const SPEECH_ADVERBS = new Set(['आगे', 'भी', 'तो', 'फिर'].map((w) => matchKey(w)));
/**
 * Listed surnames and given names that are also everyday words (सरकार government, राय opinion,
 * निगम corporation, विवेक discretion, दर्शन sight): alone before ने they are not read as a person.
 */
const WORD_NAMES = new Set(
  `सरकार राय निगम मंडल प्रधान पाठक मूर्ति व्यास प्रकाश खान ख़ान सहाय प्रभु माली आनंद भारती आचार्य देव दास सेन पाल दत्त वीर गौतम
  किशोर रंजन लाल राम चंद नाथ दयाल स्वरूप नारायण बहादुर शाह राव मीना प्रसाद शास्त्री सेठ कुमारी देवी बेग मौर्य कश्यप जैन सिन्हा
  दर्शन धीरज विवेक प्रेरणा अंकित कंचन संध्या रजनी वैभव गरिमा अमर अनंत प्रताप समर संग्राम निर्मल पारस मुरली हनुमान गणेश नवाब कदम`
    .split(/\s+/)
    .map((w) => matchKey(w)),
);

/**
 * A listed surname or unambiguous given name standing alone as the subject of speech or action:
 * before ने (शर्मा ने कहा, रंजीत ने), before a verb of saying (कुमार कहते हैं, कुमार आगे बताते
 * हैं), or before के अनुसार / का कहना (कुमार के अनुसार); or as a headline's speaker, after a
 * colon that ends the line (… नीति बनेगी : सिंह). Everyday words among the names stay out.
 */
function namesBeforeSpeech(ws: W[], assign: (i: number) => void): void {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if ((w.f & (F_SURNAME | F_GIVEN)) === 0 || w.span >= 0 || w.occ || w.tok.kind !== 'deva') continue;
    // A name with an honorific ending is a person on its own (लक्ष्मीबाई की छवि).
    if ((w.f & F_GIVEN) !== 0 && (w.cue & 16) === 0 && HONORIFIC_NAME.test(w.key)) {
      assign(i);
      continue;
    }
    if (((w.f & (F_AMBIGUOUS_GIVEN | F_SURNAME)) === F_AMBIGUOUS_GIVEN) || (w.cue & 17) !== 0 || WORD_NAMES.has(w.key)) continue;
    // Not the last word of a longer name or phrase: the word before is no name part.
    const p = ws[i - 1];
    // A headline's speaker after a colon at the end of the line (… स्वर्ण नीति : सिंह).
    if (p && !w.brk && p.tok.text === ':' && (!ws[i + 1] || ws[i + 1].brk)) {
      assign(i);
      continue;
    }
    // A determiner makes it a common noun (एक ठाकुर ने).
    if (p && !w.brk && p.tok.kind === 'deva' && !p.occ && (((p.f & F_BOUNDARY) === 0 && (p.cue & 32) === 0) || DETERMINERS.has(p.key))) continue;
    let j = i + 1;
    if (ws[j] && SPEECH_ADVERBS.has(ws[j].key) && ws[j + 1] && SPEECH_VERBS.has(ws[j + 1].key)) j++;
    const a = ws[j];
    const b = ws[j + 1];
    if (!a || a.brk || a.occ) continue;
    const speech = a.key === ERGATIVE || SPEECH_VERBS.has(a.key) || (!!b && !b.brk && ((a.key === KE && ACCORDING.has(b.key)) || (a.key === KA && SPEECH_NOUNS.has(b.key))));
    if (speech) assign(i);
  }
}

/**
 * Finds the named entities of a document.
 *
 * @param text the document text
 * @param tokens `tokenize(text)` of the whole document, space tokens included
 * @param occupied DATE/FIGURE spans already found; entity spans never overlap them
 * @param options names known from other articles
 * @returns entity spans sorted by start, non-overlapping, `value: ''`
 */
export function findEntities(text: string, tokens: readonly Token[], occupied: readonly Span[], options: FindEntitiesOptions = {}): Span[] {
  try {
    return findEntitiesUnsafe(text, tokens, occupied, options);
  } catch {
    // Recognisers never throw on messy text.
    return [];
  }
}

function findEntitiesUnsafe(text: string, tokens: readonly Token[], occupied: readonly Span[], options: FindEntitiesOptions): Span[] {
  const T = tables();
  const r = new Recognition(text, buildWords(text, tokens, occupied, T), T);
  r.firstPass();
  r.bracketedAbbreviations();
  r.weakPass();
  r.listAndSpeechPass();
  r.propagate(options.known);
  return r.emit();
}

/** A gazetteer alias that matched only weakly at word i (किम, शी), kept until the document is read. */
interface WeakHit {
  i: number;
  c: Cand;
  titled: boolean;
}

/** A name the document (or the corpus) has found, looked for again in pass 2. */
interface DocName {
  keys: string[];
  type: EntityType;
  key: string;
  canonical: string;
  /** `corpus` for names passed in from other articles. */
  from?: string;
}

/** Nothing found at or after a cursor position on the same line. */
const NONE = 1 << 30;

/**
 * One document's recognition: its words, the spans found so far and the state the passes share.
 * The passes are methods of their own (not one long function), so that the optimising compiler
 * works on each separately: a rarely taken branch that deoptimises one pass leaves the others
 * optimised, and each recompiles quickly.
 */
class Recognition {
  readonly found: Found[] = [];
  readonly weakHits: WeakHit[] = [];
  /** Register identities found in pass 1 (a weak alias of one of them counts in the document). */
  readonly seenIds = new Set<string>();
  /** Unknown acronyms read after their expansion in this document (see acronymType). */
  readonly acronymVerdicts = new Map<string, EntityType | null>();
  // Pass-1 cursors (see firstPass): the next head-flagged word (cue 2), the next connector (ऑफ,
  // फॉर: cue 512) and the next line break at or after the word being read.
  headPos = -1;
  connPos = -1;
  brkPos = -1;
  // Pass 2: names of the document by their first key, and the script bridge, built on demand.
  readonly docByFirst = new Map<string, DocName[]>();
  readonly docSeen = new Set<string>();
  latinBridge: Map<string, DocName> | undefined = undefined;

  constructor(
    readonly text: string,
    readonly ws: W[],
    readonly T: Tables,
  ) {}

  assign(f: Found): void {
    const ws = this.ws;
    // A span found by a rule takes its identity only when it is kept (see ruleFound).
    if (f.key === '') {
      const k = this.keyOf(f.i, f.n);
      const c = this.T.byKey.get(k);
      if (c && c.type === f.type) {
        f.key = c.id;
        f.canonical = c.canonical;
      } else {
        f.key = k;
        f.canonical = this.surfaceOf(f.i, f.n);
      }
    }
    const idx = this.found.length;
    this.found.push(f);
    for (let j = f.i; j < f.i + f.n; j++) ws[j].span = idx;
  }

  keyOf(i: number, n: number): string {
    const ws = this.ws;
    let s = ws[i].key;
    for (let j = i + 1; j < i + n; j++) s += ' ' + ws[j].key;
    return s;
  }

  surfaceOf(i: number, n: number): string {
    return this.text.slice(this.ws[i].tok.start, this.ws[i + n - 1].tok.end);
  }

  /**
   * The type of an unknown spelt-out acronym at i. Written in brackets after its expansion
   * (`राष्ट्रीय कंपनी कानून अधिकरण ( एनसीएलटी )`), it takes the expansion's reading: an
   * organisation or place found there, or an organisation head among its last words; an
   * expansion without one names a scheme, a document or a concept (`सतत विकास लक्ष्य ( एसडीजी )`),
   * no entity. The verdict holds for the acronym's later mentions in the document; elsewhere an
   * acronym is an organisation, as in news it mostly is.
   */
  acronymType(i: number, key: string): EntityType | null {
    const ws = this.ws;
    const open = ws[i - 1];
    const close = ws[i + 1];
    const last = ws[i - 2];
    // In brackets after its expansion the expansion decides: an organisation only if it is one or
    // has an organisation head. After यानी/अर्थात it abbreviates what precedes, which may be a
    // name without a head (तमिल टाइगर यानी एलटीटीटी): only a word for a thing or a scheme there
    // makes it no organisation (नेशनल सेविंग सर्टिफिकेट यानी एनएससी).
    const bracketed = !!open && !!close && open.tok.text === '(' && (close.tok.text === ')' || close.tok.text === '-');
    const glossed = !!open && !!last && !ws[i].brk && GLOSS_WORDS.has(open.key) && (THING_NOUNS.has(last.key) || SCHEME_NOUNS.has(last.key));
    if (open && last && (bracketed || glossed) && !open.brk && WORDISH.has(last.tok.kind)) {
      let verdict: EntityType | null = null;
      if (last.span >= 0) {
        const t = this.found[last.span].type;
        verdict = t === 'ORGANIZATION' || t === 'LOCATION' ? t : null;
      } else {
        for (let j = i - 2; j >= 0 && j >= i - 9; j--) {
          const x = ws[j];
          if (x.tok.kind === 'punct' || x.occ) break;
          if ((x.f & F_ORG_HEAD) !== 0 || (x.tok.kind === 'latin' && this.T.latinOrgHeads.has(x.key))) {
            verdict = 'ORGANIZATION';
            break;
          }
          if (x.brk) break;
        }
      }
      this.acronymVerdicts.set(key, verdict);
      return verdict;
    }
    const known = this.acronymVerdicts.get(key);
    return known === undefined ? 'ORGANIZATION' : known;
  }

  /**
   * The word joined by a hyphen before the word at t (a spaced dash in the stream, or a hyphen
   * glued between the two tokens, which the stream leaves out), or -1.
   */
  hyphenBefore(t: number): number {
    const ws = this.ws;
    const d = ws[t - 1];
    if (!d || ws[t].brk) return -1;
    if (d.tok.kind === 'punct') return isDashText(d.tok.text) && !d.brk && t >= 2 && ws[t - 2].tok.kind === 'deva' ? t - 2 : -1;
    const c = this.text.charCodeAt(d.tok.end);
    return d.tok.kind === 'deva' && ws[t].tok.start === d.tok.end + 1 && (c === 0x2d || c === 0x2010 || c === 0x2011) ? t - 1 : -1;
  }

  /** Pass 1: left to right, longest candidate wins at each position. */
  firstPass(): void {
    const ws = this.ws;
    for (let i = 0; i < ws.length; i++) {
      if (!free(ws, i)) continue;
      const w = ws[i];
      // Numbers can start names (जी-20 is keyed on जी; 9/11 on 9); punctuation starts none.
      if (w.tok.kind === 'punct') continue;
      // Fast path: most words start nothing. A word matters if it starts a gazetteer entry, follows
      // a title, is a given name, letter name or modifier, is Latin, or a head follows within four
      // words. Function words and other non-names start nothing.
      if (w.tok.kind === 'deva' && !(w.cue & 28)) {
        if (w.cue & 32) continue;
        if (!(ws[i - 1] && ws[i - 1].cue & 1) && !(ws[i + 1] && ws[i + 1].cue & 64) && !(w.cue & 128) && !headWithinFour(ws, i)) continue;
      } else if (((w.f & POSTPOSITION_LETTER) === POSTPOSITION_LETTER || (w.tok.kind === 'deva' && (w.cue & ALIAS_START_ONLY) === 48)) && !w.dot && !letterOrAliasNext(ws, i)) {
        // A postposition that is also a letter name (के, a quarter of the words this pass would
        // read) starts a name only as an initial (के सी चक्रवर्ती) or as the first word of a listed
        // name (के चंद्रशेखर राव); a word never part of a name that starts listed names (नई, देश)
        // only as one of them (नई दिल्ली). Before any other word they are read no further.
        continue;
      }
      i = this.readAt(i);
    }
  }

  /** Reads the candidates starting at word i; returns the index of the last word it consumed. */
  readAt(i: number): number {
    const ws = this.ws;
    const T = this.T;
    const w = ws[i];
    let strong = gazetteerAt(ws, i, T);
    const weak = lastWeak;
    // A known acronym right after a number is a unit there (2.4 टीएमसी of water, not the party).
    if (strong && strong.type === 'ORGANIZATION' && strong.keys.length === 1 && (w.cue & 128) !== 0 && (afterNumber(ws, i) || thingAfter(ws, i, 1))) strong = undefined;
    const best: Found[] = [];
    if (strong) best.push({ i, n: strong.keys.length, type: strong.type, key: strong.id, canonical: strong.canonical, source: strong.source });
    const kLen = strong ? strong.keys.length : 0;
    const kType = strong?.type;
    if (w.tok.kind === 'deva') this.headRules(i, strong, best);
    // A title before this word: राष्ट्रपति X, डॉ. X.
    const prev = ws[i - 1];
    const titled = !!prev && !w.brk && (prev.cue & 1) !== 0 && (prev.tok.kind !== 'latin' || isLatinCap(prev.tok));
    this.nameRules(i, strong, titled, best);
    if (best.length === 0) {
      if (weak) this.weakHits.push({ i, c: weak, titled });
      return i;
    }
    return this.keepBest(i, best, strong !== undefined, kLen, kType);
  }

  /** Organisations, places and events found by their heads, compass regions and governments. */
  headRules(i: number, strong: Cand | undefined, best: Found[]): void {
    const ws = this.ws;
    const T = this.T;
    const w = ws[i];
    const kLen = strong ? strong.keys.length : 0;
    const kType = strong?.type;
    const directHead = kType === 'ORGANIZATION' && ws[i + kLen] && free(ws, i + kLen) && !ws[i + kLen].brk && (ws[i + kLen].f & F_ORG_HEAD) !== 0 && (ws[i + kLen].f & F_ORG_MOD) === 0;
    // Organisation and place heads are flagged words (cue 2): without one close enough on the
    // line, neither rule can match. Pass 1 asks in increasing i, so cursors that only move forward
    // answer it: the first head and the first connector at or after i, and the first line break
    // after i (no array a document, and no pass over the words that start nothing).
    if (this.brkPos <= i) {
      let b = i + 1;
      while (b < ws.length && !ws[b].brk) b++;
      this.brkPos = b;
    }
    if (this.headPos < i) {
      let h = i;
      while (h < ws.length && !(ws[h].cue & 2)) h++;
      this.headPos = h;
    }
    if (this.connPos < i) {
      let c = i;
      while (c < ws.length && !(ws[c].cue & 512)) c++;
      this.connPos = c;
    }
    const headAt = this.headPos < this.brkPos ? this.headPos : NONE;
    const connectorAt = this.connPos < this.brkPos ? this.connPos : NONE;
    const headSoon = headAt - i <= kLen + 7;
    const oLen = directHead
      ? kLen + 1
      : kType === 'ORGANIZATION'
        ? headSoon
          ? bodyOfKnownOrg(ws, i, kLen, T)
          : 0
        : !headSoon || kType === 'EVENT' || (kType === 'LOCATION' && placeBeforeEnglishName(ws, i))
          ? 0
          : kType === 'NORP'
            ? (w.f & F_ORG_MOD) !== 0 || TRANSLITERATED_ADJECTIVE.test(w.key)
              ? orgByHead(ws, i, T, 0)
              : 0
            : orgByHead(ws, i, T, kLen);
    if (oLen > kLen) best.push(ruleFound(i, oLen, 'ORGANIZATION', 'head'));
    const lLen = headSoon ? locByHead(ws, i, T, kLen, kType) : 0;
    if (lLen > kLen) best.push(ruleFound(i, lLen, 'LOCATION', 'head'));
    const [tLen, tType] = connectorAt - i < 9 ? transliterated(ws, i, T) : NO_NAME;
    if (tLen > kLen && tType) best.push(ruleFound(i, tLen, tType, 'head'));
    const eLen = eventByHead(ws, i, T, kLen, kType);
    if (eLen > kLen) best.push(ruleFound(i, eLen, 'EVENT', 'head'));
    // A compass region of a known place: दक्षिण भारत, उत्तरी युगांडा, पश्चिमी जर्मनी.
    if ((!strong || (strong.type === 'NORP' && kLen === 1)) && (w.f & F_DIRECTION) !== 0 && ws[i + 1] && !ws[i + 1].brk && free(ws, i + 1)) {
      // Two compass words joined by a hyphen, glued or spaced, make one direction
      // (दक्षिण-पश्चिमी अमेरिका, उत्तर - पूर्वी भारत).
      let j = i + 1;
      const k = ws[j].tok.kind === 'punct' ? j + 1 : j;
      if (ws[k] && (ws[k].f & F_DIRECTION) !== 0 && this.hyphenBefore(k) === i && ws[k + 1] && !ws[k + 1].brk && free(ws, k + 1)) j = k + 1;
      const p = free(ws, j) ? gazetteerAt(ws, j, T) : undefined;
      if (p && p.type === 'LOCATION') best.push(ruleFound(i, j - i + p.keys.length, 'LOCATION', 'head'));
    }
    // A place's government is a named body: भारत सरकार, बिहार सरकार, केंद्र सरकार.
    const gov = kType === 'LOCATION' ? i + kLen : !strong && (w.f & F_GOVERNMENT_SEAT) !== 0 ? i + 1 : -1;
    if (gov > 0 && ws[gov] && free(ws, gov) && !ws[gov].brk && ws[gov].key === GOVERNMENT) best.push(ruleFound(i, gov + 1 - i, 'ORGANIZATION', 'head'));
  }

  /**
   * Places before a descriptor, people after a title or by their given name, surname or
   * initials, acronyms, Latin capitalisation, institutes by their campus and the agency credit.
   */
  nameRules(i: number, strong: Cand | undefined, titled: boolean, best: Found[]): void {
    const ws = this.ws;
    const T = this.T;
    const w = ws[i];
    // An unknown name before an administrative descriptor: धारी तहसील, मगध मंडल (descriptor outside).
    // (The descriptor is tested first: it is rare, the ending test is a regular expression.)
    const d = ws[i + 1];
    if (!strong && d !== undefined && (d.f & F_LOC_DESCRIPTOR) !== 0 && w.tok.kind === 'deva' && nameLike(w, T) && !/(?:ीय|िक|ित|े|ों|ां|ीं|ें|एं|[^्]कर|वर्ती|शील|पूर्ण|ता|ना)$/.test(w.key) && w.key.length > 1) {
      if (free(ws, i + 1) && !d.brk && !BROAD_DESCRIPTORS.has(d.key) && (w.f & F_GOVERNMENT_SEAT) === 0 && ((w.f & F_GIVEN) === 0 || UNITS_OF_ADMINISTRATION.has(d.key)) && !commonBeforeDescriptor(ws, i)) best.push(ruleFound(i, 1, 'LOCATION', 'head'));
    }
    if (titled && (!strong || strong.type === 'PERSON' || strong.keys.length === 0)) {
      const n = nameAfterTitle(ws, i - 1, T);
      if (n > 0 && !(strong && strong.type !== 'PERSON')) best.push(ruleFound(i, n, 'PERSON', 'title'));
    }
    if (!strong) this.unknownNameRules(i, titled, best);
    // An institute of a national system named by its campus: आईआईटी दिल्ली, आईआईएम अहमदाबाद.
    if (w.tok.kind === 'deva' && (w.f & F_INSTITUTE) !== 0 && ws[i + 1] && free(ws, i + 1) && !ws[i + 1].brk) {
      const p = gazetteerAt(ws, i + 1, T);
      if (p && p.type === 'LOCATION') best.push(ruleFound(i, 1 + p.keys.length, 'ORGANIZATION', 'head'));
    }
    // A news agency credit: (भाषा), पीटीआई-भाषा. The word is too common to be a name elsewhere.
    if (best.length === 0 && w.key === AGENCY_KEY) {
      const p = ws[i - 1];
      const nx = ws[i + 1];
      if (p && ((p.tok.text === '(' && nx?.tok.text === ')') || (p.key === 'पीटीआई' && w.tok.start - p.tok.end === 1))) {
        const c = T.byKey.get(AGENCY_KEY);
        best.push({ i, n: 1, type: 'ORGANIZATION', key: c?.id ?? AGENCY_KEY, canonical: c?.canonical ?? AGENCY_CREDIT, source: 'register' });
      }
    }
  }

  /** Rules for a word that starts no gazetteer name: people, acronyms and Latin names. */
  unknownNameRules(i: number, titled: boolean, best: Found[]): void {
    const ws = this.ws;
    const T = this.T;
    const w = ws[i];
    const us = nameFromSurname(ws, i, T);
    if (us > 0) best.push(ruleFound(i, us, 'PERSON', 'surname'));
    const gn = nameFromGiven(ws, i, T);
    if (gn > 0) best.push(ruleFound(i, gn, 'PERSON', 'given-name'));
    const ini = nameFromInitials(ws, i, T);
    if (ini > 0) best.push(ruleFound(i, ini, 'PERSON', 'initials'));
    if (w.tok.kind === 'deva' && (w.f & F_NON_ACRONYM) === 0 && (w.cue & 128) !== 0 && !unitOrScheme(ws, i, T)) {
      const t = this.acronymType(i, w.key);
      if (t) best.push(ruleFound(i, 1, t, 'acronym'));
    }
    if (w.tok.kind === 'latin') {
      const run = latinRun(ws, i, T);
      const glued = ws[i + 1] && ws[i + 1].tok.start === w.tok.end && (ws[i + 1].tok.kind === 'number' || ws[i + 1].tok.text === '-');
      if (run === 1 && isAllCaps(w.tok) && glued) {
        // An identifier such as LVM3 or PSLV-C60, not an organisation.
      } else if (run === 1 && isAllCaps(w.tok) && w.tok.text.length >= 2 && w.tok.text.length <= 7 && !T.latinNonAcronyms.has(w.tok.text)) {
        best.push(ruleFound(i, 1, 'ORGANIZATION', 'acronym'));
      } else if (run >= 1) {
        // Type from the last word; else PERSON after a title or for 2–3 word names; else leave for later.
        const last = ws[i + run - 1].tok.text.toLowerCase();
        if (T.latinOrgHeads.has(last) || T.latinOrgHeads.has(ws[i].tok.text.toLowerCase())) best.push(ruleFound(i, run, 'ORGANIZATION', 'capitalised'));
        else if (T.latinLocHeads.has(last)) best.push(ruleFound(i, run, 'LOCATION', 'capitalised'));
        else if (titled) best.push(ruleFound(i, run, 'PERSON', 'title'));
        else if (run >= 2 && run <= 4 && !anyAllCaps(ws, i, run)) best.push(ruleFound(i, run, 'PERSON', 'capitalised'));
      }
    }
  }

  /**
   * Keeps the longest candidate at i unless the context makes it no name; returns the index of
   * the last word consumed.
   */
  keepBest(i: number, best: Found[], isStrong: boolean, kLen: number, kType: EntityType | undefined): number {
    const ws = this.ws;
    const w = ws[i];
    let pick = best[0];
    for (let b = 0; b < best.length; b++) if (best[b].n > pick.n) pick = best[b];
    // An organisation found by its head after a determiner is a common noun phrase (एक यूनिवर्सल
    // बैंक, अन्य शिक्षण संस्थान, भारत की प्रमुख आवास वित्त कंपनी), unless it is a longer national
    // name (एक राष्ट्रीय भर्ती एजेंसी का गठन); any organisation before the word for an act names
    // the law (राष्ट्रीय आवास बैंक अधिनियम, सेबी एक्ट), no body.
    const common = pick.source === 'head' && ((i > 0 && !w.brk && DETERMINERS.has(ws[i - 1].key) && (pick.n <= 2 || !NATIONAL.has(w.key))) || (!isStrong && KIND_QUALIFIERS.has(w.key)) || (pick.type === 'ORGANIZATION' && onlyKindWords(ws, i, pick.n)));
    if (pick.type === 'ORGANIZATION' && (common || lawAfter(ws, pick.i + pick.n))) return i + pick.n - 1;
    // A known place in the title of a law or of a scheme (रोम संविधि, स्वच्छ भारत अभियान, डिजिटल
    // इंडिया मिशन) names the document or the programme, not the place.
    if (pick.type === 'LOCATION' && pick.n === kLen && pick.source !== 'head' && (lawSoon(ws, pick.i + pick.n) || inSchemeName(ws, pick.i, pick.n) || languageAfter(ws, pick.i + pick.n))) return i + pick.n - 1;
    // A house before निर्वाचन क्षेत्र or सीट names a constituency, not the body: the house and
    // what follows describe the place before them (अजमेर in अजमेर लोकसभा सीट, as धारी in धारी
    // तहसील), and alone (एक लोकसभा क्षेत्र) they are no entity.
    if (pick.type === 'ORGANIZATION' && constituencyAfter(ws, pick.i + pick.n) && HOUSES.has(ws[pick.i + pick.n - 1].key)) {
      if (kType !== 'LOCATION' || pick.n <= kLen) return i + pick.n - 1;
      pick = best[0];
    }
    // Name words joined by a hyphen before an organisation found by its head belong to its name
    // (मल्टी-लेट्रल डेवलपमेंट बैंक, गांधी - किंग डेवलपमेंट फाउंडेशन), as the hyphen puts it.
    if (pick.type === 'ORGANIZATION' && pick.source === 'head' && pick.i === i && !w.cands && (w.f & (F_ORG_MOD | F_ORG_HEAD)) === 0) {
      let t = i;
      let h = this.hyphenBefore(t);
      if (h < 0 && hyphenNameWord(ws, t - 1) && !w.brk) {
        h = this.hyphenBefore(t - 1);
        if (h >= 0) t--;
      }
      // A plural before a dash is a list or a heading (दो टीकों - सीरम इंस्टीट्यूट …), no name word.
      if (h >= 0 && hyphenNameWord(ws, h) && (ws[h].f & F_PLURAL_OBLIQUE) === 0 && !ws[h].key.endsWith('ों')) pick = ruleFound(h, i + pick.n - h, 'ORGANIZATION', 'head');
    }
    this.assign(pick);
    if (pick.key.includes(':')) this.seenIds.add(pick.key);
    return pick.i + pick.n - 1;
  }

  /**
   * A word in brackets right after a body's name of two or more words is its abbreviation, and the
   * same entity: `भारतीय लघु उद्योग विकास बैंक ( सिडबी )`, `शिक्षा वित्तपोषण एजेंसी ( हेफा )`. Spelt-out
   * letter names are read by the acronym rule already; this takes the abbreviations read as words.
   * A party's name takes its faction in brackets (`जनता दल ( यू )`, `… ( मार्क्सवादी )`), and a
   * letter name, an adjective or a common word in brackets is a gloss, not a name.
   */
  bracketedAbbreviations(): void {
    const ws = this.ws;
    const T = this.T;
    const n = this.found.length;
    for (let x = 0; x < n; x++) {
      const f = this.found[x];
      if (f.type !== 'ORGANIZATION' || f.n < 2) continue;
      const j = f.i + f.n;
      const open = ws[j];
      const a = ws[j + 1];
      const close = ws[j + 2];
      if (!open || !a || !close || open.tok.text !== '(' || close.tok.text !== ')' || open.brk || a.tok.kind !== 'deva' || a.brk || !free(ws, j + 1)) continue;
      // Not a title, a known name, a function word, a letter acronym (read in pass 1) or a word that
      // is not name-like; not a boundary word, a listed given name or surname, a modifier or a
      // known non-organisation acronym; not the short title of a law (… ( सरफेसी ) अधिनियम).
      if (PARTY_WORDS.has(ws[j - 1].key) || (a.cue & (1 | 16 | 32 | 128 | 256)) !== 0 || a.key.length < 3) continue;
      if ((a.f & (F_LETTER | F_ORG_MOD | F_NON_ACRONYM | F_BOUNDARY | F_GIVEN | F_SURNAME)) !== 0 || ADJECTIVE_ENDING.test(a.key) || lawAfter(ws, j + 3)) continue;
      this.assign({ i: j + 1, n: 1, type: 'ORGANIZATION', key: f.key, canonical: f.canonical, source: 'abbreviation' });
    }
  }

  /** Weak aliases (किम, शी): only when the entity is named in full in the document or titled here. */
  weakPass(): void {
    const ws = this.ws;
    // Indexed, as in emit: an empty list has another elements kind.
    for (let hi = 0; hi < this.weakHits.length; hi++) {
      const h = this.weakHits[hi];
      const n = h.c.keys.length;
      let ok = true;
      for (let j = h.i; j < h.i + n; j++) if (!free(ws, j)) ok = false;
      if (!ok || !(this.seenIds.has(h.c.id) || h.titled)) continue;
      this.assign({ i: h.i, n, type: h.c.type, key: h.c.id, canonical: h.c.canonical, source: 'register' });
    }
  }

  /** Names before verbs of speech, and unknown names in lists of places or of people. */
  listAndSpeechPass(): void {
    const ws = this.ws;
    // Companies of one group named side by side share their first word (सिनर्जी डोरे और सिनर्जी
    // कास्टिंग्स, टाटा पावर और टाटा मोटर्स): the member beside a found one is a company too.
    siblingCompanies(ws, this.T, this.found, (i, n) => this.assign(ruleFound(i, n, 'ORGANIZATION', 'head')));
    // A listed name alone as the subject of speech (शर्मा ने कहा, रंजीत ने, कुमार के अनुसार).
    namesBeforeSpeech(ws, (i) => this.assign(ruleFound(i, 1, 'PERSON', 'speech')));
    // Lists of places: an unknown name among places is a place (भंडारा , चंद्रपुर , गढ़चिरोली ,
    // गोंदिया और नागपुर), as the coordination puts it.
    let lists: [number, number][][] | undefined;
    const listsOfDocument = (): [number, number][][] => (lists ??= listsOf(ws));
    placesInLists(ws, this.T, this.found, (i, n) => this.assign(ruleFound(i, n, 'LOCATION', 'list')), listsOfDocument);
    // Lists of people likewise (जर्मेन कटंगा , ओकोट ओडिंबो और डोमिनिक ओंग्वें among named people).
    placesInLists(ws, this.T, this.found, (i, n) => this.assign(ruleFound(i, n, 'PERSON', 'list')), listsOfDocument, 'PERSON');
    this.placesBeforeTheirRegion();
  }

  /**
   * A town followed by its state or country in brackets (मोरेह ( मणिपुर ), तमू ( म्यांमार )): an
   * unknown name-like word alone before a bracketed known place is a place. The word must
   * start its phrase (after a line start, punctuation or a function word), so the last word of a
   * longer name (इंडियन इम्यूनोलॉजिकल्स ( हैदराबाद )) is not taken. Reads the places found only.
   */
  placesBeforeTheirRegion(): void {
    const ws = this.ws;
    const found = this.found;
    const n = found.length;
    for (let x = 0; x < n; x++) {
      const f = found[x];
      if (f.type !== 'LOCATION' || f.source === 'head' || f.source === 'list') continue;
      const open = ws[f.i - 1];
      const close = ws[f.i + f.n];
      const t = f.i - 2;
      if (!open || !close || open.tok.text !== '(' || close.tok.text !== ')' || t < 0 || open.brk || ws[f.i].brk) continue;
      const w = ws[t];
      if (!free(ws, t) || w.tok.kind !== 'deva' || !nameLike(w, this.T) || (w.cue & (16 | 128)) !== 0 || (w.f & (F_GIVEN | F_SURNAME)) !== 0 || w.key.length < 3 || /(?:ीय|िक|ित|े|ों|ां|ीं|ता|ना)$/.test(w.key)) continue;
      const p = ws[t - 1];
      if (p && !w.brk && p.tok.kind !== 'punct' && (p.f & F_BOUNDARY) === 0 && (p.cue & 32) === 0) continue;
      this.assign(ruleFound(t, 1, 'LOCATION', 'list'));
    }
  }

  addDoc(keys: string[], type: EntityType, key: string, canonical: string, from: string | undefined): void {
    if (keys.length === 0) return;
    const whole = keys.join(' ');
    if (this.docSeen.has(whole)) return;
    this.docSeen.add(whole);
    let list = this.docByFirst.get(keys[0]);
    if (!list) this.docByFirst.set(keys[0], (list = []));
    list.push({ keys, type, key, canonical, from });
  }

  /**
   * Whether a free capitalised Latin word is left, or a span was found by capitalisation (no span
   * is assigned between here and the propagation, so it is worked out only when that has no other
   * work).
   */
  hasLatin(): boolean {
    const ws = this.ws;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (w.span < 0 && !w.occ && w.tok.kind === 'latin' && isUpper(w.tok.text.charCodeAt(0)) && !this.T.latinStop.has(w.tok.text)) return true;
    }
    for (let x = 0; x < this.found.length; x++) if (this.found[x].source === 'capitalised') return true;
    return false;
  }

  /** The script bridge (Latin ↔ Devanagari spellings), built only when a document needs it. */
  bridge(): Map<string, DocName> {
    if (this.latinBridge) return this.latinBridge;
    const ws = this.ws;
    const latinBridge = (this.latinBridge = new Map());
    // Only entities whose first letter class matches a Latin name of this document are read
    // through the (slow) transliteration.
    const initials = new Set<string>();
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (w.tok.kind === 'latin' && isUpper(w.tok.text.charCodeAt(0))) {
        const c = latinKey(w.tok.text)[0];
        if (c) initials.add(c);
      }
    }
    for (let x = 0; x < this.found.length; x++) {
      const f = this.found[x];
      const firstOk = initials.has(latinInitial(ws[f.i].tok.text) ?? '');
      const lastOk = f.n >= 2 && initials.has(latinInitial(ws[f.i + f.n - 1].tok.text) ?? '');
      if (!firstOk && !lastOk) continue;
      // Gazetteer places and organisations have their Latin names in the gazetteer already.
      if (f.type !== 'PERSON' && ((f.type !== 'ORGANIZATION' && f.type !== 'LOCATION') || f.source === 'country' || f.source === 'city' || f.source === 'state' || f.source === 'register')) continue;
      if (ws[f.i].tok.kind === 'latin') continue;
      const keys: string[] = [];
      for (let j = f.i; j < f.i + f.n; j++) keys.push(ws[j].key);
      const lk = latinKey(this.surfaceOf(f.i, f.n));
      if (lk && !latinBridge.has(lk)) latinBridge.set(lk, { keys, type: f.type, key: f.key, canonical: f.canonical });
      if (f.type === 'PERSON' && f.n >= 2) {
        const lastK = latinKey(ws[f.i + f.n - 1].tok.text);
        if (lastK && !latinBridge.has(lastK)) latinBridge.set(lastK, { keys: [keys[keys.length - 1]], type: f.type, key: f.key, canonical: f.canonical });
      }
    }
    return latinBridge;
  }

  /**
   * Pass 2: document propagation. Names found by a cue are found again elsewhere; a surname
   * attaches to the full name; names known from other articles are found too.
   */
  propagate(known: FindEntitiesOptions['known']): void {
    const ws = this.ws;
    const T = this.T;
    const found = this.found;
    /** All-caps Latin acronyms read as words, by their lower-cased letters: IBSA → इब्सा. */
    const acronymWords = new Map<string, DocName>();
    const acronymLens = new Set<number>();
    /** The same by their skeletons (first letter and consonants), where they have three consonants. */
    const acronymSkeletons = new Map<string, DocName>();
    for (let x = 0; x < found.length; x++) {
      const f = found[x];
      const fromGazetteer = f.source === 'register' || f.source === 'country' || f.source === 'city' || f.source === 'state' || f.source === 'demonym';
      if (fromGazetteer && !(f.type === 'PERSON' && f.n >= 2) && !(f.n === 1 && ws[f.i].tok.kind === 'latin')) continue;
      const keys: string[] = [];
      for (let j = f.i; j < f.i + f.n; j++) keys.push(ws[j].key);
      // A word of two letters in -ी or -े is mostly a verb form or particle elsewhere (ली, दी): it
      // is not found again alone.
      if (!fromGazetteer && !(f.n === 1 && shortVowelWord(keys[0]))) this.addDoc(keys, f.type, f.key, f.canonical, undefined);
      if (f.type === 'PERSON' && f.n >= 2) {
        const last = keys[keys.length - 1];
        // Nor a last word that is an everyday word or an ambiguous given name (राय opinion, कृष्णा
        // the river and district): alone elsewhere it is mostly that.
        const lw = ws[f.i + f.n - 1];
        if (lw.tok.kind === 'deva' && !T.nonName.has(last) && !GENERIC_SURNAMES.has(last) && !T.letterSet.has(last) && last.length > 1 && !shortVowelWord(last) && !WORD_NAMES.has(last) && (lw.f & F_AMBIGUOUS_GIVEN) === 0) this.addDoc([last], f.type, f.key, f.canonical, undefined);
        if (ws[f.i + f.n - 1].tok.kind === 'latin' && isLatinCap(ws[f.i + f.n - 1].tok)) this.addDoc([last], f.type, f.key, f.canonical, undefined);
      }
      if (f.n === 1 && isAllCaps(ws[f.i].tok) && ws[f.i].tok.text.length >= 3) {
        const a = ws[f.i].tok.text.toLowerCase();
        const d = { keys, type: f.type, key: f.key, canonical: f.canonical };
        acronymWords.set(a, d);
        // Read as a word, an acronym's vowels vary in Devanagari (ISTRAC, इस्ट्रैक): its first letter
        // and consonants also find it, when there are at least three consonants to compare.
        // The lengths of the Devanagari words that may spell it (a cheap filter): from its length,
        // or its skeleton's, to twice its length.
        const sk = skeleton(a);
        if (sk.length >= 4) acronymSkeletons.set(sk, d);
        for (let x = sk.length >= 4 ? sk.length : a.length; x <= 2 * a.length + 2; x++) acronymLens.add(x);
      }
    }
    // First Devanagari letters whose reading starts like one of the acronyms (a cheap filter).
    const acronymFirst = new Set<number>();
    if (acronymWords.size > 0) {
      const firsts = new Set<string>();
      for (const a of acronymWords.keys()) firsts.add(a[0]);
      for (const [d, l] of VOWEL_READ_ENTRIES) if (l && firsts.has(l[0]) && d.length === 1) acronymFirst.add(d.charCodeAt(0));
    }
    if (known) for (const k of known) this.addDoc(nameKeys(k.text), k.type, k.key, k.canonical, 'corpus');
    // Spans found in pass 1 by weak capitalisation get their identity from the bridge.
    for (let x = 0; x < found.length; x++) {
      const f = found[x];
      if (f.source === 'capitalised' && !f.key.includes(':')) {
        const b = this.bridge().get(latinKey(this.surfaceOf(f.i, f.n)));
        if (b && b.key !== f.key) {
          f.type = b.type;
          f.key = b.key;
          f.canonical = b.canonical;
        }
      }
    }
    // Rule-found short mentions (a bare surname after a title) take the full name's identity.
    const personByLast = new Map<string, Found>();
    for (let x = 0; x < found.length; x++) {
      const f = found[x];
      if (f.type === 'PERSON' && f.n >= 2) personByLast.set(ws[f.i + f.n - 1].key, f);
    }
    for (let x = 0; x < found.length; x++) {
      const f = found[x];
      if (f.type === 'PERSON' && f.n === 1 && !f.key.includes(':')) {
        const full = personByLast.get(ws[f.i].key);
        if (full) {
          f.key = full.key;
          f.canonical = full.canonical;
        }
      }
    }
    if (this.docByFirst.size > 0 || acronymWords.size > 0 || this.hasLatin()) this.findAgain(acronymWords, acronymSkeletons, acronymFirst, acronymLens);
  }

  /** The mentions pass 2 looks for: document names, acronyms read as words, Latin spellings. */
  findAgain(acronymWords: Map<string, DocName>, acronymSkeletons: Map<string, DocName>, acronymFirst: Set<number>, acronymLens: Set<number>): void {
    const ws = this.ws;
    const T = this.T;
    for (let i = 0; i < ws.length; i++) {
      if (!free(ws, i) || ws[i].cue & 32 || ws[i].tok.kind === 'punct') continue;
      const list = this.docByFirst.get(ws[i].key);
      let done = false;
      if (list) {
        let pick: DocName | undefined;
        for (let x = 0; x < list.length; x++) {
          const d = list[x];
          if (pick && d.keys.length <= pick.keys.length) continue;
          let ok = i + d.keys.length <= ws.length;
          for (let j = 0; ok && j < d.keys.length; j++) {
            const w = ws[i + j];
            if (!free(ws, i + j) || w.key !== d.keys[j] || (j > 0 && w.brk)) ok = false;
          }
          if (ok) pick = d;
        }
        // A one-word mention must stand as a name: closed by a postposition or punctuation.
        if (pick && (pick.keys.length > 1 || closes(ws, i + 1, T) || ws[i].tok.kind === 'latin')) {
          this.assign({ i, n: pick.keys.length, type: pick.type, key: pick.key, canonical: pick.canonical, source: pick.from ?? 'document' });
          i += pick.keys.length - 1;
          done = true;
        }
      }
      if (!done && acronymWords.size > 0 && ws[i].tok.kind === 'deva' && acronymFirst.has(ws[i].key.charCodeAt(0)) && acronymLens.has(ws[i].key.length) && nameLike(ws[i], T) && (ws[i].cue & 16) === 0) {
        const reading = vowelKey(ws[i].tok.text);
        const b = acronymWords.get(reading) ?? (acronymSkeletons.size > 0 ? acronymSkeletons.get(skeleton(reading)) : undefined);
        if (b) {
          this.assign({ i, n: 1, type: b.type, key: b.key, canonical: b.canonical, source: 'document' });
          done = true;
        }
      }
      if (!done && ws[i].tok.kind === 'latin' && isLatinCap(ws[i].tok)) {
        const run = latinRun(ws, i, T);
        const b = run > 0 ? this.bridge().get(latinKey(this.surfaceOf(i, run))) : undefined;
        if (b) {
          this.assign({ i, n: run, type: b.type, key: b.key, canonical: b.canonical, source: 'document' });
          i += run - 1;
        }
      }
    }
  }

  /** The spans, in order of their first words, each widened to whole grapheme clusters. */
  emit(): Span[] {
    const ws = this.ws;
    const text = this.text;
    const found = this.found;
    const spans: Span[] = [];
    // In order of their first words (a stable sort; most documents' spans are in order already).
    let inOrder = true;
    for (let x = 1; x < found.length && inOrder; x++) if (found[x].i < found[x - 1].i) inOrder = false;
    // Array.prototype.sort is stable; slice keeps the array's elements kind, and the loop is indexed,
    // so the optimised code sees one kind of array whatever the document (a for-of here deoptimised
    // the whole recogniser over and over when it met a holey or empty array).
    const ordered = inOrder ? found : found.slice().sort((a, b) => a.i - b.i);
    for (let oi = 0; oi < ordered.length; oi++) {
      const f = ordered[oi];
      // An epithet read as part of the name comes into its span (लोकमान्य तिलक, गुरु नानक).
      const ep = f.type === 'PERSON' && f.i > 0 && !ws[f.i].brk && free(ws, f.i - 1) && EPITHETS.has(ws[f.i - 1].key) ? ws[f.i - 1] : undefined;
      const start = ep ? ep.tok.start : ws[f.i].tok.start;
      let end = ws[f.i + f.n - 1].tok.end;
      if (!isClusterBoundary(text, end)) {
        while (end < text.length && !isClusterBoundary(text, end)) end++;
      }
      if (end <= start) continue;
      const prev = spans[spans.length - 1];
      if (prev && prev.end > start) continue;
      spans.push({ type: f.type, start, end, text: text.slice(start, end), value: '', key: f.key, canonical: f.canonical, source: f.source });
    }
    return spans;
  }
}

/** Heads of party names, which take a faction in brackets (जनता दल ( यू )). */
const PARTY_WORDS = new Set(['पार्टी', 'दल', 'कांग्रेस', 'मोर्चा'].map((w) => matchKey(w)));

/**
 * Endings of adjectives, participles, verb forms and words for a doctrine, which no abbreviation
 * has (राष्ट्रीय, आर्थिक, प्रस्तावित, मार्क्सवादी).
 */
const ADJECTIVE_ENDING = /(?:ीय|िक|ित|ों|ां|ीं|ाएं|ता|ना|ने|ती|ते|या|ये|वादी|वादियों)$/;

/** A letter name that is also a boundary word (के): see firstPass. */
const POSTPOSITION_LETTER = F_COMMON_LETTER | F_BOUNDARY;

/**
 * Cue bits of a word that is never part of a name (32) but starts a listed name (16), with no
 * other cue (title, head, modifier, letter or given name, surname, acronym): देश, पहले, आप.
 * Masked, it equals 48 for such a word.
 */
const ALIAS_START_ONLY = 1 | 2 | 4 | 8 | 16 | 32 | 64 | 128;

/**
 * Whether a name may start at word i, which starts only listed names: it is one itself (a
 * one-word listed name), a title precedes it, or the next word on its line is a letter name or the
 * second word of one of the listed names that start with it.
 */
function letterOrAliasNext(ws: W[], i: number): boolean {
  const n = ws[i + 1];
  const p = ws[i - 1];
  const cands = ws[i].cands;
  if (p && (p.cue & 1) !== 0) return true;
  const next = !!n && !n.brk;
  if (next && (n.f & F_LETTER) !== 0) return true;
  if (cands) {
    for (let k = 0; k < cands.length; k++) {
      const keys = cands[k].keys;
      if (keys.length === 1 || (next && keys[1] === n.key)) return true;
    }
  }
  return false;
}

/** Whether a head-flagged word (cue 2) follows word i within four words on its line. */
function headWithinFour(ws: W[], i: number): boolean {
  for (let j = i + 1; j <= i + 4 && j < ws.length; j++) {
    if (ws[j].cue & 2) return true;
    if (ws[j].brk || ws[j].tok.kind === 'punct') return false;
  }
  return false;
}

/** Whether one of the n Latin words from i is written in capitals throughout. */
function anyAllCaps(ws: W[], i: number, n: number): boolean {
  for (let d = 0; d < n; d++) if (isAllCaps(ws[i + d].tok)) return true;
  return false;
}
