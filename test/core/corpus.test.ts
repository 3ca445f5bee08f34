import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex, entityId } from '../../server/src/core/corpus/corpusIndex';

const A = 'भारत और जापान के बीच समझौता\n\nनई दिल्ली, 12 फरवरी 2026: भारत ने जापान के साथ समझौता किया।\n';
const B = 'मुंबई में बारिश\n\nमुंबई, 14 फरवरी 2026: भारत के पश्चिमी तट पर भारी बारिश हुई।\n';

const india = (ix: CorpusIndex) => ix.entities().find((e) => e.type === 'LOCATION' && e.name === 'भारत');

test('entities are counted across articles', () => {
  const ix = new CorpusIndex();
  ix.set('a', A);
  ix.set('b', B);
  const e = india(ix)!;
  assert.equal(e.articleCount, 2);
  assert.equal(e.mentionCount, 3);
  assert.equal(ix.mentions(e.id).filter((m) => m.article === 'a').length, 2);
});

test('updating one article adjusts the cross-article tables without touching the others', () => {
  const ix = new CorpusIndex();
  ix.set('a', A);
  const b = ix.set('b', B);
  ix.set('a', 'कोई खबर नहीं\n');
  assert.equal(india(ix)!.articleCount, 1);
  assert.equal(ix.get('b'), b, 'b was not re-analysed');
  assert.equal(ix.get('a')!.version, 2);
});

test('delete and rename', () => {
  const ix = new CorpusIndex();
  const changes: string[] = [];
  ix.onDidChange((c) => changes.push(c.kind));
  ix.set('a', A);
  ix.set('b', B);
  assert.ok(ix.rename('a', 'c'));
  assert.equal(ix.get('a'), undefined);
  const span = ix.get('c')!.analysis.spans.find((s) => s.text === 'भारत')!;
  assert.ok(ix.mentions(entityId(span)).some((m) => m.article === 'c'));
  assert.ok(ix.delete('b'));
  assert.equal(india(ix)!.articleCount, 1);
  assert.equal(ix.size, 1);
  assert.deepEqual(changes, ['set', 'set', 'rename', 'delete']);
});

test('the title is the first non-empty line and the date comes from the dateline', () => {
  const ix = new CorpusIndex();
  const e = ix.set('a', '\n\n' + A);
  assert.equal(e.analysis.title, 'भारत और जापान के बीच समझौता');
  assert.equal(e.analysis.referenceDate?.value, '2026-02-12');
});

test('mention counts by surface follow every update, and vanish with the last mention', () => {
  const ix = new CorpusIndex();
  ix.set('a', A);
  ix.set('b', B);
  const id = india(ix)!.id;
  assert.equal(ix.mentionCounts(id).total, 3);
  assert.equal(ix.mentionCounts(id).surfaces.get('भारत'), 3);
  assert.equal(ix.mentionCounts(id).byArticle.size, 2);
  ix.set('a', 'कोई खबर नहीं\n');
  assert.equal(ix.mentionCounts(id).total, 1);
  ix.rename('b', 'c');
  assert.equal(ix.mentionCounts(id).total, 1);
  assert.deepEqual([...ix.mentionCounts(id).byArticle.keys()], ['c']);
  ix.delete('c');
  assert.equal(ix.mentionCounts(id).total, 0);
  assert.equal(ix.mentionCounts(id).surfaces.size, 0);
  // Recounting from the mentions agrees with the kept counts after all of that.
  ix.set('a', A);
  ix.set('b', B);
  ix.set('a', A + 'भारत ने फिर कहा।\n');
  assert.equal(ix.mentionCounts(id).total, ix.mentions(id).length);
});

test('articles sharing a counted thing are found through the index', () => {
  const ix = new CorpusIndex();
  const a = ix.set('a', 'पटना, 3 सितंबर 2025: बिहार में बाढ़ से 12 लोगों की मौत हो गई।\n');
  ix.set('b', 'पटना, 4 सितंबर 2025: बिहार में बाढ़ से 15 लोगों की मौत हुई।\n');
  ix.set('c', 'दिल्ली, 4 सितंबर 2025: मेट्रो में 40 नए कोच जुड़े।\n');
  assert.deepEqual(ix.articlesSharingFigures(a).map((e) => e.id), ['b']);
  ix.delete('b');
  assert.deepEqual(ix.articlesSharingFigures(a), []);
  // The table is made at the first question, then kept as articles come, change and go.
  ix.set('d', 'पटना, 5 सितंबर 2025: बाढ़ से अब तक 20 लोगों की मौत।\n');
  assert.deepEqual(ix.articlesSharingFigures(a).map((e) => e.id), ['d']);
  ix.set('d', 'पटना, 5 सितंबर 2025: बाढ़ का पानी उतरने लगा।\n');
  assert.deepEqual(ix.articlesSharingFigures(a), []);
  ix.set('c', 'दिल्ली, 5 सितंबर 2025: बाढ़ में 9 लोगों की मौत की खबर।\n');
  ix.rename('c', 'e');
  assert.deepEqual(ix.articlesSharingFigures(a).map((e) => e.id), ['e']);
});

test('a changed register reaches the articles already indexed, without re-reading them', async () => {
  const { WorkspaceRegister } = await import('../../server/src/core/corpus/register');
  const ix = new CorpusIndex();
  ix.set('a', 'विभाग की बैठक\n\nपटना, 14 सितंबर 2025: बिहार के पथ निर्माण विभाग ने रविवार को बैठक की।\n');
  const has = () => ix.entities().some((e) => e.name === 'पथ निर्माण विभाग' && e.type === 'ORGANIZATION');
  assert.ok(!has());
  const before = ix.get('a')!;
  ix.setRegister(new WorkspaceRegister([{ name: 'पथ निर्माण विभाग', type: 'ORGANIZATION', aliases: [], roles: [] }]));
  assert.ok(has(), 'the register is applied to the indexed article');
  assert.ok(ix.get('a')!.baseAnalysis === before.analysis, 'from the analysis of the text alone, not analysed again');
  ix.setRegister(new WorkspaceRegister([{ name: 'पथ निर्माण विभाग', type: 'ORGANIZATION', aliases: [], roles: [] }]));
  assert.equal(ix.get('a')!.version, 2, 'the same register again changes nothing');
  ix.setRegister(new WorkspaceRegister([]));
  assert.ok(!has(), 'an emptied register takes its marks away');
});

test('setting one article re-analyses only it and adjusts the cross-article tables in place', () => {
  const ix = new CorpusIndex();
  ix.set('a', 'राष्ट्रपति व्लादिमीर पुतिन ने मॉस्को में बैठक की।');
  ix.set('b', 'पुतिन की यात्रा अगले महीने होगी।');
  const before = ix.get('b')!;
  const putin = entityId(ix.get('a')!.analysis.spans.find((s) => s.text === 'व्लादिमीर पुतिन')!);
  assert.equal(ix.mentionCounts(putin).total, 2);
  ix.set('a', 'मॉस्को में बैठक हुई।');
  assert.equal(ix.get('b'), before, 'the other article keeps its entry (not analysed again)');
  assert.equal(ix.get('a')!.version, 2);
  assert.equal(ix.mentionCounts(putin).total, 1, 'the edited article took its mention off');
  ix.delete('b');
  assert.equal(ix.mentionCounts(putin).total, 0);
  assert.ok(!ix.entities().some((e) => e.id === putin));
});

test('corpus mentions: a cue-found name is marked where another article writes it without a cue, and follows edits', () => {
  const ix = new CorpusIndex();
  ix.set('a', 'मंत्री तरुणेश बघेल ने कहा कि समझौता जल्द होगा।');
  ix.set('b', 'कल तरुणेश बघेल मुंबई पहुंचे। तरुणेश बघेलों का ज़िक्र नहीं।');
  assert.deepEqual(ix.corpusMentions('a'), [], 'the article that found it has its own span');
  const got = ix.corpusMentions('b');
  assert.deepEqual(got.map((s) => [s.type, s.start, s.text, s.source]), [['PERSON', 3, 'तरुणेश बघेल', 'corpus']], 'a longer word is no mention');
  assert.equal(entityId(got[0]), entityId(ix.get('a')!.analysis.spans.find((s) => s.text === 'तरुणेश बघेल')!));
  const merged = ix.spansWithCorpus('b');
  assert.ok(merged.some((s) => s.source === 'corpus') && merged.every((s, i) => i === 0 || merged[i - 1].start <= s.start));
  // Gazetteer names are found in every article anyway: they make no corpus mentions.
  ix.set('c', 'मुंबई में बारिश हुई।');
  assert.deepEqual(ix.corpusMentions('c'), []);
  // The cue is edited away: the mention goes; it comes back with a new cue elsewhere.
  ix.set('a', 'समझौता जल्द होगा।');
  assert.deepEqual(ix.corpusMentions('b'), []);
  ix.set('d', 'विधायक तरुणेश बघेल ने मांग रखी।');
  assert.equal(ix.corpusMentions('b').length, 1);
  ix.delete('d');
  assert.deepEqual(ix.corpusMentions('b'), []);
});

test('surfaces of equal count are ranked by first mention, article by article, also after an article is set again', () => {
  const ix = new CorpusIndex();
  const japan = () => ix.entities().find((e) => e.id === 'LOCATION:loc:japan')!;
  const a = 'व्यापार वार्ता\n\nप्रधानमंत्री ने कहा कि Japan के साथ व्यापार बढ़ेगा।\n';
  ix.set('a', a);
  ix.set('b', 'निवेश की खबर\n\nजापान की कंपनियां यहां निवेश करेंगी।\n');
  ix.set('c', 'दौरे की तैयारी\n\nमंत्री जापान जाएंगे और Japan के उद्योगपतियों से मिलेंगे।\n');
  assert.deepEqual(japan().surfaces, ['Japan', 'जापान']);
  assert.equal(japan().mentionCount, 4);
  // Set again, article a comes last: जापान is now mentioned first.
  ix.set('a', a);
  assert.deepEqual(japan().surfaces, ['जापान', 'Japan']);
  assert.equal(japan().mentionCount, 4);
  // Renamed onto another indexed article, c replaces it: its mentions are counted once.
  ix.rename('c', 'b');
  assert.deepEqual(japan().surfaces, ['Japan', 'जापान']);
  assert.equal(japan().mentionCount, 3);
  assert.equal(japan().articleCount, 2);
});
