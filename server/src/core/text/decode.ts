/** The result of turning a file's bytes into analysable text. */
export interface DecodedText {
  /** The text, without a leading byte-order mark (as VS Code shows it). */
  text: string;
  /** The file began with a UTF-8 byte-order mark. */
  bom: boolean;
  /** The file looks binary (a NUL byte near its start): do not analyse it. */
  binary: boolean;
  /** Byte offset of the first invalid UTF-8 sequence, when there is one (decoded with U+FFFD there). */
  invalidUtf8At?: number;
  /** Line ends used: `lf`, `crlf`, `cr`, `mixed` or `none`. */
  eol: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let len = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) { len = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { len = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { len = 3; min = 0x10000; }
    else return i;
    if (i + len >= n) return i;
    let cp = b & (0x3f >> len);
    for (let k = 1; k <= len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len + 1;
  }
  return undefined;
}

function eolOf(text: string): DecodedText['eol'] {
  // Most files have no carriage return at all: one scan instead of three.
  if (!text.includes('\r')) return text.includes('\n') ? 'lf' : 'none';
  const crlf = text.includes('\r\n');
  const lone = /\r(?!\n)/.test(text);
  const lf = /(^|[^\r])\n/.test(text);
  const kinds = Number(crlf) + Number(lone) + Number(lf);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf ? 'crlf' : lone ? 'cr' : 'lf';
}

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes a file's bytes as UTF-8 the way an editor would show them: BOM dropped, invalid
 * sequences replaced (and reported), binary files recognised so the caller can skip them.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const head = bytes.subarray(0, 8000);
  const binary = head.includes(0);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (binary) return { text: '', bom, binary, eol: 'none' };
  const body = bom ? bytes.subarray(3) : bytes;
  // Valid UTF-8 (nearly every file) is checked and decoded in one native pass; only a file that
  // fails is scanned for where, and decoded again with U+FFFD in place of the bad bytes.
  let text: string;
  let invalid: number | undefined;
  try {
    text = STRICT.decode(body);
  } catch {
    invalid = firstInvalidUtf8(body);
    text = LENIENT.decode(body);
  }
  return { text, bom, binary, invalidUtf8At: invalid === undefined ? undefined : invalid + (bom ? 3 : 0), eol: eolOf(text) };
}
