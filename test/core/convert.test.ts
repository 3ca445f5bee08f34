import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap } from '../../server/src/convert';

test('offsets and positions round-trip over LF, CRLF and CR', () => {
  const text = 'पहली पंक्ति\r\nदूसरी\nतीसरी\rचौथी';
  const m = new LineMap(text);
  for (let o = 0; o <= text.length; o++) {
    if (text[o - 1] === '\r' && text[o] === '\n') continue; // between CR and LF is no position
    assert.equal(m.offset(m.position(o)), o, `offset ${o}`);
  }
  assert.deepEqual(m.position(text.indexOf('दूसरी')), { line: 1, character: 0 });
  assert.deepEqual(m.position(text.indexOf('चौथी')), { line: 3, character: 0 });
});

test('positions past a line end clamp to the line end', () => {
  const m = new LineMap('ab\ncd');
  assert.equal(m.offset({ line: 0, character: 99 }), 2);
  assert.equal(m.offset({ line: 9, character: 0 }), 5);
});

test('preview trims long lines around the offset', () => {
  const line = 'क'.repeat(50) + 'भारत' + 'ख'.repeat(200);
  const m = new LineMap(line);
  const p = m.preview(50, 40);
  assert.ok(p.includes('भारत') && p.startsWith('…') && p.endsWith('…'));
});

test('preview cuts at spaces, never inside a Devanagari cluster', () => {
  const line = 'आयोजकों ने बताया कि प्रधानमंत्री का संदेश पढ़ा गया था, जिसे समारोह में पढ़कर सुनाया गया। मोदी के संदेश में दोनों देशों के सांस्कृतिक संबंधों की बात थी और कई अन्य विषयों पर भी बात हुई।';
  const m = new LineMap(line);
  for (let o = 0; o < line.length; o += 7) {
    const p = m.preview(o, 40).replace(/^…|…$/g, '');
    assert.ok(!/^[\u093E-\u094D\u0902\u0901]/.test(p), `preview at ${o} starts with a sign: ${p}`);
    assert.ok(line.includes(p), p);
  }
});
