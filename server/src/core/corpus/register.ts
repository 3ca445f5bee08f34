/**
 * The workspace entity register, `.lekh/entities.json`: the newsroom's own list of entities with
 * canonical names, types, aliases, descriptions, roles with dates and house spellings. The server
 * reads the file and hands its text here; this module parses and checks it (the JSON schema
 * `server/schemas/entities.schema.json` gives editors the same rules), and answers lookups by
 * match key, so nukta, chandrabindu, ZWJ and hyphen variants of a name find the same entry.
 *
 * Invariant: pure; never throws on bad input — problems are returned with a JSON path each.
 */
import type { EntityType, Span } from '../types';
import { isEntityType } from '../types';
import { latinKey, matchKey } from '../text/matchKey';

/** A role held between two dates (ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; open ends allowed). */
export interface RegisterRole {
  role: string;
  from?: string;
  to?: string;
}

/** One entity of the workspace register, as written in the file. */
export interface WorkspaceEntity {
  /** Canonical name, shown in hovers and used by the rename quick fix. */
  name: string;
  type: EntityType;
  aliases: string[];
  description?: string;
  /** Wikidata id (`Q1234`). */
  wikidata?: string;
  roles: RegisterRole[];
  /** The house spelling, when it differs from the canonical name. */
  house?: string;
  /** Not an entity: never marked (a false positive the newsroom ruled out). */
  ignore?: boolean;
}

export interface RegisterProblem {
  /** JSON path of the offending value (`entities[3].type`). */
  path: string;
  message: string;
}

export interface ParsedRegister {
  entities: WorkspaceEntity[];
  problems: RegisterProblem[];
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const QID = /^Q[1-9]\d*$/;

/** Parses and checks the text of `.lekh/entities.json`. Entries with problems are left out. */
export function parseRegister(text: string): ParsedRegister {
  const problems: RegisterProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { entities: [], problems: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const list = Array.isArray(json) ? json : (json as { entities?: unknown })?.entities;
  if (!Array.isArray(list)) return { entities: [], problems: [{ path: 'entities', message: 'expected an array of entities' }] };
  const entities: WorkspaceEntity[] = [];
  list.forEach((raw, i) => {
    const at = `entities[${i}]`;
    const before = problems.length;
    const bad = (path: string, message: string) => problems.push({ path: `${at}${path}`, message });
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return void bad('', 'expected an object');
    const r = raw as Record<string, unknown>;
    const name = typeof r.name === 'string' ? r.name.trim() : '';
    if (!name) bad('.name', 'a non-empty name is required');
    if (typeof r.type !== 'string' || !isEntityType(r.type)) bad('.type', 'type must be PERSON, LOCATION, ORGANIZATION, NORP or EVENT');
    const strings = (key: string): string[] => {
      const v = r[key];
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) {
        bad(`.${key}`, 'expected an array of non-empty strings');
        return [];
      }
      return (v as string[]).map((x) => x.trim());
    };
    const aliases = strings('aliases');
    const opt = (key: string): string | undefined => {
      const v = r[key];
      if (v === undefined) return undefined;
      if (typeof v !== 'string') {
        bad(`.${key}`, 'expected a string');
        return undefined;
      }
      return v.trim() || undefined;
    };
    const description = opt('description');
    const wikidata = opt('wikidata');
    if (wikidata && !QID.test(wikidata)) bad('.wikidata', 'a Wikidata id looks like Q42');
    const house = opt('house');
    if (r.ignore !== undefined && typeof r.ignore !== 'boolean') bad('.ignore', 'expected true or false');
    const roles: RegisterRole[] = [];
    if (r.roles !== undefined) {
      if (!Array.isArray(r.roles)) bad('.roles', 'expected an array of roles');
      else
        r.roles.forEach((x, k) => {
          const o = x as Record<string, unknown>;
          if (!o || typeof o !== 'object' || typeof o.role !== 'string' || !o.role.trim()) return void bad(`.roles[${k}]`, 'a role needs a non-empty "role"');
          for (const d of ['from', 'to'] as const) if (o[d] !== undefined && (typeof o[d] !== 'string' || !DATE.test(o[d] as string))) bad(`.roles[${k}].${d}`, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');
          roles.push({ role: o.role.trim(), from: o.from as string | undefined, to: o.to as string | undefined });
        });
    }
    if (problems.length > before) return;
    entities.push({ name, type: r.type as EntityType, aliases, description, wikidata, roles, house, ignore: r.ignore === true ? true : undefined });
  });
  return { entities, problems };
}

/** The roles held on `date` (an article's date, `YYYY[-MM[-DD]]`); all roles when no date is known. */
export function rolesOn(entity: WorkspaceEntity, date: string | undefined): RegisterRole[] {
  if (!date) return entity.roles;
  return entity.roles.filter((r) => (!r.from || r.from.slice(0, date.length) <= date) && (!r.to || date.slice(0, r.to.length) <= r.to));
}

/** Lookups over a parsed register by match key of every name, alias and house spelling. */
export class WorkspaceRegister {
  private readonly byKey = new Map<string, WorkspaceEntity>();
  private readonly byLatin = new Map<string, WorkspaceEntity>();

  constructor(readonly entities: readonly WorkspaceEntity[] = []) {
    for (const e of entities) {
      for (const n of [e.name, e.house, ...e.aliases]) {
        if (!n) continue;
        const k = matchKey(n);
        if (!this.byKey.has(k)) this.byKey.set(k, e);
        const l = latinKey(n);
        if (l && !this.byLatin.has(l)) this.byLatin.set(l, e);
      }
    }
  }

  /** The entry naming `text` by match key only (no transliteration: cheap enough for every span). */
  findByKey(text: string): WorkspaceEntity | undefined {
    return this.byKey.get(matchKey(text));
  }

  /** The entry naming `text` (any spelling or script), optionally of one type. */
  find(text: string, type?: EntityType): WorkspaceEntity | undefined {
    const e = this.byKey.get(matchKey(text)) ?? this.byLatin.get(latinKey(text));
    return e && (!type || e.type === type) ? e : undefined;
  }

  /** The entry for any of the spellings of an entity (canonical name first). */
  findAny(names: readonly string[], type?: EntityType): WorkspaceEntity | undefined {
    for (const n of names) {
      const e = this.find(n, type);
      if (e) return e;
    }
    return undefined;
  }

  /** Serialises entities back to the file format (stable key order, two-space indent). */
  static stringify(entities: readonly WorkspaceEntity[]): string {
    const clean = entities.map((e) => {
      const o: Record<string, unknown> = { name: e.name, type: e.type };
      if (e.aliases.length) o.aliases = e.aliases;
      if (e.description) o.description = e.description;
      if (e.wikidata) o.wikidata = e.wikidata;
      if (e.roles.length) o.roles = e.roles;
      if (e.house) o.house = e.house;
      if (e.ignore) o.ignore = true;
      return o;
    });
    return JSON.stringify({ $schema: 'https://lekh.invalid/schemas/entities.schema.json', entities: clean }, null, 2) + '\n';
  }
}

/** The identity of a register entity in spans: every mention of it shares this key. */
export function registerKey(e: WorkspaceEntity): string {
  return `ws:${matchKey(e.name)}`;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200C\u200D]/u;

/**
 * Applies the workspace register to one article's spans: an entity the register ignores is
 * dropped; one it knows takes the register's type, identity and canonical (house) name; and every
 * name, alias and house spelling written in the text outside other spans becomes a mention
 * (source `workspace`) — so one register entry annotates every identical string of the corpus.
 * Returns `spans` itself when nothing changes. Linear in the text per register name.
 */
export function applyRegister(text: string, spans: readonly Span[], reg: WorkspaceRegister): readonly Span[] {
  let changed = false;
  const out: Span[] = [];
  for (const s of spans) {
    if (s.type === 'DATE' || s.type === 'FIGURE') {
      out.push(s);
      continue;
    }
    const e = reg.findByKey(s.text) ?? (s.canonical ? reg.findByKey(s.canonical) : undefined);
    if (!e) {
      // A mark the register made earlier (a reused analysis) whose entry is gone.
      if (s.source === 'workspace') changed = true;
      else out.push(s);
      continue;
    }
    changed = true;
    if (e.ignore) continue;
    out.push({ ...s, type: e.type, key: registerKey(e), canonical: e.house ?? e.name });
  }
  const added: Span[] = [];
  for (const e of reg.entities) {
    if (e.ignore) continue;
    for (const name of new Set([e.name, e.house, ...e.aliases])) {
      if (!name) continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (WORD_CHAR.test(text.charAt(at - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
        if (overlaps(out, at, end) || overlaps(added, at, end)) continue;
        added.push({ type: e.type, start: at, end, text: name, value: '', key: registerKey(e), canonical: e.house ?? e.name, source: 'workspace' });
      }
    }
  }
  if (!changed && added.length === 0) return spans;
  return out.concat(added).sort((a, b) => a.start - b.start);
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}
