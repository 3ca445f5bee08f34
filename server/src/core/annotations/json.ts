/**
 * A small JSON parser that keeps where every value is, so a broken or hand-edited annotation file
 * gets an error with its line and column (JSON.parse reports neither in every Node version, and
 * never for a value of the wrong shape). Strict RFC 8259; never throws out of `parseJsonTree`.
 */

/** A parsed JSON value with its offset in the source. */
export type JsonNode =
  | { kind: 'object'; offset: number; members: Map<string, JsonNode> }
  | { kind: 'array'; offset: number; items: JsonNode[] }
  | { kind: 'string'; offset: number; value: string }
  | { kind: 'number'; offset: number; value: number }
  | { kind: 'boolean'; offset: number; value: boolean }
  | { kind: 'null'; offset: number };

/** A problem at an offset of the source. */
export interface JsonProblem {
  message: string;
  offset: number;
}

class Fail extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const describe = (text: string, i: number) => (i >= text.length ? 'the end of the file' : `${JSON.stringify(text[i])}`);

/** Parses JSON into nodes with offsets, or returns the first syntax error. */
export function parseJsonTree(text: string): { ok: true; node: JsonNode } | { ok: false; problem: JsonProblem } {
  let i = 0;
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const value = (depth: number): JsonNode => {
    if (depth > 200) throw new Fail('nested too deeply', i);
    ws();
    const at = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const members = new Map<string, JsonNode>();
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', offset: at, members };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new Fail(`expected a property name in double quotes, found ${describe(text, i)}`, i);
        const keyAt = i;
        const key = str();
        if (members.has(key)) throw new Fail(`duplicate property ${JSON.stringify(key)}`, keyAt);
        ws();
        if (text[i] !== ':') throw new Fail(`expected ':' after the property name, found ${describe(text, i)}`, i);
        i++;
        members.set(key, value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', offset: at, members };
        }
        throw new Fail(`expected ',' or '}' in an object, found ${describe(text, i)}`, i);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', offset: at, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', offset: at, items };
        }
        throw new Fail(`expected ',' or ']' in an array, found ${describe(text, i)}`, i);
      }
    }
    if (c === '"') return { kind: 'string', offset: at, value: str() };
    if (text.startsWith('true', i)) {
      i += 4;
      return { kind: 'boolean', offset: at, value: true };
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return { kind: 'boolean', offset: at, value: false };
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return { kind: 'null', offset: at };
    }
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    const n = m.exec(text);
    if (n) {
      i += n[0].length;
      return { kind: 'number', offset: at, value: Number(n[0]) };
    }
    throw new Fail(`unexpected ${describe(text, i)}`, i);
  };
  const str = (): string => {
    const at = i;
    i++;
    let out = '';
    let from = i;
    for (;;) {
      if (i >= text.length) throw new Fail('unterminated string', at);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(from, i);
        i++;
        return out;
      }
      if (c < 0x20) throw new Fail('control character in a string (write it as an escape)', i);
      if (c === 0x5c) {
        out += text.slice(from, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else throw new Fail(`bad escape in a string`, i);
        from = i;
        continue;
      }
      i++;
    }
  };
  try {
    let start = 0;
    if (text.charCodeAt(0) === 0xfeff) start = i = 1;
    ws();
    if (i >= text.length) throw new Fail('the file is empty', start);
    const node = value(0);
    ws();
    if (i < text.length) throw new Fail(`unexpected ${describe(text, i)} after the end of the JSON value`, i);
    return { ok: true, node };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, problem: { message: e.message, offset: e.offset } };
    return { ok: false, problem: { message: String(e), offset: i } };
  }
}

/** A node back to a plain value. */
export function toValue(n: JsonNode): unknown {
  switch (n.kind) {
    case 'object':
      return Object.fromEntries([...n.members].map(([k, v]) => [k, toValue(v)]));
    case 'array':
      return n.items.map(toValue);
    case 'null':
      return null;
    default:
      return n.value;
  }
}
