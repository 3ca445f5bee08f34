import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findReferenceDate } from '../../server/src/core/recognize/articleDate';

function refOf(text: string): string | undefined {
  return findReferenceDate(text, tokenize(text))?.value;
}

const cases: [string, string, string | undefined][] = [
  ['dateline with year', 'पटना, 7 जून 2023 (भाषा) राज्य में मानसून ने दस्तक दी।', '2023-06-07'],
  ['dateline + date line', 'चुनाव विशेष\nलखनऊ, 4 मई:\nअपडेटेड: 2024-05-04 10:20 IST\nमतदान का चौथा चरण शुरू हुआ।', '2024-05-04'],
  ['English date line', 'Kolkata News\nMar 11, 2024, 08:05 PM\nशहर में आज भारी बारिश हुई।', '2024-03-11'],
  ['Updated line', 'Updated: 2023-11-02 17:40 GMT\nदिल्ली की हवा फिर ज़हरीली हुई।', '2023-11-02'],
  ['Hindi full date line', 'खेल समाचार\n21 अक्टूबर 2022\nभारत ने पाकिस्तान को हराया।', '2022-10-21'],
  ['dateline without year, year from the current fiscal year', 'मुंबई, 20 फरवरी: चालू वित्त वर्ष 2023-24 में निर्यात घटा है।', '2024-02-20'],
  ['dateline without year, year from a weekday-pinned date', 'जयपुर, 2 अक्टूबर: टीम अपना अगला मैच शनिवार, 5 अक्टूबर को खेलेगी। वर्ष 2022 में भी ऐसा हुआ था।', '2024-10-02'],
  ['dateline without year and no clue', 'भोपाल, 9 जुलाई: बारिश से कई सड़कें बंद हो गईं।', 'XXXX-07-09'],
  ['dateline with a pipe', 'नई दिल्ली | 14 नवंबर 2024\nप्रदूषण का स्तर बढ़ा।', '2024-11-14'],
  ['no date at all', 'बारिश से कई सड़कें बंद हो गईं।', undefined],
];

for (const [name, text, expected] of cases) {
  test(`reference date: ${name}`, () => {
    assert.equal(refOf(text), expected);
  });
}

test('reference date: carries its source and offsets', () => {
  const text = 'पटना, 7 जून 2023 (भाषा) राज्य में मानसून ने दस्तक दी।';
  const r = findReferenceDate(text, tokenize(text));
  assert.equal(r?.source, 'dateline');
  assert.equal(text.slice(r!.start, r!.end), '7 जून 2023');
});
