// Person, place and organisation rules that raise recall and precision with general cues. Our own
// sentences, each rule with cases that must match and cases that must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findEntities } from '../../server/src/core/recognize/entities';

const spans = (text: string) => findEntities(text, tokenize(text), []).map((s) => `${s.type}|${s.text}`);
const persons = (text: string) => spans(text).filter((s) => s.startsWith('PERSON|'));

test('a given name and a distinctive listed surname are a person whatever word follows', () => {
  assert.ok(persons('अनिल कुंबले शांत स्वभाव के कप्तान थे।').includes('PERSON|अनिल कुंबले'));
  assert.ok(persons('अर्थशास्त्री सोनल वर्मा कहती हैं कि दरें घटेंगी।').includes('PERSON|सोनल वर्मा'));
  assert.ok(persons('हितेश चौहान हिंदी फ़िल्मों के अभिनेता हैं।').includes('PERSON|हितेश चौहान'));
  // A generic surname word still needs a closing word (कुमार, सिंह are also given or middle names).
  assert.deepEqual(persons('विकास कुमार योजना शुरू हुई।'), []);
  // A title-like given name (नवाब) is not read as a given name here.
  assert.ok(!persons('नवाब सैयद वारिस अली खान का महल').includes('PERSON|नवाब सैयद'));
});
