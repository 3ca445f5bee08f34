import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResidue } from '../../server/src/core/checks/residue';
import { applyEdits, safeEdits } from '../../server/src/core/checks/fix';

const ARTICLE = [
  'असम में बाढ़ से 12 जिले प्रभावित, राहत शिविरों में पहुंचे लोग',
  'Daily KhabarK',
  '',
  'गुवाहाटी, 3 जुलाई 2025: ब्रह्मपुत्र का जलस्तर बढ़ने से 12 जिलों के करीब दो लाख लोग प्रभावित हुए हैं।',
  'ये भी पढ़ें: दिल्ली में बारिश से जाम, कई इलाकों में पानी भरा',
  '![बाढ़ की तस्वीर](https://example.com/flood.jpg)',
  'राहत शिविरों में भोजन और दवाइयाँ दी जा रही हैं। पूरी जानकारी https://example.com/live पर है।',
  'https://example.com/assam-flood',
  'असम में बाढ़ से 12 जिले प्रभावित, राहत शिविरों में पहुंचे लोग',
  'Assam floodBrahmaputraRelief campsDisaster Management',
  '#Assam #Flood #Relief',
  ' | ',
  'Related posts',
  'Loading...',
  'टॉप हेडलाइंस',
  'Tags: flood, Assam, relief',
  '',
].join('\n');

test('each kind of page residue is found on its line', () => {
  const found = checkResidue(ARTICLE);
  const lineOf = (o: number) => ARTICLE.slice(0, o).split('\n').length;
  assert.deepEqual(
    found.map((f) => `${lineOf(f.start)} ${f.code}`),
    [
      '2 residue.glued-byline',
      '5 residue.boilerplate',
      '6 residue.image',
      '7 residue.bare-link',
      '8 residue.bare-link',
      '9 residue.repeated-paragraph',
      '10 residue.tag-list',
      '11 residue.tag-list',
      '12 residue.boilerplate',
      '13 residue.boilerplate',
      '14 residue.boilerplate',
      '15 residue.boilerplate',
      '16 residue.boilerplate',
    ],
  );
  assert.ok(found.every((f) => f.fixes?.length));
  assert.equal(found.filter((f) => !f.fixes!.some((x) => x.safe)).length, 1, 'a link inside a sentence is removed only by hand');
  assert.match(found.find((f) => f.code === 'residue.repeated-paragraph')!.message, /repeats line 1/);
});

test('removing all residue leaves the article and nothing of the page', () => {
  const { edits, fixed } = safeEdits(checkResidue(ARTICLE));
  assert.equal(fixed.length, 12);
  const after = applyEdits(ARTICLE, edits);
  assert.equal(
    after,
    [
      'असम में बाढ़ से 12 जिले प्रभावित, राहत शिविरों में पहुंचे लोग',
      '',
      'गुवाहाटी, 3 जुलाई 2025: ब्रह्मपुत्र का जलस्तर बढ़ने से 12 जिलों के करीब दो लाख लोग प्रभावित हुए हैं।',
      'राहत शिविरों में भोजन और दवाइयाँ दी जा रही हैं। पूरी जानकारी https://example.com/live पर है।',
      '',
    ].join('\n'),
  );
  assert.deepEqual(checkResidue(after).map((f) => f.code), ['residue.bare-link']);
});

test('written articles have no residue: short lines, a repeated short line, English prose', () => {
  const text = [
    'बजट 2025-26: घाटा 4.5% तक लाने की चुनौती',
    '',
    'नई दिल्ली, 13 जनवरी: सरकार 1 फरवरी को बजट पेश करेगी।',
    'क्या कहा मंत्री ने',
    'वित्त मंत्री ने कहा कि राजकोषीय अनुशासन बना रहेगा।',
    'क्या कहा मंत्री ने',
    'The Reserve Bank of India kept its repo rate unchanged at 6.5 per cent, its Governor said.',
    'Tagore ने कहा था कि शिक्षा सबसे बड़ा धन है।',
  ].join('\n');
  assert.deepEqual(checkResidue(text), []);
});

test('a paragraph repeated with its spaces doubled is a repeat; one that differs in the middle or by a tab is not', () => {
  const para = 'जिला प्रशासन ने बताया कि राहत शिविरों में अब तक तीन हजार लोग पहुंचे हैं।';
  const text = [
    'बाढ़ के बाद राहत कार्य तेज',
    '',
    para,
    '',
    para.replace('राहत शिविरों', 'राहत  शिविरों'),
    'जिला प्रशासन ने बताया कि स्कूलों में अब तक तीन हजार लोग पहुंचे हैं।',
    para.replace('ने बताया', 'ने\tबताया'),
  ].join('\n');
  const repeats = checkResidue(text).filter((f) => f.code === 'residue.repeated-paragraph');
  assert.deepEqual(repeats.map((f) => text.slice(f.start, f.end)), [para.replace('राहत शिविरों', 'राहत  शिविरों')]);
  assert.match(repeats[0].message, /repeats line 3/);
});

test('furniture lines are found whatever their case; a line that only starts like one is not', () => {
  const text = ['लखनऊ में मेट्रो का नया रूट खुला', 'ADVERTISEMENT', 'Advertisement lines were removed from the print edition.', 'विज्ञापन'].join('\n');
  assert.deepEqual(checkResidue(text).map((f) => `${f.code} ${text.slice(f.start, f.end)}`), ['residue.boilerplate ADVERTISEMENT', 'residue.boilerplate विज्ञापन']);
});
