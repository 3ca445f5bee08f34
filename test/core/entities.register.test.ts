// The workspace entity register (.lekh/entities.json): parsing, checking, lookups by any
// spelling or script, roles as of a date, and the file format written back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRegister, rolesOn, WorkspaceRegister } from '../../server/src/core/corpus/register';

const FILE = JSON.stringify({
  entities: [
    { name: 'किम जोंग-उन', type: 'PERSON', aliases: ['Kim Jong Un', 'किम'], description: 'उत्तर कोरिया के नेता', wikidata: 'Q56226', roles: [{ role: 'सर्वोच्च नेता', from: '2011-12' }] },
    { name: 'राष्ट्रीय ख़ुफ़िया सेवा', type: 'ORGANIZATION', house: 'राष्ट्रीय खुफिया सेवा' },
    { name: 'अनाम', type: 'PERSON', ignore: true },
    { name: '', type: 'PERSON' },
    { name: 'x', type: 'CITY' },
    { name: 'y', type: 'EVENT', roles: [{ role: 'r', from: '12 March' }] },
    { name: 'z', type: 'NORP', wikidata: 'wd:1' },
  ],
});

test('valid entries are kept; each problem names its JSON path', () => {
  const { entities, problems } = parseRegister(FILE);
  assert.deepEqual(entities.map((e) => e.name), ['किम जोंग-उन', 'राष्ट्रीय ख़ुफ़िया सेवा', 'अनाम']);
  assert.deepEqual(problems.map((p) => p.path), ['entities[3].name', 'entities[4].type', 'entities[5].roles[0].from', 'entities[6].wikidata']);
  assert.equal(entities[2].ignore, true);
});

test('bad JSON and a wrong shape are problems, not exceptions', () => {
  assert.match(parseRegister('{ "entities": [').problems[0].message, /not valid JSON/);
  assert.equal(parseRegister('{"entities": 3}').problems[0].path, 'entities');
  assert.equal(parseRegister('\uFEFF[]').problems.length, 0, 'a BOM and a bare array are accepted');
});

test('lookups fold hyphens, nukta and script', () => {
  const reg = new WorkspaceRegister(parseRegister(FILE).entities);
  assert.equal(reg.find('किम जोंग उन')?.name, 'किम जोंग-उन');
  assert.equal(reg.find('Kim Jong Un', 'PERSON')?.name, 'किम जोंग-उन');
  assert.equal(reg.find('राष्ट्रीय खुफिया सेवा')?.name, 'राष्ट्रीय ख़ुफ़िया सेवा');
  assert.equal(reg.find('किम जोंग उन', 'LOCATION'), undefined);
  assert.equal(reg.findAny(['कोई और', 'किम'])?.wikidata, 'Q56226');
});

test('roles are those held on the article date', () => {
  const e = { name: 'a', type: 'PERSON' as const, aliases: [], roles: [{ role: 'मंत्री', from: '2019-05', to: '2024-06' }, { role: 'राज्यपाल', from: '2024-07' }] };
  assert.deepEqual(rolesOn(e, '2020-01-15').map((r) => r.role), ['मंत्री']);
  assert.deepEqual(rolesOn(e, '2024-06-30').map((r) => r.role), ['मंत्री']);
  assert.deepEqual(rolesOn(e, '2025').map((r) => r.role), ['राज्यपाल']);
  assert.equal(rolesOn(e, undefined).length, 2);
});

test('the file written back parses to the same entities and follows the schema', () => {
  const { entities } = parseRegister(FILE);
  const again = parseRegister(WorkspaceRegister.stringify(entities));
  assert.deepEqual(again.entities, entities);
  assert.equal(again.problems.length, 0);
  const schema = JSON.parse(readFileSync(new URL('../../server/schemas/entities.schema.json', import.meta.url), 'utf8'));
  const props = Object.keys(schema.definitions.entity.properties).sort();
  assert.deepEqual(props, ['aliases', 'description', 'house', 'ignore', 'name', 'roles', 'type', 'wikidata']);
  assert.deepEqual(schema.definitions.entity.properties.type.enum, ['PERSON', 'LOCATION', 'ORGANIZATION', 'NORP', 'EVENT']);
});

test('applying the register: ignore, retype with one identity, mark every identical string, and undo stale marks', async () => {
  const { applyRegister } = await import('../../server/src/core/corpus/register');
  const { analyzeArticle } = await import('../../server/src/core');
  const text = 'राष्ट्रपति व्लादिमीर पुतिन पीली कोठी पहुंचे। पीली कोठी में भाजपा के नेता भी थे।';
  const spans = analyzeArticle(text).spans;
  const reg = new WorkspaceRegister(parseRegister(JSON.stringify({ entities: [
    { name: 'पीली कोठी', type: 'LOCATION' },
    { name: 'भाजपा', type: 'ORGANIZATION', ignore: true },
    { name: 'Vladimir Putin', type: 'PERSON', aliases: ['व्लादिमीर पुतिन'], house: 'व्लादिमीर पुतिन' },
  ] })).entities);
  const got = applyRegister(text, spans, reg);
  const ents = got.filter((s) => s.type !== 'DATE' && s.type !== 'FIGURE').map((s) => `${s.type}|${s.text}|${s.key}`);
  assert.deepEqual(ents, ['PERSON|व्लादिमीर पुतिन|ws:vladimir putin', 'LOCATION|पीली कोठी|ws:पीली कोठी', 'LOCATION|पीली कोठी|ws:पीली कोठी']);
  assert.equal(applyRegister(text, spans, new WorkspaceRegister([])), spans, 'an empty register changes nothing');
  const undone = applyRegister(text, got, new WorkspaceRegister([]));
  assert.ok(!undone.some((s) => s.source === 'workspace'), 'marks of a removed entry go');
});
