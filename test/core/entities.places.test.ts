// Place rules of the entity recogniser: names before an administrative descriptor, places in lists
// and place names used for a language. Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findEntities } from '../../server/src/core/recognize/entities';

const spans = (text: string) => findEntities(text, tokenize(text), []).map((s) => `${s.type}|${s.text}`);
const places = (text: string) => spans(text).filter((s) => s.startsWith('LOCATION|'));

test('an unknown name before a descriptor is a place', () => {
  assert.ok(places('ओलावृष्टि से भनौली तहसील के कई गांवों में फसल बर्बाद हो गई।').includes('LOCATION|भनौली'));
  assert.ok(places('पुलिस ने कोटद्वारी गांव में छापा मारा।').includes('LOCATION|कोटद्वारी'));
  assert.ok(places('बैठक में चौखुटिया ब्लॉक के प्रधान शामिल हुए।').includes('LOCATION|चौखुटिया'));
});

test('a common word after a determiner, demonstrative or number before a descriptor is no place', () => {
  // The word qualifies the descriptor: a remote village, this centre in the district, 80 percent of villages.
  assert.deepEqual(places('राहत दल एक सुदूर गांव तक पैदल पहुंचा।'), []);
  assert.deepEqual(places('यह केंद्र जिले के किसानों को सलाह देगा।'), []);
  assert.deepEqual(places('योजना से 80 प्रतिशत ग्राम पंचायतें जुड़ चुकी हैं।'), []);
  // A word for the government seat is no place name either.
  assert.deepEqual(places('नया केंद्र जिले के बाहर बनेगा।'), []);
});

test('a word before a descriptor that starts a scheme or a level is an adjective, no place', () => {
  assert.deepEqual(places('सरकार ने आकांक्षी जिला कार्यक्रम की समीक्षा की।'), []);
  assert.deepEqual(places('पंचायतें अब समावेशी ग्राम पंचायत विकास योजना बनाएंगी।'), []);
  assert.deepEqual(places('समिति ने सक्रिय ग्राम स्तर पर निगरानी का सुझाव दिया।'), []);
  // A place before a descriptor and an ordinary noun keeps its reading.
  assert.ok(places('कोटद्वारी ग्राम पंचायत ने नया कुआं खुदवाया।').includes('LOCATION|कोटद्वारी'));
});

test('relative pronouns, converbs and plurals before a descriptor are no place', () => {
  assert.deepEqual(places('कई परियोजनाएं शुरू हुईं जिनमें ग्राम सड़कें भी शामिल हैं।'), []);
  assert.deepEqual(places('शहर छोड़कर गांव लौटे मजदूरों को काम मिला।'), []);
  assert.deepEqual(places('सभी योजनाएं ग्राम सभा के सामने रखी गईं।'), []);
});

test('a list of places takes names in -िया and -ना among four places or more, and its last item at the sentence end', () => {
  const got = places('बैठक में नेपाल , भूटान , अर्जंटीना , श्रीलंका , मालदीव , चीन और युगोस्लाविया के प्रतिनिधि आए।');
  assert.ok(got.includes('LOCATION|अर्जंटीना'), got.join(', '));
  const end = places('प्रतिनिधि नेपाल , भूटान , श्रीलंका , मालदीव , चीन और युगोस्लाविया से आए थे , बाकी भारत , बर्मा , थाईलैंड और नवसारिया।');
  assert.ok(end.includes('LOCATION|नवसारिया'), end.join(', '));
  // The last item going on after the list is no item alone.
  assert.ok(!places('बारिश से नागपुर , वर्धा , अकोला और भंडारा जिले में खरीफ फसलें खराब हुईं।').some((s) => s.includes('फसलें')));
  // Among fewer places the endings stay verbs and nouns (बनाना, दुनिया).
  const few = places('उन्होंने पटना , गया , अर्जंटीना और खाना बनाना सीखा।');
  assert.ok(!few.includes('LOCATION|अर्जंटीना'), few.join(', '));
});

test('a given name before the oblique descriptor of a district, tehsil or block is a place', () => {
  assert.ok(places('बाढ़ का पानी कृष्णा जिले के कई गांवों में घुस गया।').includes('LOCATION|कृष्णा'));
  // Before गांव or मंडल (also a surname) a given name stays a person's or no place.
  assert.deepEqual(places('सुनील गांव में खेती करता है।'), []);
  assert.deepEqual(places('बैठक में सुनील मंडल ने प्रस्ताव रखा।'), []);
});

test('a place name right before a word for a language or its words is the language, no place', () => {
  assert.deepEqual(places('उर्दू में अरबी और तुर्की शब्दों की भरमार है।'), []);
  // With का the place keeps its reading, and elsewhere it is a place.
  assert.ok(places('तुर्की की भाषा पर किताब छपी।').includes('LOCATION|तुर्की'));
  assert.ok(places('तुर्की में भूकंप से भारी नुकसान हुआ।').includes('LOCATION|तुर्की'));
});

test('कोरिया alone is a place (the peninsula, the two states), and the states keep their names', () => {
  assert.ok(places('2015 में कोरिया में एक नया वायरस फैला था।').includes('LOCATION|कोरिया'));
  assert.deepEqual(places('उत्तर कोरिया ने मिसाइल दागी।'), ['LOCATION|उत्तर कोरिया']);
  assert.ok(!places('कोरियाई प्रायद्वीप में तनाव है।').includes('LOCATION|कोरिया'));
});

test('an English compass word written in Devanagari before a known place is part of the region', () => {
  assert.ok(places('साउथ कोरिया और जापान के बीच बातचीत हुई।').includes('LOCATION|साउथ कोरिया'));
  assert.ok(places('वह ईस्ट लंदन में रहती हैं।').includes('LOCATION|ईस्ट लंदन'));
  // Without a place after it the word is no place.
  assert.deepEqual(places('टीम ने वेस्ट जोन का खिताब जीता।'), []);
});

test('a quality adjective or a measure starts no place found by its head', () => {
  assert.deepEqual(places('गांव के पास एक प्राचीन मंदिर और खूबसूरत झील है।'), []);
  // The named temple after the adjective is still found.
  assert.ok(places('यहां का प्राचीन सोमेश्वर मंदिर देखने लायक है।').includes('LOCATION|सोमेश्वर मंदिर'));
  assert.ok(places('पहाड़ी पर बना दुधेश्वर मंदिर देखने लायक है।').includes('LOCATION|दुधेश्वर मंदिर'));
});

test('a sector or a market after unknown words is a field of the economy, no place', () => {
  assert.deepEqual(places('सरकार कॉरपोरेट बॉन्ड मार्केट और रियल एस्टेट सेक्टर को राहत देगी।'), []);
  assert.deepEqual(places('योजना से लघु व्यवसाय क्षेत्र को कर्ज मिलेगा।'), []);
  // After a known place the head keeps it a place.
  assert.ok(places('नागपुर क्षेत्र में भारी बारिश हुई।').includes('LOCATION|नागपुर क्षेत्र'));
});

test('a place found by its head does not run into a longer known place ending in a head', () => {
  const got = places('रामगढ़ी उत्तर प्रदेश के आगरा जिले का एक गांव है।');
  assert.ok(got.includes('LOCATION|उत्तर प्रदेश'), got.join(', '));
  assert.ok(!got.some((s) => s.includes('रामगढ़ी उत्तर')), got.join(', '));
  assert.ok(places('जहाज हिंद महासागर में डूबा।').includes('LOCATION|हिंद महासागर'));
});

test('a list goes on after a bracket that glosses one of its items', () => {
  const got = places('सम्मेलन में नेपाल , भूटान , म्यांमार ( बर्मा ) , तुवालुआ , श्रीलंका और मालदीव के मंत्री आए।');
  assert.ok(got.includes('LOCATION|तुवालुआ'), got.join(', '));
  // A bracket that is no gloss of an item (no separator after it) still ends the list.
  const no = places('नेपाल , भूटान , म्यांमार ( बर्मा ) तुवालुआ में बैठक हुई।');
  assert.ok(!no.includes('LOCATION|तुवालुआ'), no.join(', '));
});

test('common Hindi spellings of places outside the ICU names are places', () => {
  assert.ok(places('इसराइल और मिस्र के बीच वार्ता हुई।').includes('LOCATION|इसराइल'));
  assert.ok(places('भारत ने वेस्टइंडीज़ को हराया और कीनिया से ड्रॉ खेला।').includes('LOCATION|वेस्टइंडीज़'));
  assert.ok(places('दक्षिण वज़ीरिस्तान में सेना का अभियान जारी है।').includes('LOCATION|दक्षिण वज़ीरिस्तान'));
});

test('an unknown word before its state or country in brackets is a place', () => {
  const got = places('नया पुल सीमा पार के कस्बों को चिलखारी ( असम ) से जोड़ेगा।');
  assert.ok(got.includes('LOCATION|चिलखारी'), got.join(', '));
  assert.ok(places('बस सेवा दिल्ली से तुलगांव ( नेपाल ) तक चलेगी।').includes('LOCATION|तुलगांव'));
  // The last word of a longer name before the bracket is not taken alone.
  const org = places('दवा भारत बायोलॉजिकल्स ( हैदराबाद ) बनाएगी।');
  assert.ok(!org.includes('LOCATION|बायोलॉजिकल्स'), org.join(', '));
  // Nor a person's name.
  assert.ok(!places('विजेता सुनील ( हरियाणा ) रहे।').includes('LOCATION|सुनील'));
});

test('the word before the first comma of a list of places is a place', () => {
  const got = places('बाढ़ से कुरखेड़ी , वर्धा , नागपुर और अकोला में फसलें खराब हुईं।');
  assert.ok(got.includes('LOCATION|कुरखेड़ी'), got.join(', '));
  // Not before a conjunction, nor after a name found before it.
  const or = places('बिना किसी चेतावनी या संदेश के वे पनामा , पेरू और चिली लौट गए।');
  assert.ok(!or.some((s) => s.includes('संदेश')), or.join(', '));
  const city = places('मुंबई सिटी , ठाणे , पुणे और नासिक में अलर्ट है।');
  assert.ok(!city.includes('LOCATION|सिटी'), city.join(', '));
});
