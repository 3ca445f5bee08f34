// Organisation rules: acronyms that are units or schemes, short forms after a connected English
// name, conjoined subjects before a head, and names joined by ऑफ. Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findEntities } from '../../server/src/core/recognize/entities';
import { analyzeArticle } from '../../server/src/core';

const spans = (text: string) => findEntities(text, tokenize(text), []).map((s) => `${s.type}|${s.text}`);
const analysed = (text: string) => analyzeArticle(text).spans.map((s) => `${s.type}|${s.text}`);

test('a spelt-out acronym right after a number is a unit or a code, not an organisation', () => {
  const got = analysed('जलाशय में इस साल 3.1 टीएमसी पानी जमा हुआ और शहर को 40 एमएलडी आपूर्ति मिली।');
  assert.ok(!got.some((s) => s.startsWith('ORGANIZATION')), got.join(', '));
  // The same acronyms elsewhere are still organisations.
  assert.ok(analysed('कोलकाता में टीएमसी ने रैली की।').includes('ORGANIZATION|टीएमसी'));
  assert.ok(analysed('बैठक के बाद सीबीआई ने जांच शुरू की।').includes('ORGANIZATION|सीबीआई'));
});

test('a spelt-out acronym before a word for a thing names the thing, not an organisation', () => {
  const got = spans('मरीज़ अब एचएमएस पोर्टल पर और केवीएस कार्ड से भुगतान कर सकेंगे।');
  assert.ok(!got.some((s) => s.startsWith('ORGANIZATION')), got.join(', '));
  assert.ok(spans('इस बार एचएमएस ने नियम बदले।').includes('ORGANIZATION|एचएमएस'));
});

test('a spelt-out acronym ending in Y names a scheme (योजना), not an organisation', () => {
  const got = spans('गांव के परिवारों को पीएमएवाई और आरएसबीवाई का लाभ मिला।');
  assert.ok(!got.some((s) => s.startsWith('ORGANIZATION')), got.join(', '));
  assert.ok(spans('इस बार एनएचएआई ने टेंडर जारी किया।').includes('ORGANIZATION|एनएचएआई'));
});

test('a short form written after a name joined by ऑफ or फॉर is a span of its own', () => {
  const got = spans('भारत ने एशियन बैंक फॉर रिकंस्ट्रक्शन एंड डेवलपमेंट एबीआरडी से कर्ज मांगा।');
  assert.ok(got.includes('ORGANIZATION|एशियन बैंक फॉर रिकंस्ट्रक्शन एंड डेवलपमेंट'), got.join(', '));
  assert.ok(got.includes('ORGANIZATION|एबीआरडी'), got.join(', '));
});

test('a chamber of commerce is an organisation, also after a place name; a chamber alone is not', () => {
  const got = spans('कानपुर चैंबर ऑफ कॉमर्स ने बजट का स्वागत किया।');
  assert.ok(got.includes('ORGANIZATION|कानपुर चैंबर ऑफ कॉमर्स'), got.join(', '));
  const none = spans('सीवर की जांच चैंबर में पानी भर गया।');
  assert.ok(!none.some((s) => s.startsWith('ORGANIZATION')), none.join(', '));
});

test('academy and army spellings are organisation heads', () => {
  assert.ok(spans('उन्होंने हैदराबाद की नेशनल एकेडमी ऑफ लीगल स्टडीज में पढ़ाई की।').includes('ORGANIZATION|नेशनल एकेडमी ऑफ लीगल स्टडीज'));
  assert.ok(spans('विद्रोही गुट कांगो लिबरेशन आर्मी ने हमला किया।').includes('ORGANIZATION|कांगो लिबरेशन आर्मी'));
});

test('two subjects joined before a head: the second may be a modifier or two words', () => {
  assert.ok(spans('यह काम इलेक्ट्रॉनिक्स और सूचना प्रौद्योगिकी मंत्रालय को सौंपा गया।').includes('ORGANIZATION|इलेक्ट्रॉनिक्स और सूचना प्रौद्योगिकी मंत्रालय'));
  assert.ok(spans('राज्य ग्रामीण पुनर्वास एवं विकास निगम ने कर्ज बांटे।').includes('ORGANIZATION|राज्य ग्रामीण पुनर्वास एवं विकास निगम'));
  // A conjunction between two clauses joins nothing.
  const got = spans('किसानों ने धरना दिया और सूचना विभाग ने बयान जारी किया।');
  assert.ok(got.includes('ORGANIZATION|सूचना विभाग'), got.join(', '));
});

test('the letter name डब्लू spells acronyms', () => {
  assert.ok(spans('डब्लूएचओ ने नई चेतावनी जारी की।').includes('ORGANIZATION|डब्लूएचओ'));
});

test('an epithet read as part of the name joins the person; भगवान stays outside as a title', () => {
  assert.ok(spans('लोकमान्य तिलक ने स्वराज की मांग की।').includes('PERSON|लोकमान्य तिलक'));
  assert.ok(spans('गुरु नानक की जयंती पर शहर में जुलूस निकला।').includes('PERSON|गुरु नानक'));
  assert.ok(spans('मंदिर में भगवान राम की झांकी निकली।').includes('PERSON|राम'));
  // A verb after गुरु is no name.
  const got = spans('शिष्य ने उन्हें गुरु कहकर प्रणाम किया।');
  assert.ok(!got.some((s) => s.startsWith('PERSON')), got.join(', '));
});

test('a house before निर्वाचन क्षेत्र or सीट is a constituency: the place stays, the body goes', () => {
  assert.deepEqual(spans('वे पिछली बार उदयपुर लोकसभा सीट से जीते थे।'), ['LOCATION|उदयपुर']);
  assert.deepEqual(spans('यह इलाका एक विधानसभा निर्वाचन क्षेत्र है।'), []);
  // The house itself is still an organisation.
  assert.ok(spans('लोकसभा में विधेयक पारित हुआ।').includes('ORGANIZATION|लोकसभा'));
  assert.ok(spans('बिहार विधानसभा का सत्र सोमवार से शुरू होगा।').includes('ORGANIZATION|बिहार विधानसभा'));
});

test('a determiner before a head-found organisation makes a common noun; a longer national name stays', () => {
  const got = spans('आज यह एक यूनिवर्सल बैंक है और अन्य शिक्षण संस्थान भी जुड़े हैं।');
  assert.ok(!got.some((s) => s.startsWith('ORGANIZATION')), got.join(', '));
  assert.ok(spans('सरकार ने एक राष्ट्रीय भर्ती एजेंसी का गठन किया।').includes('ORGANIZATION|राष्ट्रीय भर्ती एजेंसी'));
  assert.ok(spans('फैसला भारतीय रिज़र्व बैंक ने लिया।').includes('ORGANIZATION|भारतीय रिज़र्व बैंक'));
});

test('an organisation before the word for an act is part of the law’s title', () => {
  const got = spans('संसद ने राष्ट्रीय आवास बैंक अधिनियम में बदलाव किया।');
  assert.ok(!got.some((s) => s.includes('आवास बैंक')), got.join(', '));
  assert.ok(spans('राष्ट्रीय आवास बैंक ने ब्याज दर घटाई।').includes('ORGANIZATION|राष्ट्रीय आवास बैंक'));
});

test('a head that is also a subject noun may sit inside a longer name; other heads end it', () => {
  assert.ok(spans('मामला राष्ट्रीय कंपनी कानून अधिकरण के पास पहुंचा।').includes('ORGANIZATION|राष्ट्रीय कंपनी कानून अधिकरण'));
  const got = spans('यह काम वित्तीय सेवा विभाग वित्त मंत्रालय के अधीन है।');
  assert.ok(!got.includes('ORGANIZATION|वित्तीय सेवा विभाग वित्त मंत्रालय'), got.join(', '));
});

test('an unknown name among named people in a list is a person; a list of things is not', () => {
  const got = spans('बैठक में अमित शर्मा , तोमस ओल्वेरा , रीना कपूर और सुनील यादव मौजूद थे।');
  assert.ok(got.includes('PERSON|तोमस ओल्वेरा'), got.join(', '));
  const none = spans('धरने पर अमित शर्मा , रीना कपूर , पुलिसकर्मी , सरकारी अधिकारी और सुनील यादव ने बात की।');
  assert.ok(!none.some((s) => s.includes('पुलिसकर्मी') || s.includes('अधिकारी')), none.join(', '));
  assert.ok(spans('धरने पर अमित शर्मा , रीना कपूर , तोमस ओल्वेरा और सुनील यादव ने बात की।').includes('PERSON|तोमस ओल्वेरा'));
});

test('an institute of a national system with its campus city is one organisation', () => {
  assert.ok(spans('उन्होंने आईआईटी कानपुर से पढ़ाई की।').includes('ORGANIZATION|आईआईटी कानपुर'));
  // Another acronym before a city is not joined to it.
  const got = spans('भाजपा दिल्ली में सरकार बनाएगी।');
  assert.ok(!got.includes('ORGANIZATION|भाजपा दिल्ली'), got.join(', '));
});

test('a head-found organisation that starts with an adjective for a kind of body is a common noun', () => {
  const got = spans('कई प्राइवेट बैंक और सरकारी अस्पताल इस योजना से जुड़े, और सरकार स्थायी निर्वाचन आयोग पर विचार कर रही है।');
  assert.ok(!got.some((s) => s.startsWith('ORGANIZATION')), got.join(', '));
  // A name before the head still makes an organisation, also with such a word inside it.
  assert.ok(spans('हनीमून ट्रैवल्स ने कहा कि पंजाब नेशनल बैंक ने कर्ज दिया।').includes('ORGANIZATION|पंजाब नेशनल बैंक'));
  assert.ok(spans('बुधवार को राष्ट्रीय निर्वाचन आयोग ने तारीखें घोषित कीं।').includes('ORGANIZATION|राष्ट्रीय निर्वाचन आयोग'));
});

test('an acronym after यानी abbreviates a scheme or thing before it; after a name it stays an organisation', () => {
  const got = spans('कर्मचारी अब राष्ट्रीय पेंशन स्कीम यानी एनपीएस में ज्यादा पैसा लगा सकेंगे।');
  assert.ok(!got.some((s) => s.startsWith('ORGANIZATION')), got.join(', '));
  assert.ok(spans('पहाड़ के ग्रीन टाइगर्स यानी जीटीएफ ने जिम्मेदारी ली।').includes('ORGANIZATION|जीटीएफ'));
});

test('an unknown acronym before के तहत or के अंतर्गत is the scheme something falls under', () => {
  const got = spans('गांवों में पानी अब डब्ल्यूएसपी के तहत और एमडीएमएस के अंतर्गत बांटा जाएगा।');
  assert.ok(!got.some((s) => s.startsWith('ORGANIZATION')), got.join(', '));
  assert.ok(spans('बाद में डब्ल्यूएसपी के अधिकारियों ने दौरा किया।').includes('ORGANIZATION|डब्ल्यूएसपी'));
});

test('a known acronym before a word for a thing names the thing (एसडीआरएफ आवंटन), elsewhere the body', () => {
  const got = spans('राज्य सरकार ने इस साल एसडीआरएफ आवंटन बढ़ाया।');
  assert.ok(!got.some((s) => s.endsWith('|एसडीआरएफ')), got.join(', '));
  assert.ok(spans('बाढ़ में एसडीआरएफ की टीम ने लोगों को बचाया।').includes('ORGANIZATION|एसडीआरएफ'));
});

test('two unknown name words before a distinctive head make one organisation, not a person before a known name', () => {
  const got = spans('उन्होंने कैलिको पॉटर्स फाउंडेशन और हैरिसन मेडिकल स्कूल के साथ काम किया।');
  assert.ok(got.includes('ORGANIZATION|कैलिको पॉटर्स फाउंडेशन'), got.join(', '));
  assert.ok(got.includes('ORGANIZATION|हैरिसन मेडिकल स्कूल'), got.join(', '));
  const known = spans('बैठक में सुरेश पाटिल विश्वविद्यालय अनुदान आयोग की ओर से आए।');
  assert.ok(known.includes('ORGANIZATION|विश्वविद्यालय अनुदान आयोग'), known.join(', '));
  assert.ok(spans('यह मूलतः संस्कृत महाविद्यालय था।').every((s) => !s.includes('मूलतः')));
});

test('a sector or role word before a head makes a kind of body, not a name; a name-like word keeps it', () => {
  const got = spans('शहर की एक बीमा कंपनी और कई रेटिंग एजेंसी के अलावा लेनदार समिति भी बैठक में थी।');
  assert.ok(!got.some((s) => s.startsWith('ORGANIZATION')), got.join(', '));
  const generic = spans('पुणे स्थित शोध संस्था ने रिपोर्ट दी और पंचायत समिति ने उसे पढ़ा।');
  assert.ok(!generic.some((s) => s.startsWith('ORGANIZATION')), generic.join(', '));
  assert.ok(!spans('कानून कहता है कि प्रमोटर और प्रमोटर समूह शेयर नहीं बेचेंगे।').some((s) => s.startsWith('ORGANIZATION')));
  // Postpositions and interrogatives start no name (के अलावा किस पार्टी).
  const asked = spans('पूछा गया कि कांग्रेस के अलावा किस पार्टी ने समर्थन दिया।');
  assert.ok(!asked.some((s) => s.includes('किस') || s.includes('अलावा')), asked.join(', '));
  // A national adjective, a proper name or another subject makes it a name.
  assert.ok(spans('मंगलवार को राष्ट्रीय बीमा अकादमी ने नतीजे जारी किए।').includes('ORGANIZATION|राष्ट्रीय बीमा अकादमी'));
  assert.ok(spans('इस बार हैरिसन शोध संस्थान ने रिपोर्ट दी।').includes('ORGANIZATION|हैरिसन शोध संस्थान'));
  assert.ok(spans('मंत्री ने बताया कि वित्तीय सेवा विभाग ने बैंकों को पत्र लिखा।').includes('ORGANIZATION|वित्तीय सेवा विभाग'));
});

test('two levels of government joined before a head speak of several bodies; subjects joined still make a name', () => {
  const got = spans('नए कानून से केंद्रीय एवं प्रांतीय विधान परिषद में सीटें बढ़ीं।');
  assert.ok(!got.some((s) => s.startsWith('ORGANIZATION')), got.join(', '));
  assert.ok(!spans('सीमित मताधिकार तथा विधान परिषद की कमजोरी पर बहस हुई।').some((s) => s.startsWith('ORGANIZATION')));
  assert.ok(spans('मामला औद्योगिक और वित्तीय पुनर्गठन बोर्ड में गया।').includes('ORGANIZATION|औद्योगिक और वित्तीय पुनर्गठन बोर्ड'));
  assert.ok(spans('उन्होंने कहा कि पेयजल और स्वच्छता विभाग ने काम तेज किया।').includes('ORGANIZATION|पेयजल और स्वच्छता विभाग'));
});

test('a person after a title is not the start of the organisation after it; a place before an English name joined by ऑफ qualifies it', () => {
  const got = spans('डॉ. रंगनाथन रॉयल सोसायटी ऑफ एडिनबरा के फेलो चुने गए।');
  assert.ok(got.includes('PERSON|रंगनाथन'), got.join(', '));
  assert.ok(got.includes('ORGANIZATION|रॉयल सोसायटी ऑफ एडिनबरा'), got.join(', '));
  const us = spans('उन्हें यूएस नेशनल एकेडमी ऑफ इंजीनियरिंग ने सम्मानित किया।');
  assert.ok(us.includes('LOCATION|यूएस'), us.join(', '));
  assert.ok(us.includes('ORGANIZATION|नेशनल एकेडमी ऑफ इंजीनियरिंग'), us.join(', '));
  // Without a connector the place is part of the name; after a title an unlisted word may start one.
  assert.ok(spans('इसके बाद पाकिस्तान स्टेट बैंक ने दरें घटाईं।').includes('ORGANIZATION|पाकिस्तान स्टेट बैंक'));
  assert.ok(spans('लेखिका वेलकम ट्रस्ट रिसर्च डिवीजन ऑफ न्यूरोसाइंस में काम करती हैं।').some((s) => s.startsWith('ORGANIZATION|वेलकम')));
});

test('a commission named after its chair is an organisation; the DR Congo and its short form are a place', () => {
  assert.ok(spans('कोठारी आयोग की सिफारिशें आज भी चर्चा में हैं।').includes('ORGANIZATION|कोठारी आयोग'));
  const got = spans('संयुक्त राष्ट्र ने कहा कि डीआरसी और लोकतांत्रिक गणराज्य कांगो एक ही देश हैं।');
  assert.ok(got.includes('LOCATION|डीआरसी'), got.join(', '));
  assert.ok(got.includes('LOCATION|लोकतांत्रिक गणराज्य कांगो'), got.join(', '));
  assert.ok(spans('इस सौदे में आर्सेलर मित्तल की हिस्सेदारी बढ़ी।').includes('ORGANIZATION|आर्सेलर मित्तल'));
});

test('name words joined by a hyphen before an organisation found by its head belong to its name', () => {
  const glued = spans('सरकार मल्टी-लेटरल इन्वेस्टमेंट बैंक से कर्ज लेगी।');
  assert.ok(glued.includes('ORGANIZATION|मल्टी-लेटरल इन्वेस्टमेंट बैंक'), glued.join(', '));
  const spaced = spans('उन्होंने बोस - रमन कल्चरल फाउंडेशन की स्थापना की।');
  assert.ok(spaced.includes('ORGANIZATION|बोस - रमन कल्चरल फाउंडेशन'), spaced.join(', '));
  // A plural or a function word before a dash is a heading or a list, not part of the name.
  const list = spans('दो नए टीकों - हैरिसन इंस्टीट्यूट के टीके को मंजूरी मिली।');
  assert.ok(list.includes('ORGANIZATION|हैरिसन इंस्टीट्यूट'), list.join(', '));
  const head = spans('रिपोर्ट - हैरिसन इंस्टीट्यूट ने आंकड़े दिए।');
  assert.ok(head.includes('ORGANIZATION|हैरिसन इंस्टीट्यूट'), head.join(', '));
});

test('an acronym whose letters need a second reading is still spelt out (ए सी आई सी, not एस …)', () => {
  assert.ok(spans('बैठक के बाद एसीआईसी ने नई योजना घोषित की।').includes('ORGANIZATION|एसीआईसी'));
  assert.ok(spans('इस बार एसीएम ने रिपोर्ट दी।').includes('ORGANIZATION|एसीएम'));
  // A word that no reading spells is no acronym.
  assert.ok(!spans('इस बार एसीमा ने रिपोर्ट दी।').includes('ORGANIZATION|एसीमा'));
});

test('two name words before a distinctive head make an organisation even when the second starts a known name', () => {
  const got = spans('इतिहास में आजाद हिंद फौज की भूमिका बड़ी थी।');
  assert.ok(got.includes('ORGANIZATION|आजाद हिंद फौज'), got.join(', '));
  // The known name itself is kept when it matches there.
  assert.ok(spans('हिंद महासागर में तनाव बढ़ा।').includes('LOCATION|हिंद महासागर'));
});

test('a closing head that can also modify (प्राधिकरण) ends a name of subject nouns when no head follows', () => {
  const got = spans('राज्य स्कूल मानक प्राधिकरण हर राज्य में बनेगा।');
  assert.ok(got.includes('ORGANIZATION|राज्य स्कूल मानक प्राधिकरण'), got.join(', '));
  assert.ok(!spans('राज्य स्कूल मानक तय करेगा।').some((s) => s.startsWith('ORGANIZATION')));
});

test('rating agencies and statistics offices are known organisations', () => {
  const got = spans('क्रिसिल और मूडीज के बाद राष्ट्रीय सांख्यिकी कार्यालय ने भी अनुमान घटाया।');
  for (const o of ['क्रिसिल', 'मूडीज', 'राष्ट्रीय सांख्यिकी कार्यालय']) assert.ok(got.includes(`ORGANIZATION|${o}`), got.join(', '));
});

test('an unknown name before a plural corporate word is a company (… कास्टिंग्स, … इंडस्ट्रीज, … वेंचर्स)', () => {
  const got = spans('बैंकों ने हैरिसन कास्टिंग्स और मेहरा इंडस्ट्रीज को कर्ज दिया।');
  assert.ok(got.includes('ORGANIZATION|हैरिसन कास्टिंग्स'), got.join(', '));
  assert.ok(got.includes('ORGANIZATION|मेहरा इंडस्ट्रीज'), got.join(', '));
  assert.ok(spans('इस बार जनरल मोटर्स ने कारें वापस मंगाईं।').includes('ORGANIZATION|जनरल मोटर्स'));
  // A brand ending in -ी before such a word is a name; before a plain head it stays an adjective.
  assert.ok(spans('इस बार पाराशरी कास्टिंग्स ने कहा।').includes('ORGANIZATION|पाराशरी कास्टिंग्स'));
  assert.ok(!spans('इस बार सरकारी कंपनी ने कहा।').some((s) => s.startsWith('ORGANIZATION')));
  // The corporate word alone or after a determiner is no name.
  assert.ok(!spans('कई इंडस्ट्रीज बंद हो गईं।').some((s) => s.startsWith('ORGANIZATION')));
});

test('a body named after a known organisation is one organisation; a descriptor or a second name after it is not', () => {
  assert.ok(spans('शाम को भाजपा संसदीय बोर्ड की बैठक हुई।').includes('ORGANIZATION|भाजपा संसदीय बोर्ड'));
  assert.ok(spans('वे यूएन हेल्थ एडवाइजरी समिति के सदस्य हैं।').includes('ORGANIZATION|यूएन हेल्थ एडवाइजरी समिति'));
  const news = spans('एएफपी समाचार एजेंसी ने यह खबर दी।');
  assert.ok(news.includes('ORGANIZATION|एएफपी'), news.join(', '));
  assert.ok(!news.some((s) => s.includes('एएफपी समाचार')), news.join(', '));
  const two = spans('इस पर नीति आयोग राष्ट्रीय चिकित्सा आयोग से बात करेगा।');
  assert.ok(two.includes('ORGANIZATION|नीति आयोग'), two.join(', '));
  assert.ok(!spans('विश्व स्वास्थ्य संगठन सरीखे अंतरराष्ट्रीय संगठन कमजोर दिखे।').some((s) => s.includes('सरीखे')));
});
