// Years said in words (दो हजार अठारह, उन्नीस सौ अठत्तर, उन्नीस निन्यानवे): a DATE after a year cue
// (सन, साल, वर्ष) or before a date word (a month, के दशक, a quarter or week); alone they stay
// FIGUREs, since the same words count money or people. Our own sentences; reference 2025-09-03.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findDates } from '../../server/src/core/recognize/dates';
import { findFigures } from '../../server/src/core/recognize/figures';

function spans(text: string): [string, string, string][] {
  const tokens = tokenize(text);
  const ds = findDates(text, tokens, { value: '2025-09-03', source: 'override' });
  const fs = findFigures(text, tokens, ds);
  return [...ds, ...fs].sort((a, b) => a.start - b.start).map((s) => [s.type, s.text, s.value]);
}

const cases: [string, string, [string, string, string][]][] = [
  ['after सन', 'यह इमारत सन उन्नीस सौ अठत्तर में बनी।', [['DATE', 'सन उन्नीस सौ अठत्तर', '1978']]],
  ['thousands and hundreds after साल', 'साल एक हजार सात सौ नवासी में क्रांति हुई।', [['DATE', 'साल एक हजार सात सौ नवासी', '1789']]],
  ['before a month', 'वे दो हजार उन्नीस के मार्च में लौटे।', [['DATE', 'दो हजार उन्नीस के मार्च', '2019-03']]],
  ['century and year before a month', 'यह उन्नीस सत्तासी के मई में हुआ।', [['DATE', 'उन्नीस सत्तासी के मई', '1987-05']]],
  ['a decade', 'दो हजार बीस के दशक में बदलाव आया।', [['DATE', 'दो हजार बीस के दशक', '202']]],
  ['a quarter', 'दो हज़ार तेईस की दूसरी तिमाही में मुनाफा बढ़ा।', [['DATE', 'दो हज़ार तेईस की दूसरी तिमाही', '2023-04/2023-06']]],
  ['after a day and month', 'उनका जन्म इक्कीस सितंबर उन्नीस सौ अठत्तर को हुआ।', [['DATE', 'इक्कीस सितंबर उन्नीस सौ अठत्तर', '1978-09-21']]],
  ['after a month, day and comma', 'यह सितंबर 10, उन्नीस सौ एक को हुआ।', [['DATE', 'सितंबर 10, उन्नीस सौ एक', '1901-09-10']]],
  ['after a date, a count of people stays a figure', '15 अगस्त दो हजार लोग आए।', [['DATE', '15 अगस्त', '2025-08-15'], ['FIGURE', 'दो हजार', '2000']]],
  ['alone: a figure', 'रैली में दो हजार अठारह लोग आए।', [['FIGURE', 'दो हजार अठारह', '2018']]],
  ['a century pair alone is two figures', 'उसे बीस पच्चीस रुपये मिले।', [['FIGURE', 'बीस', '20'], ['FIGURE', 'पच्चीस', '25 INR']]],
];

for (const [name, text, expected] of cases) {
  test(`years in words: ${name}`, () => {
    assert.deepEqual(spans(text), expected);
  });
}
