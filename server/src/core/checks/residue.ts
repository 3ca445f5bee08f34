import type { CoreEdit, Finding } from '../types';
import { CHECKS } from './table';

/**
 * Page residue left by scraping: site furniture lines, images and bare links, tag lists run
 * together, a byline glued to its logo's letter, a headline or paragraph repeated.
 * One pass over the lines; each finding can be removed by a safe fix.
 */

// Lines that are site furniture, compared after trimming and folding case; a trailing colon,
// dots or arrows are allowed (“Tags:”, “Loading...”, “ये भी पढ़ें:”).
const FURNITURE = [
  'loading', 'related posts', 'related post', 'related news', 'related articles', 'related stories', 'more from author',
  'more from the author', 'more stories', 'more news', 'tags', 'tag', 'similar news', 'read more', 'read also', 'also read',
  'advertisement', 'sponsored', 'share', 'share this', 'share this article', 'follow us', 'subscribe', 'comments',
  'leave a comment', 'trending', 'trending news', 'top headlines', 'latest news', 'recommended', 'you may also like',
  'ये भी पढ़ें', 'यह भी पढ़ें', 'इसे भी पढ़ें', 'ये भी पढ़े', 'यह भी पढ़े', 'इसे भी पढ़े', 'और पढ़ें', 'पूरी खबर पढ़ें',
  'ट्रेंडिंग न्यूज', 'ट्रेंडिंग न्यूज़', 'ट्रेंडिंग', 'टॉप हेडलाइंस', 'टॉप हेडलाइन्स', 'टॉप न्यूज', 'टॉप न्यूज़',
  'लेटेस्ट न्यूज', 'लेटेस्ट न्यूज़', 'संबंधित खबरें', 'सम्बंधित खबरें', 'संबंधित ख़बरें', 'विज्ञापन', 'टैग', 'टैग्स',
  'शेयर करें', 'फॉलो करें', 'कमेंट करें', 'मिलती जुलती खबरें', 'मिलती-जुलती खबरें',
];
const FURNITURE_SET = new Set(FURNITURE);
const FURNITURE_FIRST = new Set(FURNITURE.map((f) => f.charCodeAt(0)));

/** Whether the trimmed line `t` may fold to a furniture entry: its first letter, lowercased, starts one. */
function mayBeFurniture(t: string): boolean {
  let c = t.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  else if (c >= 0x80 && !(c >= 0x0900 && c <= 0x097f)) c = t[0].toLowerCase().charCodeAt(0);
  return FURNITURE_FIRST.has(c);
}
const TRAILER = /[\s:：\-–—.…।|>»→]+$/u;
// “Tags: a, b, c” and “टैग: …” lines carry the list after the colon.
const TAG_PREFIX = /^(?:tags?|टैग्?स?|टैग)\s*[:：]/i;
// “ये भी पढ़ें: <another headline>”, “Also Read - …”: a link to another story, with its title.
const READ_ALSO_PREFIX = /^(?:(?:ये|यह|इसे|इन्हें|ये\s+खबर)\s+भी\s+पढ़ें?|और\s+पढ़ें|also\s+read|read\s+also|read\s+more|must\s+read)\s*[:：\-–—|>»]/i;
// A line of hashtags only (#Delhi #Police): a tag list.
const HASHTAGS_ONLY = /^(?:#[^\s#]+[\s,]*){2,}$/u;
// A URL inside prose.
const URL = /\bhttps?:\/\/[^\s<>()“”"']+[^\s<>()“”"'.,;:!?।]/g;
const MD_IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const URL_ONLY = /^(?:<?https?:\/\/\S+>?|www\.\S+|\[[^\]\n]*\]\(https?:\/\/[^)\s]+\))$/i;
const SEPARATOR_ONLY = /^[|•·¦🏷️\s]+$/u;
// A lowercase letter glued to a capital that starts the next tag: “Ukraine warMilitary Cooperation”.
const GLUED_TAG = /[a-z][A-Z]/g;
// Names written in camel case, which are no sign of tags run together.
const CAMEL_WORDS = /\b(?:YouTube|WhatsApp|LinkedIn|iPhone|iPad|iOS|iMac|MacBook|PayPal|McDonald'?s?|McKinsey|PlayStation|BlackBerry|PhonePe|GooglePay|GoPro|FedEx|DeepMind|OpenAI|ChatGPT|IndiGo|SpiceJet|AirAsia|PhD|JioCinema|JioHotstar|DigiLocker|BharatPe|PowerPoint|JavaScript|TypeScript|GitHub|TikTok|SoftBank|BlackRock|HarperCollins|eBay|iQOO|OnePlus|RuPay|MasterCard|FireFox|DeepSeek|xAI|TeamViewer|SpaceX|NaMo|BrahMos|AstraZeneca|GlaxoSmithKline|ArcelorMittal|PepsiCo|ExxonMobil|UltraTech|HDFC|MahaRERA|UPSC|DoT|MoU|MeitY|PoK|LoC|LoK)\b/g;
// A short Devanagari name with one Latin capital glued to its end: “दैनिक खबरD”.
const BYLINE_LATIN_LOGO = /^(?:By:?\s+)?[A-Z][A-Za-z.'’\-]*(?: [A-Za-z.'’\-&]+){0,5}[a-z][A-Z]$/;
const CAMEL_END = /(?:YouTube|WhatsApp|LinkedIn|PayPal|GitHub|TikTok|SoftBank|BlackRock|eBay|OnePlus|RuPay|PhonePe|FedEx|GoPro|PhD|MoU|PoK|LoC|DoT)$/;
// Byline prefixes in Hindi (“रिपोर्ट:”, “द्वारा”) are allowed before a glued Devanagari name.
export const BYLINE_DEVA_LOGO = /^(?:[\u0900-\u0963\u0971-\u097F]+:\s*)?[\u0900-\u0963\u0971-\u097F]+(?: [\u0900-\u0963\u0971-\u097F]+){0,4}[A-Z]$/;
const SENTENCE_END = /[.!?।]["”’']?$/;

interface Line {
  start: number;
  end: number; // before the line break
  next: number; // after the line break
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i <= text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    const end = j > i && text[j - 1] === '\r' ? j - 1 : j;
    out.push({ start: i, end, next: Math.min(j + 1, text.length), text: text.slice(i, end) });
    if (j >= text.length) break;
    i = j + 1;
  }
  return out;
}

/** Removes the whole line with its line break. */
const dropLine = (l: Line): CoreEdit => ({ start: l.start, end: l.next, newText: '' });

function trimmedRange(l: Line): [number, number] {
  const lead = l.text.length - l.text.trimStart().length;
  const trail = l.text.length - l.text.trimEnd().length;
  return [l.start + lead, l.end - trail];
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A trimmed line as compared for repeats: its runs of spaces folded when it has a double space. */
const normalized = (t: string) => (t.includes('  ') ? fold(t) : t);

/** What `\s` matches. */
const isSpace = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * A short fingerprint of a trimmed line for finding repeats: a hash of its first and last twelve
 * characters that are not spaces. Folding spaces keeps those, so lines that compare equal after
 * `normalized` have the same fingerprint; lines with the same fingerprint are then compared in full.
 */
function fingerprint(t: string): number {
  let h = 0x811c9dc5;
  for (let i = 0, k = 0; i < t.length && k < 12; i++) {
    const c = t.charCodeAt(i);
    if (isSpace(c)) continue;
    h = Math.imul(h ^ c, 0x01000193);
    k++;
  }
  for (let i = t.length - 1, k = 0; i >= 0 && k < 12; i--) {
    const c = t.charCodeAt(i);
    if (isSpace(c)) continue;
    h = Math.imul(h ^ c, 0x01000193);
    k++;
  }
  return h & 0x3fffffff;
}

/** A line kept for finding repeats; its normalized text is worked out when another line has its fingerprint. */
interface Kept {
  index: number;
  t: string;
  norm?: string;
}

export function checkResidue(text: string): Finding[] {
  const out: Finding[] = [];
  const all = lines(text);
  const firstSeen = new Map<number, Kept[]>();
  let headlineSeen = false;
  for (let index = 0; index < all.length; index++) {
    const l = all[index];
    const t = l.text.trim();
    if (!t) continue;
    const c0 = t.charCodeAt(0);
    const latinStart = c0 < 0x0900;
    const short = t.length <= 40;
    if ((short && mayBeFurniture(t) && FURNITURE_SET.has(fold(t).toLowerCase().replace(TRAILER, ''))) || (c0 < 0x0a00 && t.length <= 300 && (TAG_PREFIX.test(t) || READ_ALSO_PREFIX.test(t)))) {
      add(out, l, 'boilerplateLine', `“${t}” is page furniture from the website, not part of the article. Remove the line.`, 'Remove this line');
      continue;
    }
    if (short && SEPARATOR_ONLY.test(t)) {
      add(out, l, 'boilerplateLine', `This line holds only separators (“${t}”), left over from the web page. Remove the line.`, 'Remove this line');
      continue;
    }
    const images = t.includes('![') ? [...t.matchAll(MD_IMAGE)] : [];
    if (images.length) {
      const rest = t.replace(MD_IMAGE, '').trim();
      if (!rest) add(out, l, 'image', `An image reference (${images[0][0].slice(0, 60)}) was copied with the text; an article file holds no images. Remove the line.`, 'Remove the image line');
      else {
        MD_IMAGE.lastIndex = 0;
        for (let m = MD_IMAGE.exec(l.text); m; m = MD_IMAGE.exec(l.text)) {
          const a = l.start + m.index;
          add(out, l, 'image', `An image reference (${m[0].slice(0, 60)}) was copied with the text. Remove it.`, 'Remove the image', [{ start: a, end: a + m[0].length, newText: '' }], a, a + m[0].length);
        }
      }
      continue;
    }
    if ((c0 === 0x68 || c0 === 0x48 || c0 === 0x77 || c0 === 0x57 || c0 === 0x5b || c0 === 0x3c) && URL_ONLY.test(t)) {
      add(out, l, 'bareLink', `A bare link (${t.slice(0, 80)}) stands on its own line: a share or navigation link from the page. Remove it, or cite the source in a sentence.`, 'Remove the link line');
      continue;
    }
    if (c0 === 0x23 && HASHTAGS_ONLY.test(t)) {
      add(out, l, 'tagList', `“${t.length > 60 ? t.slice(0, 57) + '…' : t}” is a list of the page's hashtags. Remove the line.`, 'Remove the tag list');
      continue;
    }
    if (t.includes('://')) {
      URL.lastIndex = 0;
      for (let m = URL.exec(l.text); m; m = URL.exec(l.text)) {
        const a = l.start + m.index;
        let b = a + m[0].length;
        let from = a;
        // Take a space with it so no double space is left behind.
        if (text[b] === ' ') b++;
        else if (text[a - 1] === ' ') from--;
        add(out, l, 'bareLink', `A bare link (${m[0].slice(0, 80)}) in the text: readers of the article cannot follow it. Remove it, or name the source in words.`, 'Remove the link', [{ start: from, end: b, newText: '' }], a, a + m[0].length, false); // the sentence may need rewording
      }
    }
    // A short byline or site name with the first letter of its logo glued on: “Dainik HawkD”.
    const last = t.charCodeAt(t.length - 1);
    if (last >= 0x41 && last <= 0x5a && t.length <= 60 && t.split(' ').length <= 6 && (latinStart ? BYLINE_LATIN_LOGO.test(t) && !CAMEL_END.test(t) : BYLINE_DEVA_LOGO.test(t))) {
      const [s, e] = trimmedRange(l);
      const at = e - 1;
      out.push({
        code: CHECKS.gluedByline.id,
        severity: CHECKS.gluedByline.defaultSeverity,
        start: s,
        end: e,
        message: `“${t}” looks like a byline or site name with its logo's letter “${t.at(-1)}” glued on. Remove the letter or the line.`,
        fixes: [
          { title: 'Remove this line', edits: [dropLine(l)], safe: true },
          { title: `Remove the glued “${t.at(-1)}”`, edits: [{ start: at, end: at + 1, newText: '' }] },
        ],
      });
      continue;
    }
    const glued = latinStart && t.length > 12 ? (t.replace(CAMEL_WORDS, '').match(GLUED_TAG)?.length ?? 0) : 0;
    if ((glued >= 2 || (glued === 1 && t.includes(' '))) && !SENTENCE_END.test(t) && !/[,;:]/.test(t) && /^[A-Za-z0-9 &'’.\-#]+$/.test(t)) {
      add(out, l, 'tagList', `“${t.length > 60 ? t.slice(0, 57) + '…' : t}” is the page's tag list, run together. Remove the line.`, 'Remove the tag list');
      continue;
    }
    // Repeats: the headline (first line) again, or any paragraph of some length again.
    const isHeadline = !headlineSeen;
    headlineSeen = true;
    if (!isHeadline && t.length < 24) continue;
    // Keyed by a short fingerprint (hashing every line in full costs as much as a regex pass),
    // then compared in full.
    const key = fingerprint(t);
    const candidates = firstSeen.get(key);
    let seen: number | undefined;
    if (candidates) {
      const norm = normalized(t);
      for (const c of candidates) {
        if ((c.norm ??= normalized(c.t)) !== norm) continue;
        seen = c.index;
        break;
      }
    }
    if (seen === undefined) {
      if (candidates) candidates.push({ index, t });
      else firstSeen.set(key, [{ index, t }]);
      continue;
    }
    const [s, e] = trimmedRange(l);
    const first = all[seen];
    const [fs, fe] = trimmedRange(first);
    out.push({
      code: CHECKS.repeatedParagraph.id,
      severity: CHECKS.repeatedParagraph.defaultSeverity,
      start: s,
      end: e,
      message: `This ${seen === firstNonEmpty(all) ? 'headline' : 'paragraph'} repeats line ${seen + 1} word for word, a leftover of the page layout. Remove the repeat.`,
      fixes: [{ title: 'Remove the repeated line', edits: [dropLine(l)], safe: true }],
      related: [{ start: fs, end: fe, message: 'first written here' }],
    });
  }
  return out;
}

/** Adds a residue finding with one fix; by default on the trimmed line, removing the line. */
function add(out: Finding[], l: Line, code: keyof typeof CHECKS, message: string, title: string, edits: CoreEdit[] = [dropLine(l)], start?: number, end?: number, safe = true): void {
  if (start === undefined || end === undefined) [start, end] = trimmedRange(l);
  out.push({ code: CHECKS[code].id, severity: CHECKS[code].defaultSeverity, start, end, message, fixes: [{ title, edits, safe }] });
}

function firstNonEmpty(all: Line[]): number {
  return all.findIndex((l) => l.text.trim() !== '');
}
