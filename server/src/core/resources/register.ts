/**
 * The curated register of named entities likely in Indian (Hindi) news: people in office,
 * parties, government bodies, international organisations, media, events and group names.
 *
 * Each block names its type and where its data came from. Each line is one entity:
 *
 *     English id | Hindi names, comma-separated | Latin names, comma-separated
 *
 * The first Hindi name is the canonical display name. A name written `~name` is a weak alias
 * (a bare surname or family name such as किम): it is only used when the entity's full name or
 * a title cue occurs in the same document.
 *
 * Invariant: the entries are chosen for breadth over Indian and world news, never copied from an
 * evaluation file; spellings follow common Hindi newspaper usage (both variants where papers
 * differ, e.g. अमेरिका/अमरीका, नई/नयी दिल्ली).
 */
import type { EntityType } from '../types';

export interface RegisterEntry {
  /** Stable id: type prefix and the English name (`per:vladimir-putin`). */
  id: string;
  type: EntityType;
  /** Canonical display name (Hindi where one is listed). */
  canonical: string;
  /** Every spelling that names the entity on its own. */
  aliases: readonly string[];
  /** Spellings that only name it when the full name or a cue is nearby (bare surnames). */
  weak: readonly string[];
  /** Where the entry comes from. */
  source: string;
}

interface Block {
  type: EntityType;
  source: string;
  lines: string;
}

const PERSONS_WORLD: Block = {
  type: 'PERSON',
  source: 'heads of state/government and well-known public figures; Hindi spellings as in Hindi Wikipedia article titles and Hindi newspapers, 2026 (general knowledge)',
  lines: `
Vladimir Putin | व्लादिमीर पुतिन, ब्लादिमीर पुतिन, पुतिन | Vladimir Putin, Putin
Xi Jinping | शी जिनपिंग, शी चिनफिंग, जिनपिंग, ~शी | Xi Jinping, Jinping, ~Xi
Kim Jong Un | किम जोंग उन, किम जोंग-उन, किम जोंग, ~किम | Kim Jong Un, Kim Jong-un, ~Kim
Kim Yo Jong | किम यो जोंग, किम यो-जोंग | Kim Yo Jong
Kim Il Sung | किम इल सुंग, किम इल-सुंग | Kim Il Sung
Kim Jong Il | किम जोंग इल, किम जोंग-इल | Kim Jong Il
Donald Trump | डोनाल्ड ट्रंप, डोनाल्ड ट्रम्प, ट्रंप, ट्रम्प | Donald Trump, Trump
Joe Biden | जो बाइडन, जो बाइडेन, बाइडन, बाइडेन | Joe Biden, Biden
Barack Obama | बराक ओबामा, ओबामा | Barack Obama, Obama
George W. Bush | जॉर्ज डब्ल्यू बुश, जॉर्ज बुश | George W. Bush, George Bush
Bill Clinton | बिल क्लिंटन | Bill Clinton
Hillary Clinton | हिलेरी क्लिंटन, हिलरी क्लिंटन | Hillary Clinton
Kamala Harris | कमला हैरिस | Kamala Harris
JD Vance | जेडी वेंस, जे डी वेंस | JD Vance
Marco Rubio | मार्को रुबियो, रुबियो | Marco Rubio, Rubio
Antony Blinken | एंटनी ब्लिंकन, ब्लिंकन | Antony Blinken, Blinken
Elon Musk | एलन मस्क, एलोन मस्क, मस्क | Elon Musk, Musk
Volodymyr Zelensky | वोलोदिमीर ज़ेलेंस्की, वोलोदिमिर ज़ेलेंस्की, ज़ेलेंस्की, जेलेंस्की | Volodymyr Zelensky, Zelensky, Zelenskyy
Sergei Lavrov | सर्गेई लावरोव, लावरोव | Sergei Lavrov, Lavrov
Sergei Shoigu | सर्गेई शोइगु, शोइगु | Sergei Shoigu, Shoigu
Dmitry Medvedev | दमित्री मेदवेदेव, मेदवेदेव | Dmitry Medvedev, Medvedev
Dmitry Peskov | दमित्री पेसकोव, पेसकोव | Dmitry Peskov, Peskov
Mikhail Gorbachev | मिखाइल गोर्बाचेव, गोर्बाचेव | Mikhail Gorbachev, Gorbachev
Joseph Stalin | जोसेफ स्टालिन | Joseph Stalin
Vladimir Lenin | व्लादिमीर लेनिन, लेनिन | Lenin
Adolf Hitler | एडॉल्फ हिटलर, हिटलर | Adolf Hitler, Hitler
Winston Churchill | विंस्टन चर्चिल, चर्चिल | Winston Churchill, Churchill
Mao Zedong | माओ त्से तुंग, माओत्से तुंग, माओ ज़ेदोंग, माओ | Mao Zedong, Mao
Li Qiang | ली कियांग, ली छियांग | Li Qiang
Wang Yi | वांग यी | Wang Yi
Lee Jae-myung | ली जे-म्युंग, ली जे म्युंग, ली जे-म्यांग | Lee Jae-myung
Yoon Suk Yeol | यून सुक योल, यून सुक-योल | Yoon Suk Yeol
Moon Jae-in | मून जे-इन, मून जे इन | Moon Jae-in
Shigeru Ishiba | शिगेरु इशिबा, इशिबा | Shigeru Ishiba, Ishiba
Sanae Takaichi | सनाए ताकाइची, ताकाइची | Sanae Takaichi, Takaichi
Fumio Kishida | फुमियो किशिदा, किशिदा | Fumio Kishida, Kishida
Shinzo Abe | शिंजो आबे, शिंज़ो आबे | Shinzo Abe
Keir Starmer | कीर स्टार्मर, स्टार्मर | Keir Starmer, Starmer
Rishi Sunak | ऋषि सुनक, सुनक | Rishi Sunak, Sunak
Boris Johnson | बोरिस जॉनसन | Boris Johnson
King Charles III | किंग चार्ल्स, चार्ल्स तृतीय | King Charles
Emmanuel Macron | इमैनुएल मैक्रों, इमैनुएल मैक्रॉन, मैक्रों, मैक्रॉन | Emmanuel Macron, Macron
Olaf Scholz | ओलाफ शोल्ज़, ओलाफ़ शॉल्त्स, शोल्ज़ | Olaf Scholz, Scholz
Friedrich Merz | फ्रेडरिक मर्ज़, मर्ज़ | Friedrich Merz, Merz
Angela Merkel | एंजेला मर्केल, मर्केल | Angela Merkel, Merkel
Giorgia Meloni | जॉर्जिया मेलोनी, मेलोनी | Giorgia Meloni, Meloni
Pedro Sanchez | पेड्रो सांचेज़ | Pedro Sanchez
Mark Carney | मार्क कार्नी, कार्नी | Mark Carney, Carney
Justin Trudeau | जस्टिन ट्रूडो, ट्रूडो | Justin Trudeau, Trudeau
Anthony Albanese | एंथनी अल्बनीज़, अल्बनीज़ | Anthony Albanese, Albanese
Benjamin Netanyahu | बेंजामिन नेतन्याहू, नेतन्याहू | Benjamin Netanyahu, Netanyahu
Recep Tayyip Erdogan | रेचेप तैयप एर्दोगन, रेचेप तय्यप एर्दोआन, एर्दोगन, एर्दोआन | Recep Tayyip Erdogan, Erdogan
Ali Khamenei | अली ख़ामेनेई, अली खामेनेई, ख़ामेनेई, खामेनेई | Ali Khamenei, Khamenei
Masoud Pezeshkian | मसूद पेज़ेशकियान, पेज़ेशकियान | Masoud Pezeshkian
Mohammed bin Salman | मोहम्मद बिन सलमान | Mohammed bin Salman
Mohamed bin Zayed | मोहम्मद बिन ज़ायद | Mohamed bin Zayed
Abdel Fattah el-Sisi | अब्देल फ़तह अल-सीसी, अल-सीसी | Sisi
Bashar al-Assad | बशर अल-असद, बशर अल असद | Bashar al-Assad, Assad
Shehbaz Sharif | शहबाज़ शरीफ़, शहबाज शरीफ | Shehbaz Sharif
Nawaz Sharif | नवाज़ शरीफ़, नवाज शरीफ | Nawaz Sharif
Imran Khan | इमरान ख़ान, इमरान खान | Imran Khan
Asif Ali Zardari | आसिफ़ अली ज़रदारी, आसिफ अली जरदारी, ज़रदारी, जरदारी | Asif Ali Zardari, Zardari
Bilawal Bhutto Zardari | बिलावल भुट्टो ज़रदारी, बिलावल भुट्टो, बिलावल | Bilawal Bhutto
Benazir Bhutto | बेनज़ीर भुट्टो, बेनजीर भुट्टो | Benazir Bhutto
Asim Munir | आसिम मुनीर, असीम मुनीर | Asim Munir
Pervez Musharraf | परवेज़ मुशर्रफ़, परवेज मुशर्रफ, मुशर्रफ़, मुशर्रफ | Pervez Musharraf, Musharraf
Sheikh Hasina | शेख़ हसीना, शेख हसीना | Sheikh Hasina
Muhammad Yunus | मोहम्मद यूनुस, मुहम्मद यूनुस | Muhammad Yunus
Khaleda Zia | ख़ालिदा ज़िया, खालिदा जिया | Khaleda Zia
K. P. Sharma Oli | केपी शर्मा ओली, के पी शर्मा ओली | K P Sharma Oli
Pushpa Kamal Dahal | पुष्प कमल दहल | Pushpa Kamal Dahal
Anura Kumara Dissanayake | अनुरा कुमारा दिसानायके, दिसानायके | Anura Kumara Dissanayake
Ranil Wickremesinghe | रानिल विक्रमसिंघे | Ranil Wickremesinghe
Mohamed Muizzu | मोहम्मद मुइज़्ज़ू, मुइज्जू, मुइज़्ज़ू | Mohamed Muizzu, Muizzu
Hamid Karzai | हामिद करज़ई, हामिद करजई | Hamid Karzai
Osama bin Laden | ओसामा बिन लादेन | Osama bin Laden
Hafiz Saeed | हाफ़िज़ सईद, हाफिज सईद | Hafiz Saeed
Masood Azhar | मसूद अज़हर, मसूद अजहर | Masood Azhar
Luiz Inacio Lula da Silva | लुइज़ इनासियो लूला दा सिल्वा, लूला दा सिल्वा, लूला | Lula da Silva, Lula
Cyril Ramaphosa | सिरिल रामफोसा, रामफोसा | Cyril Ramaphosa, Ramaphosa
Nelson Mandela | नेल्सन मंडेला, मंडेला | Nelson Mandela, Mandela
Javier Milei | हावियर मिलेई, मिलेई | Javier Milei
Claudia Sheinbaum | क्लाउडिया शीनबाम | Claudia Sheinbaum
Ursula von der Leyen | उर्सुला वॉन डेर लेयेन, उर्सुला फॉन डेर लाइन | Ursula von der Leyen
Antonio Guterres | एंटोनियो गुटेरेस, गुटेरेस | Antonio Guterres, Guterres
Ban Ki-moon | बान की-मून, बान की मून | Ban Ki-moon
Kristalina Georgieva | क्रिस्टालिना जॉर्जीवा, जॉर्जीवा | Kristalina Georgieva
Tedros Adhanom Ghebreyesus | टेड्रोस एडनॉम घेब्रेयसस, टेड्रोस | Tedros
Mark Rutte | मार्क रुटे | Mark Rutte
Jens Stoltenberg | जेन्स स्टोल्टेनबर्ग | Jens Stoltenberg
Pope Francis | पोप फ्रांसिस | Pope Francis
Pope Leo XIV | पोप लियो | Pope Leo
Dalai Lama | दलाई लामा | Dalai Lama
Queen Elizabeth II | महारानी एलिज़ाबेथ, महारानी एलिजाबेथ | Queen Elizabeth
Sundar Pichai | सुंदर पिचाई, पिचाई | Sundar Pichai
Satya Nadella | सत्या नडेला, नडेला | Satya Nadella
Bill Gates | बिल गेट्स | Bill Gates
Mark Zuckerberg | मार्क ज़करबर्ग, मार्क जुकरबर्ग, ज़करबर्ग, जुकरबर्ग | Mark Zuckerberg, Zuckerberg
Sam Altman | सैम ऑल्टमैन, सैम आल्टमैन | Sam Altman
Jeff Bezos | जेफ़ बेज़ोस, जेफ बेजोस | Jeff Bezos
Albert Einstein | अल्बर्ट आइंस्टीन, आइंस्टाइन, आइंस्टीन | Albert Einstein, Einstein
Lionel Messi | लियोनेल मेसी, मेसी | Lionel Messi, Messi
Cristiano Ronaldo | क्रिस्टियानो रोनाल्डो, रोनाल्डो | Cristiano Ronaldo, Ronaldo
`,
};

const PERSONS_INDIA: Block = {
  type: 'PERSON',
  source: 'Indian office-holders, leaders and public figures; Hindi spellings as used by Hindi newspapers and Hindi Wikipedia titles, 2026 (general knowledge)',
  lines: `
Narendra Modi | नरेंद्र मोदी, नरेन्द्र मोदी, नरेंद्र दामोदरदास मोदी, मोदी | Narendra Modi, Modi
Droupadi Murmu | द्रौपदी मुर्मू, मुर्मू | Droupadi Murmu, Murmu
Ram Nath Kovind | रामनाथ कोविंद, राम नाथ कोविंद, कोविंद | Ram Nath Kovind, Kovind
Pranab Mukherjee | प्रणब मुखर्जी | Pranab Mukherjee
A. P. J. Abdul Kalam | एपीजे अब्दुल कलाम, ए पी जे अब्दुल कलाम, अब्दुल कलाम | APJ Abdul Kalam, Abdul Kalam
C. P. Radhakrishnan | सी पी राधाकृष्णन, सीपी राधाकृष्णन | C P Radhakrishnan
Jagdeep Dhankhar | जगदीप धनखड़, धनखड़ | Jagdeep Dhankhar, Dhankhar
Venkaiah Naidu | वेंकैया नायडू, एम वेंकैया नायडू | Venkaiah Naidu
Amit Shah | अमित शाह | Amit Shah
Rajnath Singh | राजनाथ सिंह | Rajnath Singh
Nirmala Sitharaman | निर्मला सीतारमण, निर्मला सीतारमन, सीतारमण | Nirmala Sitharaman, Sitharaman
S. Jaishankar | एस जयशंकर, एस. जयशंकर, सुब्रह्मण्यम जयशंकर, जयशंकर | S Jaishankar, Jaishankar
Nitin Gadkari | नितिन गडकरी, गडकरी | Nitin Gadkari, Gadkari
Piyush Goyal | पीयूष गोयल | Piyush Goyal
Ashwini Vaishnaw | अश्विनी वैष्णव | Ashwini Vaishnaw
Shivraj Singh Chouhan | शिवराज सिंह चौहान, शिवराज | Shivraj Singh Chouhan
J. P. Nadda | जेपी नड्डा, जे पी नड्डा, जगत प्रकाश नड्डा, नड्डा | JP Nadda, Nadda
Dharmendra Pradhan | धर्मेंद्र प्रधान | Dharmendra Pradhan
Hardeep Singh Puri | हरदीप सिंह पुरी, हरदीप पुरी | Hardeep Singh Puri
Kiren Rijiju | किरेन रिजिजू, रिजिजू | Kiren Rijiju
Arjun Ram Meghwal | अर्जुन राम मेघवाल | Arjun Ram Meghwal
Mansukh Mandaviya | मनसुख मांडविया | Mansukh Mandaviya
Jyotiraditya Scindia | ज्योतिरादित्य सिंधिया | Jyotiraditya Scindia
Smriti Irani | स्मृति ईरानी | Smriti Irani
Om Birla | ओम बिरला | Om Birla
Ajit Doval | अजीत डोभाल, अजित डोभाल, डोभाल | Ajit Doval, Doval
Sanjay Malhotra | संजय मल्होत्रा | Sanjay Malhotra
Shaktikanta Das | शक्तिकांत दास | Shaktikanta Das
Raghuram Rajan | रघुराम राजन | Raghuram Rajan
Urjit Patel | उर्जित पटेल | Urjit Patel
Gyanesh Kumar | ज्ञानेश कुमार | Gyanesh Kumar
Rajiv Kumar | राजीव कुमार | Rajiv Kumar
D. Y. Chandrachud | डीवाई चंद्रचूड़, डी वाई चंद्रचूड़, चंद्रचूड़ | DY Chandrachud, Chandrachud
Sanjiv Khanna | संजीव खन्ना | Sanjiv Khanna
B. R. Gavai | बीआर गवई, बी आर गवई | B R Gavai
Rahul Gandhi | राहुल गांधी | Rahul Gandhi
Sonia Gandhi | सोनिया गांधी | Sonia Gandhi
Priyanka Gandhi Vadra | प्रियंका गांधी वाड्रा, प्रियंका गांधी | Priyanka Gandhi
Mallikarjun Kharge | मल्लिकार्जुन खड़गे, मल्लिकार्जुन खरगे, खड़गे, खरगे | Mallikarjun Kharge, Kharge
Manmohan Singh | मनमोहन सिंह | Manmohan Singh
Atal Bihari Vajpayee | अटल बिहारी वाजपेयी, वाजपेयी | Atal Bihari Vajpayee, Vajpayee
L. K. Advani | लालकृष्ण आडवाणी, लाल कृष्ण आडवाणी, आडवाणी | L K Advani, Advani
Indira Gandhi | इंदिरा गांधी | Indira Gandhi
Rajiv Gandhi | राजीव गांधी | Rajiv Gandhi
Jawaharlal Nehru | जवाहरलाल नेहरू, पंडित नेहरू, नेहरू | Jawaharlal Nehru, Nehru
Mahatma Gandhi | महात्मा गांधी, मोहनदास करमचंद गांधी, गांधीजी, बापू | Mahatma Gandhi
Sardar Vallabhbhai Patel | सरदार वल्लभभाई पटेल, सरदार पटेल, वल्लभभाई पटेल | Sardar Patel
B. R. Ambedkar | भीमराव आंबेडकर, भीमराव अंबेडकर, बाबासाहेब आंबेडकर, डॉ. अंबेडकर, आंबेडकर, अंबेडकर | B R Ambedkar, Ambedkar
Subhas Chandra Bose | सुभाष चंद्र बोस, सुभाषचंद्र बोस, नेताजी सुभाष | Subhas Chandra Bose
Bhagat Singh | भगत सिंह | Bhagat Singh
Lal Bahadur Shastri | लाल बहादुर शास्त्री | Lal Bahadur Shastri
Swami Vivekananda | स्वामी विवेकानंद, विवेकानंद | Swami Vivekananda
Rabindranath Tagore | रवींद्रनाथ टैगोर, रवीन्द्रनाथ ठाकुर, रवींद्रनाथ ठाकुर, टैगोर | Rabindranath Tagore, Tagore
Arvind Kejriwal | अरविंद केजरीवाल, केजरीवाल | Arvind Kejriwal, Kejriwal
Manish Sisodia | मनीष सिसोदिया, सिसोदिया | Manish Sisodia
Atishi | आतिशी, आतिशी मार्लेना | Atishi
Rekha Gupta | रेखा गुप्ता | Rekha Gupta
Bhagwant Mann | भगवंत मान | Bhagwant Mann
Yogi Adityanath | योगी आदित्यनाथ, आदित्यनाथ | Yogi Adityanath
Akhilesh Yadav | अखिलेश यादव | Akhilesh Yadav
Mulayam Singh Yadav | मुलायम सिंह यादव, मुलायम सिंह | Mulayam Singh Yadav
Mayawati | मायावती | Mayawati
Nitish Kumar | नीतीश कुमार | Nitish Kumar
Lalu Prasad Yadav | लालू प्रसाद यादव, लालू प्रसाद, लालू यादव, लालू | Lalu Prasad Yadav, Lalu Prasad
Tejashwi Yadav | तेजस्वी यादव | Tejashwi Yadav
Rabri Devi | राबड़ी देवी | Rabri Devi
Samrat Choudhary | सम्राट चौधरी | Samrat Choudhary
Chirag Paswan | चिराग पासवान | Chirag Paswan
Ram Vilas Paswan | रामविलास पासवान, राम विलास पासवान | Ram Vilas Paswan
Prashant Kishor | प्रशांत किशोर | Prashant Kishor
Mamata Banerjee | ममता बनर्जी | Mamata Banerjee
Abhishek Banerjee | अभिषेक बनर्जी | Abhishek Banerjee
Suvendu Adhikari | शुभेंदु अधिकारी | Suvendu Adhikari
Devendra Fadnavis | देवेंद्र फडणवीस, देवेन्द्र फडणवीस, फडणवीस | Devendra Fadnavis, Fadnavis
Eknath Shinde | एकनाथ शिंदे | Eknath Shinde
Uddhav Thackeray | उद्धव ठाकरे | Uddhav Thackeray
Raj Thackeray | राज ठाकरे | Raj Thackeray
Sharad Pawar | शरद पवार | Sharad Pawar
Ajit Pawar | अजित पवार | Ajit Pawar
Supriya Sule | सुप्रिया सुले | Supriya Sule
Bhupendra Patel | भूपेंद्र पटेल | Bhupendra Patel
Bhajan Lal Sharma | भजनलाल शर्मा, भजन लाल शर्मा | Bhajan Lal Sharma
Ashok Gehlot | अशोक गहलोत, गहलोत | Ashok Gehlot, Gehlot
Sachin Pilot | सचिन पायलट | Sachin Pilot
Vasundhara Raje | वसुंधरा राजे | Vasundhara Raje
Mohan Yadav | मोहन यादव | Mohan Yadav
Kamal Nath | कमलनाथ, कमल नाथ | Kamal Nath
Digvijaya Singh | दिग्विजय सिंह | Digvijaya Singh
Vishnu Deo Sai | विष्णुदेव साय, विष्णु देव साय | Vishnu Deo Sai
Bhupesh Baghel | भूपेश बघेल | Bhupesh Baghel
Hemant Soren | हेमंत सोरेन | Hemant Soren
Shibu Soren | शिबू सोरेन | Shibu Soren
Mohan Charan Majhi | मोहन चरण माझी | Mohan Charan Majhi
Naveen Patnaik | नवीन पटनायक | Naveen Patnaik
Pushkar Singh Dhami | पुष्कर सिंह धामी, धामी | Pushkar Singh Dhami, Dhami
Sukhvinder Singh Sukhu | सुखविंदर सिंह सुक्खू, सुक्खू | Sukhvinder Singh Sukhu
Nayab Singh Saini | नायब सिंह सैनी | Nayab Singh Saini
Manohar Lal Khattar | मनोहर लाल खट्टर, मनोहर लाल, खट्टर | Manohar Lal Khattar
Bhupinder Singh Hooda | भूपिंदर सिंह हुड्डा, हुड्डा | Bhupinder Singh Hooda
Omar Abdullah | उमर अब्दुल्ला | Omar Abdullah
Farooq Abdullah | फ़ारूक़ अब्दुल्ला, फारूक अब्दुल्ला | Farooq Abdullah
Mehbooba Mufti | महबूबा मुफ़्ती, महबूबा मुफ्ती | Mehbooba Mufti
Manoj Sinha | मनोज सिन्हा | Manoj Sinha
M. K. Stalin | एमके स्टालिन, एम के स्टालिन, एम. के. स्टालिन, ~स्टालिन | M K Stalin
Udhayanidhi Stalin | उदयनिधि स्टालिन | Udhayanidhi Stalin
Edappadi K. Palaniswami | एडप्पादी के पलानीस्वामी, पलानीस्वामी | Palaniswami
J. Jayalalithaa | जे जयललिता, जयललिता | Jayalalithaa
Pinarayi Vijayan | पिनराई विजयन, पिनरई विजयन | Pinarayi Vijayan
Siddaramaiah | सिद्धारमैया | Siddaramaiah
D. K. Shivakumar | डीके शिवकुमार, डी के शिवकुमार, शिवकुमार | D K Shivakumar
B. S. Yediyurappa | बीएस येदियुरप्पा, येदियुरप्पा | Yediyurappa
Revanth Reddy | रेवंत रेड्डी, ए रेवंत रेड्डी | Revanth Reddy
K. Chandrashekar Rao | के चंद्रशेखर राव, केसीआर | K Chandrashekar Rao, KCR
N. Chandrababu Naidu | एन चंद्रबाबू नायडू, चंद्रबाबू नायडू | Chandrababu Naidu
Y. S. Jagan Mohan Reddy | वाईएस जगन मोहन रेड्डी, जगन मोहन रेड्डी, जगनमोहन रेड्डी | Jagan Mohan Reddy
Pawan Kalyan | पवन कल्याण | Pawan Kalyan
Himanta Biswa Sarma | हिमंत बिस्व सरमा, हिमंत बिस्वा सरमा, हिमंत | Himanta Biswa Sarma
N. Biren Singh | एन बीरेन सिंह, बीरेन सिंह | N Biren Singh
Asaduddin Owaisi | असदुद्दीन ओवैसी, ओवैसी | Asaduddin Owaisi, Owaisi
Mohan Bhagwat | मोहन भागवत, भागवत | Mohan Bhagwat
Shashi Tharoor | शशि थरूर, थरूर | Shashi Tharoor, Tharoor
Jairam Ramesh | जयराम रमेश | Jairam Ramesh
P. Chidambaram | पी चिदंबरम, पी. चिदंबरम, चिदंबरम | P Chidambaram, Chidambaram
Kapil Sibal | कपिल सिब्बल | Kapil Sibal
Sanjay Singh | संजय सिंह | Sanjay Singh
Sanjay Raut | संजय राउत | Sanjay Raut
Mukesh Ambani | मुकेश अंबानी | Mukesh Ambani
Anil Ambani | अनिल अंबानी | Anil Ambani
Gautam Adani | गौतम अडानी, गौतम अदाणी | Gautam Adani
Ratan Tata | रतन टाटा | Ratan Tata
N. Chandrasekaran | एन चंद्रशेखरन | N Chandrasekaran
Narayana Murthy | नारायण मूर्ति, एनआर नारायण मूर्ति | Narayana Murthy
V. Narayanan | वी नारायणन, वी. नारायणन | V Narayanan
S. Somanath | एस सोमनाथ, एस. सोमनाथ | S Somanath
K. Sivan | के सिवन | K Sivan
Vikram Sarabhai | विक्रम साराभाई | Vikram Sarabhai
Satish Dhawan | सतीश धवन | Satish Dhawan
Homi J. Bhabha | होमी जहांगीर भाभा, होमी भाभा | Homi Bhabha
Kalpana Chawla | कल्पना चावला | Kalpana Chawla
Rakesh Sharma | राकेश शर्मा | Rakesh Sharma
Shubhanshu Shukla | शुभांशु शुक्ला | Shubhanshu Shukla
Sunita Williams | सुनीता विलियम्स | Sunita Williams
Upendra Dwivedi | उपेंद्र द्विवेदी | Upendra Dwivedi
Anil Chauhan | अनिल चौहान | Anil Chauhan
Bipin Rawat | बिपिन रावत | Bipin Rawat
Sachin Tendulkar | सचिन तेंदुलकर, तेंदुलकर | Sachin Tendulkar, Tendulkar
Virat Kohli | विराट कोहली, कोहली | Virat Kohli, Kohli
Rohit Sharma | रोहित शर्मा | Rohit Sharma
Mahendra Singh Dhoni | महेंद्र सिंह धोनी, एमएस धोनी, धोनी | MS Dhoni, Dhoni
Shubman Gill | शुभमन गिल | Shubman Gill
Jasprit Bumrah | जसप्रीत बुमराह, बुमराह | Jasprit Bumrah, Bumrah
Suryakumar Yadav | सूर्यकुमार यादव | Suryakumar Yadav
Hardik Pandya | हार्दिक पांड्या | Hardik Pandya
Ravindra Jadeja | रवींद्र जडेजा, जडेजा | Ravindra Jadeja, Jadeja
Ravichandran Ashwin | रविचंद्रन अश्विन, आर अश्विन | R Ashwin
Rishabh Pant | ऋषभ पंत | Rishabh Pant
KL Rahul | केएल राहुल, के एल राहुल | KL Rahul
Yashasvi Jaiswal | यशस्वी जायसवाल | Yashasvi Jaiswal
Mohammed Shami | मोहम्मद शमी | Mohammed Shami
Mohammed Siraj | मोहम्मद सिराज | Mohammed Siraj
Sourav Ganguly | सौरव गांगुली, गांगुली | Sourav Ganguly
Rahul Dravid | राहुल द्रविड़ | Rahul Dravid
Gautam Gambhir | गौतम गंभीर | Gautam Gambhir
Kapil Dev | कपिल देव | Kapil Dev
Sunil Gavaskar | सुनील गावस्कर, गावस्कर | Sunil Gavaskar
Yuvraj Singh | युवराज सिंह | Yuvraj Singh
Smriti Mandhana | स्मृति मंधाना | Smriti Mandhana
Harmanpreet Kaur | हरमनप्रीत कौर | Harmanpreet Kaur
Mithali Raj | मिताली राज | Mithali Raj
Neeraj Chopra | नीरज चोपड़ा | Neeraj Chopra
P. V. Sindhu | पीवी सिंधु, पी वी सिंधु | PV Sindhu
Saina Nehwal | साइना नेहवाल | Saina Nehwal
Mary Kom | मैरी कॉम, एमसी मैरी कॉम | Mary Kom
Vinesh Phogat | विनेश फोगाट | Vinesh Phogat
Abhinav Bindra | अभिनव बिंद्रा | Abhinav Bindra
Manu Bhaker | मनु भाकर | Manu Bhaker
D. Gukesh | डी गुकेश, गुकेश | D Gukesh
Viswanathan Anand | विश्वनाथन आनंद | Viswanathan Anand
Milkha Singh | मिल्खा सिंह | Milkha Singh
Amitabh Bachchan | अमिताभ बच्चन | Amitabh Bachchan
Shah Rukh Khan | शाहरुख़ ख़ान, शाहरुख खान | Shah Rukh Khan
Salman Khan | सलमान ख़ान, सलमान खान | Salman Khan
Aamir Khan | आमिर ख़ान, आमिर खान | Aamir Khan
Lata Mangeshkar | लता मंगेशकर | Lata Mangeshkar
A. R. Rahman | एआर रहमान, ए आर रहमान | A R Rahman
Premchand | प्रेमचंद, मुंशी प्रेमचंद | Premchand
`,
};

const ORGS: Block = {
  type: 'ORGANIZATION',
  source: 'Indian parties (their own Hindi names and common abbreviations), government bodies, international organisations, companies; names as on their Hindi websites or Hindi Wikipedia titles, 2026 (general knowledge)',
  lines: `
Bharatiya Janata Party | भारतीय जनता पार्टी, भाजपा, बीजेपी | Bharatiya Janata Party, BJP
Indian National Congress | भारतीय राष्ट्रीय कांग्रेस, कांग्रेस, कांग्रेस पार्टी, इंडियन नेशनल कांग्रेस | Indian National Congress, Congress, INC
Aam Aadmi Party | आम आदमी पार्टी, आप पार्टी | Aam Aadmi Party, AAP
Samajwadi Party | समाजवादी पार्टी, सपा | Samajwadi Party
Bahujan Samaj Party | बहुजन समाज पार्टी, बसपा | Bahujan Samaj Party, BSP
Communist Party of India (Marxist) | मार्क्सवादी कम्युनिस्ट पार्टी, माकपा, सीपीएम, सीपीआई(एम) | CPI(M), CPM
Communist Party of India | भारतीय कम्युनिस्ट पार्टी, भाकपा, सीपीआई | Communist Party of India, CPI
Trinamool Congress | तृणमूल कांग्रेस, अखिल भारतीय तृणमूल कांग्रेस, टीएमसी, तृणमूल | Trinamool Congress, TMC, AITC
Rashtriya Janata Dal | राष्ट्रीय जनता दल, राजद, आरजेडी | Rashtriya Janata Dal, RJD
Janata Dal (United) | जनता दल (यूनाइटेड), जनता दल यूनाइटेड, जदयू, जेडीयू | JDU, JD(U)
Janata Dal (Secular) | जनता दल (सेक्युलर), जनता दल सेक्युलर, जदएस, जेडीएस | JDS, JD(S)
Nationalist Congress Party | राष्ट्रवादी कांग्रेस पार्टी, राकांपा, एनसीपी | Nationalist Congress Party, NCP
Shiv Sena | शिवसेना, शिव सेना | Shiv Sena
Shiv Sena (UBT) | शिवसेना (यूबीटी), शिवसेना यूबीटी | Shiv Sena (UBT)
Maharashtra Navnirman Sena | महाराष्ट्र नवनिर्माण सेना, मनसे | MNS
Dravida Munnetra Kazhagam | द्रविड़ मुनेत्र कड़गम, द्रमुक, डीएमके | DMK
AIADMK | अन्नाद्रमुक, एआईएडीएमके, अखिल भारतीय अन्ना द्रविड़ मुनेत्र कड़गम | AIADMK
Tamilaga Vettri Kazhagam | तमिलगा वेत्री कड़गम, टीवीके | TVK
Telugu Desam Party | तेलुगु देशम पार्टी, तेदेपा, टीडीपी | Telugu Desam Party, TDP
YSR Congress Party | वाईएसआर कांग्रेस, वाईएसआर कांग्रेस पार्टी, वाईएसआरसीपी | YSRCP
Bharat Rashtra Samithi | भारत राष्ट्र समिति, बीआरएस, तेलंगाना राष्ट्र समिति, टीआरएस | BRS, TRS
Biju Janata Dal | बीजू जनता दल, बीजद, बीजेडी | Biju Janata Dal, BJD
Jharkhand Mukti Morcha | झारखंड मुक्ति मोर्चा, झामुमो, जेएमएम | JMM
Shiromani Akali Dal | शिरोमणि अकाली दल, अकाली दल, शिअद | Shiromani Akali Dal, SAD
Indian National Lok Dal | इंडियन नेशनल लोकदल, इनेलो | INLD
Jannayak Janta Party | जननायक जनता पार्टी, जजपा | JJP
Rashtriya Lok Dal | राष्ट्रीय लोक दल, रालोद | RLD
Lok Janshakti Party | लोक जनशक्ति पार्टी, लोजपा | LJP
Jammu & Kashmir National Conference | नेशनल कॉन्फ्रेंस, नेकां | National Conference
Jammu and Kashmir Peoples Democratic Party | पीपुल्स डेमोक्रेटिक पार्टी, पीडीपी | PDP
AIMIM | ऑल इंडिया मजलिस-ए-इत्तेहादुल मुस्लिमीन, एआईएमआईएम | AIMIM
Asom Gana Parishad | असम गण परिषद | Asom Gana Parishad, AGP
Uttarakhand Kranti Dal | उत्तराखंड क्रांति दल, उक्रांद, यूकेडी | Uttarakhand Kranti Dal, UKD
Suheldev Bharatiya Samaj Party | सुहेलदेव भारतीय समाज पार्टी, सुभासपा | SBSP
Apna Dal | अपना दल | Apna Dal
Jan Suraaj | जन सुराज, जन सुराज पार्टी | Jan Suraaj
Vikassheel Insaan Party | विकासशील इंसान पार्टी, वीआईपी पार्टी | VIP party
Rashtriya Swayamsevak Sangh | राष्ट्रीय स्वयंसेवक संघ, आरएसएस, संघ परिवार | Rashtriya Swayamsevak Sangh, RSS
Vishva Hindu Parishad | विश्व हिंदू परिषद, विहिप | Vishva Hindu Parishad, VHP
Bajrang Dal | बजरंग दल | Bajrang Dal
Akhil Bharatiya Vidyarthi Parishad | अखिल भारतीय विद्यार्थी परिषद, एबीवीपी | ABVP
National Students' Union of India | एनएसयूआई | NSUI
National Democratic Alliance | राष्ट्रीय जनतांत्रिक गठबंधन, एनडीए, राजग | National Democratic Alliance, NDA
United Progressive Alliance | संयुक्त प्रगतिशील गठबंधन, यूपीए, संप्रग | United Progressive Alliance, UPA
INDIA bloc | इंडिया गठबंधन, इंडी गठबंधन | INDIA bloc
Mahagathbandhan | महागठबंधन | Mahagathbandhan
Maha Vikas Aghadi | महा विकास अघाड़ी, महाविकास आघाडी | MVA
Mahayuti | महायुति | Mahayuti
Republican Party | रिपब्लिकन पार्टी | Republican Party
Democratic Party | डेमोक्रेटिक पार्टी | Democratic Party
Communist Party of China | चीनी कम्युनिस्ट पार्टी, चीन की कम्युनिस्ट पार्टी, कम्युनिस्ट पार्टी ऑफ चाइना | Communist Party of China, CPC
Workers' Party of Korea | वर्कर्स पार्टी ऑफ कोरिया, कोरियाई वर्कर्स पार्टी | Workers' Party of Korea
Pakistan Tehreek-e-Insaf | पाकिस्तान तहरीक-ए-इंसाफ़, तहरीक-ए-इंसाफ, पीटीआई पार्टी | PTI party, Pakistan Tehreek-e-Insaf
Pakistan Muslim League (N) | पाकिस्तान मुस्लिम लीग (नवाज़), पीएमएल-एन | PML-N
Pakistan Peoples Party | पाकिस्तान पीपल्स पार्टी, पीपीपी | PPP
Awami League | अवामी लीग | Awami League
Bangladesh Nationalist Party | बांग्लादेश नेशनलिस्ट पार्टी, बीएनपी | BNP
Conservative Party | कंज़र्वेटिव पार्टी, कंजर्वेटिव पार्टी | Conservative Party
Labour Party | लेबर पार्टी | Labour Party
Hamas | हमास | Hamas
Hezbollah | हिज़्बुल्लाह, हिजबुल्लाह | Hezbollah
Houthis | हूती, हूती विद्रोही | Houthis
Taliban | तालिबान, तालेबान | Taliban
Al-Qaeda | अल-क़ायदा, अल-कायदा, अल क़ायदा, अल कायदा | Al-Qaeda, Al Qaeda
Islamic State | इस्लामिक स्टेट, आईएसआईएस, आइसिस | Islamic State, ISIS, ISIL
Lashkar-e-Taiba | लश्कर-ए-तैयबा, लश्कर ए तैयबा | Lashkar-e-Taiba, LeT
Jaish-e-Mohammed | जैश-ए-मोहम्मद, जैश ए मोहम्मद | Jaish-e-Mohammed, JeM
Hizbul Mujahideen | हिज़्बुल मुजाहिदीन, हिजबुल मुजाहिदीन | Hizbul Mujahideen
The Resistance Front | द रेजिस्टेंस फ्रंट, टीआरएफ | The Resistance Front, TRF
Wagner Group | वैगनर ग्रुप, वागनर समूह | Wagner Group
United Nations | संयुक्त राष्ट्र, संयुक्त राष्ट्र संघ, यूएन, राष्ट्र संघ | United Nations, UN
United Nations General Assembly | संयुक्त राष्ट्र महासभा, यूएनजीए | UN General Assembly, UNGA
United Nations Security Council | संयुक्त राष्ट्र सुरक्षा परिषद, सुरक्षा परिषद, यूएनएससी | UN Security Council, UNSC
UN Human Rights Council | संयुक्त राष्ट्र मानवाधिकार परिषद | UNHRC
UNESCO | यूनेस्को | UNESCO
UNICEF | यूनिसेफ | UNICEF
UNHCR | यूएनएचसीआर, संयुक्त राष्ट्र शरणार्थी उच्चायोग | UNHCR
UNDP | यूएनडीपी, संयुक्त राष्ट्र विकास कार्यक्रम | UNDP
UNEP | यूएनईपी, संयुक्त राष्ट्र पर्यावरण कार्यक्रम | UNEP
World Food Programme | विश्व खाद्य कार्यक्रम | World Food Programme, WFP
Food and Agriculture Organization | खाद्य एवं कृषि संगठन, खाद्य और कृषि संगठन, एफएओ | Food and Agriculture Organization, FAO
International Labour Organization | अंतरराष्ट्रीय श्रम संगठन, आईएलओ | ILO
International Monetary Fund | अंतरराष्ट्रीय मुद्रा कोष, अंतर्राष्ट्रीय मुद्रा कोष, अंतरराष्ट्रीय मुद्रा कोश, आईएमएफ | International Monetary Fund, IMF
World Bank | विश्व बैंक, वर्ल्ड बैंक | World Bank
Asian Development Bank | एशियाई विकास बैंक, एडीबी | Asian Development Bank, ADB
New Development Bank | न्यू डेवलपमेंट बैंक, नव विकास बैंक | New Development Bank, NDB
Asian Infrastructure Investment Bank | एशियन इंफ्रास्ट्रक्चर इन्वेस्टमेंट बैंक, एआईआईबी | AIIB
World Trade Organization | विश्व व्यापार संगठन, डब्ल्यूटीओ | World Trade Organization, WTO
World Health Organization | विश्व स्वास्थ्य संगठन, डब्ल्यूएचओ | World Health Organization, WHO
World Economic Forum | विश्व आर्थिक मंच, वर्ल्ड इकोनॉमिक फोरम | World Economic Forum, WEF
International Court of Justice | अंतरराष्ट्रीय न्यायालय, अंतरराष्ट्रीय न्याय न्यायालय | International Court of Justice, ICJ
International Criminal Court | अंतरराष्ट्रीय आपराधिक न्यायालय | International Criminal Court, ICC court
International Atomic Energy Agency | अंतरराष्ट्रीय परमाणु ऊर्जा एजेंसी, आईएईए | IAEA
International Energy Agency | अंतरराष्ट्रीय ऊर्जा एजेंसी, आईईए | International Energy Agency, IEA
International Olympic Committee | अंतरराष्ट्रीय ओलंपिक समिति, आईओसी | International Olympic Committee, IOC
International Cricket Council | अंतरराष्ट्रीय क्रिकेट परिषद, आईसीसी | International Cricket Council, ICC
FIFA | फीफा, फ़ीफ़ा | FIFA
Interpol | इंटरपोल | Interpol
Amnesty International | एमनेस्टी इंटरनेशनल | Amnesty International
Red Cross | रेड क्रॉस, रेड क्रास | Red Cross, ICRC
NATO | नाटो, उत्तर अटलांटिक संधि संगठन | NATO
European Union | यूरोपीय संघ, यूरोपियन यूनियन, ईयू | European Union, EU
European Commission | यूरोपीय आयोग | European Commission
European Parliament | यूरोपीय संसद | European Parliament
European Central Bank | यूरोपीय केंद्रीय बैंक | European Central Bank, ECB
African Union | अफ्रीकी संघ, अफ़्रीकी संघ, अफ्रीकन यूनियन | African Union, AU
ASEAN | आसियान, दक्षिण-पूर्व एशियाई राष्ट्र संघ | ASEAN
SAARC | सार्क, दक्षेस | SAARC
BIMSTEC | बिम्सटेक | BIMSTEC
Shanghai Cooperation Organisation | शंघाई सहयोग संगठन, एससीओ | Shanghai Cooperation Organisation, SCO
BRICS | ब्रिक्स | BRICS
G20 | जी-20, जी20, जी 20, ग्रुप ऑफ ट्वेंटी | G20, G-20
G7 | जी-7, जी7, जी 7 | G7, G-7
Quad | क्वाड | Quad
OPEC | ओपेक | OPEC
Gulf Cooperation Council | खाड़ी सहयोग परिषद | GCC
Commonwealth | राष्ट्रमंडल, कॉमनवेल्थ | Commonwealth
OECD | ओईसीडी | OECD
Federal Reserve | फेडरल रिज़र्व, फेडरल रिजर्व, अमेरिकी फेड | Federal Reserve, US Fed
Reserve Bank of India | भारतीय रिज़र्व बैंक, भारतीय रिजर्व बैंक, रिज़र्व बैंक, रिजर्व बैंक, आरबीआई | Reserve Bank of India, RBI
State Bank of India | भारतीय स्टेट बैंक, स्टेट बैंक ऑफ इंडिया, एसबीआई | State Bank of India, SBI
Punjab National Bank | पंजाब नेशनल बैंक, पीएनबी | Punjab National Bank, PNB
Bank of Baroda | बैंक ऑफ बड़ौदा | Bank of Baroda
HDFC Bank | एचडीएफसी बैंक, एचडीएफसी | HDFC Bank, HDFC
ICICI Bank | आईसीआईसीआई बैंक, आईसीआईसीआई | ICICI Bank, ICICI
Life Insurance Corporation | भारतीय जीवन बीमा निगम, एलआईसी | LIC
NABARD | राष्ट्रीय कृषि और ग्रामीण विकास बैंक, नाबार्ड | NABARD
SEBI | भारतीय प्रतिभूति और विनिमय बोर्ड, सेबी | SEBI
Bombay Stock Exchange | बॉम्बे स्टॉक एक्सचेंज, बीएसई | Bombay Stock Exchange, BSE
National Stock Exchange | नेशनल स्टॉक एक्सचेंज, एनएसई | National Stock Exchange, NSE
NITI Aayog | नीति आयोग | NITI Aayog
National Statistical Office | राष्ट्रीय सांख्यिकी कार्यालय, एनएसओ | National Statistical Office, NSO
National Sample Survey Office | राष्ट्रीय नमूना सर्वेक्षण कार्यालय, राष्ट्रीय प्रतिदर्श सर्वेक्षण कार्यालय, एनएसएसओ | National Sample Survey Office, NSSO
Election Commission of India | भारत निर्वाचन आयोग, भारतीय निर्वाचन आयोग, निर्वाचन आयोग, चुनाव आयोग, केंद्रीय चुनाव आयोग | Election Commission of India, Election Commission, ECI
State Election Commission | राज्य निर्वाचन आयोग, राज्य चुनाव आयोग | State Election Commission
Parliament of India | संसद, भारतीय संसद | Parliament of India
Lok Sabha | लोकसभा, लोक सभा | Lok Sabha
Rajya Sabha | राज्यसभा, राज्य सभा | Rajya Sabha
Supreme Court of India | सुप्रीम कोर्ट, सर्वोच्च न्यायालय, उच्चतम न्यायालय, शीर्ष अदालत | Supreme Court
Government of India | भारत सरकार | Government of India
Union Cabinet | केंद्रीय मंत्रिमंडल | Union Cabinet
Prime Minister's Office | प्रधानमंत्री कार्यालय, पीएमओ | Prime Minister's Office, PMO
Ministry of Finance | वित्त मंत्रालय | Ministry of Finance, Finance Ministry
Ministry of External Affairs | विदेश मंत्रालय | Ministry of External Affairs, MEA
Ministry of Home Affairs | गृह मंत्रालय | Ministry of Home Affairs, MHA
Ministry of Defence | रक्षा मंत्रालय | Ministry of Defence
Ministry of Health | स्वास्थ्य मंत्रालय, स्वास्थ्य एवं परिवार कल्याण मंत्रालय | Health Ministry
Ministry of Education | शिक्षा मंत्रालय | Ministry of Education
Ministry of Railways | रेल मंत्रालय | Ministry of Railways
Indian Railways | भारतीय रेलवे, भारतीय रेल | Indian Railways
Ministry of Agriculture | कृषि मंत्रालय | Ministry of Agriculture
Ministry of Commerce | वाणिज्य मंत्रालय, वाणिज्य एवं उद्योग मंत्रालय | Commerce Ministry
Indian Space Research Organisation | भारतीय अंतरिक्ष अनुसंधान संगठन, इसरो | Indian Space Research Organisation, ISRO
DRDO | रक्षा अनुसंधान एवं विकास संगठन, रक्षा अनुसंधान और विकास संगठन, डीआरडीओ | DRDO
NASA | नासा | NASA
European Space Agency | यूरोपीय अंतरिक्ष एजेंसी, ईएसए | European Space Agency, ESA
JAXA | जाक्सा, जापान एयरोस्पेस एक्सप्लोरेशन एजेंसी | JAXA
Roscosmos | रोस्कोस्मोस | Roscosmos
SpaceX | स्पेसएक्स | SpaceX
India Meteorological Department | भारत मौसम विज्ञान विभाग, भारतीय मौसम विज्ञान विभाग, मौसम विभाग, आईएमडी | India Meteorological Department, IMD
National Disaster Management Authority | राष्ट्रीय आपदा प्रबंधन प्राधिकरण, एनडीएमए | NDMA
NDRF | राष्ट्रीय आपदा मोचन बल, एनडीआरएफ | NDRF
SDRF | राज्य आपदा मोचन बल, एसडीआरएफ | SDRF
Central Bureau of Investigation | केंद्रीय अन्वेषण ब्यूरो, सीबीआई | Central Bureau of Investigation, CBI
Enforcement Directorate | प्रवर्तन निदेशालय, ईडी | Enforcement Directorate, ED
National Investigation Agency | राष्ट्रीय जांच एजेंसी, राष्ट्रीय अन्वेषण अभिकरण, एनआईए | National Investigation Agency, NIA
Intelligence Bureau | इंटेलिजेंस ब्यूरो, खुफिया ब्यूरो, आईबी | Intelligence Bureau
Research and Analysis Wing | रॉ, रिसर्च एंड एनालिसिस विंग | RAW, R&AW
Income Tax Department | आयकर विभाग | Income Tax Department
CBDT | केंद्रीय प्रत्यक्ष कर बोर्ड, सीबीडीटी | CBDT
GST Council | जीएसटी परिषद, जीएसटी काउंसिल | GST Council
Comptroller and Auditor General | नियंत्रक एवं महालेखा परीक्षक, कैग | CAG
UPSC | संघ लोक सेवा आयोग, यूपीएससी | UPSC
NCERT | एनसीईआरटी | NCERT
CBSE | केंद्रीय माध्यमिक शिक्षा बोर्ड, सीबीएसई | CBSE
University Grants Commission | विश्वविद्यालय अनुदान आयोग, यूजीसी | UGC
National Testing Agency | राष्ट्रीय परीक्षा एजेंसी, एनटीए | National Testing Agency, NTA
ICMR | भारतीय आयुर्विज्ञान अनुसंधान परिषद, आईसीएमआर | ICMR
AIIMS | अखिल भारतीय आयुर्विज्ञान संस्थान, एम्स | AIIMS
IIT | भारतीय प्रौद्योगिकी संस्थान, आईआईटी | IIT
Delhi University | दिल्ली विश्वविद्यालय | Delhi University
Jawaharlal Nehru University | जवाहरलाल नेहरू विश्वविद्यालय, जेएनयू | Jawaharlal Nehru University, JNU
Banaras Hindu University | काशी हिंदू विश्वविद्यालय, बनारस हिंदू विश्वविद्यालय, बीएचयू | Banaras Hindu University, BHU
Aligarh Muslim University | अलीगढ़ मुस्लिम विश्वविद्यालय, एएमयू | Aligarh Muslim University, AMU
Jamia Millia Islamia | जामिया मिल्लिया इस्लामिया | Jamia Millia Islamia
Indian Army | भारतीय सेना, थल सेना | Indian Army
Indian Air Force | भारतीय वायुसेना, भारतीय वायु सेना, वायुसेना | Indian Air Force, IAF
Indian Navy | भारतीय नौसेना, नौसेना | Indian Navy
BSF | सीमा सुरक्षा बल, बीएसएफ | BSF
CRPF | केंद्रीय रिज़र्व पुलिस बल, केंद्रीय रिजर्व पुलिस बल, सीआरपीएफ | CRPF
CISF | केंद्रीय औद्योगिक सुरक्षा बल, सीआईएसएफ | CISF
ITBP | भारत-तिब्बत सीमा पुलिस, आईटीबीपी | ITBP
Delhi Police | दिल्ली पुलिस | Delhi Police
BCCI | भारतीय क्रिकेट कंट्रोल बोर्ड, बीसीसीआई | BCCI
Pakistan Cricket Board | पाकिस्तान क्रिकेट बोर्ड, पीसीबी | PCB
FICCI | फिक्की | FICCI
CII | भारतीय उद्योग परिसंघ, सीआईआई | CII
ASSOCHAM | एसोचैम | ASSOCHAM
Tata Group | टाटा समूह, टाटा ग्रुप, टाटा संस | Tata Group, Tata Sons
Tata Motors | टाटा मोटर्स | Tata Motors
Tata Steel | टाटा स्टील | Tata Steel
General Motors | जनरल मोटर्स | General Motors, GM
Reliance Industries | रिलायंस इंडस्ट्रीज़, रिलायंस इंडस्ट्रीज, रिलायंस | Reliance Industries, Reliance
Adani Group | अदाणी समूह, अडानी समूह, अडानी ग्रुप | Adani Group
Infosys | इंफोसिस, इन्फोसिस | Infosys
ArcelorMittal | आर्सेलर मित्तल, आर्सेलरमित्तल | ArcelorMittal
CRISIL | क्रिसिल | CRISIL
ICRA | इक्रा | ICRA
Moody's | मूडीज | Moody's
Fitch Ratings | फिच रेटिंग्स, फिच | Fitch Ratings, Fitch
S&P Global Ratings | स्टैंडर्ड एंड पुअर्स, एसएंडपी | Standard & Poor's, S&P
Wipro | विप्रो | Wipro
TCS | टाटा कंसल्टेंसी सर्विसेज, टीसीएस | TCS
Air India | एयर इंडिया | Air India
IndiGo | इंडिगो | IndiGo
Maruti Suzuki | मारुति सुजुकी, मारुति सुज़ुकी | Maruti Suzuki
Google | गूगल | Google
Microsoft | माइक्रोसॉफ्ट | Microsoft
Meta | मेटा | Meta
Facebook | फेसबुक | Facebook
Amazon | अमेज़न, अमेजन, अमेज़ॅन | Amazon
OpenAI | ओपनएआई | OpenAI
Tesla | टेस्ला | Tesla
Twitter | ट्विटर | Twitter
Kremlin | क्रेमलिन | Kremlin
White House | व्हाइट हाउस | White House
Pentagon | पेंटागन | Pentagon
State Department | अमेरिकी विदेश विभाग | State Department
CIA | सीआईए | CIA
FBI | एफबीआई | FBI
Mossad | मोसाद | Mossad
ISI | आईएसआई | ISI
National Intelligence Service | राष्ट्रीय खुफिया सेवा, राष्ट्रीय ख़ुफ़िया सेवा, एनआईएस | National Intelligence Service, NIS
Korean People's Army | कोरियन पीपुल्स आर्मी, कोरियाई पीपुल्स आर्मी | Korean People's Army
People's Liberation Army | पीपुल्स लिबरेशन आर्मी, पीएलए | People's Liberation Army, PLA
Press Trust of India | प्रेस ट्रस्ट ऑफ इंडिया, पीटीआई | Press Trust of India, PTI
Bhasha | ~भाषा | 
Asian News International | एशियन न्यूज इंटरनेशनल, एएनआई | Asian News International, ANI
IANS | आईएएनएस | IANS
UNI | यूएनआई, यूनीवार्ता | UNI
Reuters | रॉयटर्स, रायटर्स, रॉयटर | Reuters
Associated Press | एसोसिएटेड प्रेस, एपी | Associated Press, AP
Agence France-Presse | एएफपी, एजेंस फ्रांस-प्रेस | AFP
Bloomberg | ब्लूमबर्ग | Bloomberg
BBC | बीबीसी | BBC
CNN | सीएनएन | CNN
Al Jazeera | अल जज़ीरा, अल जजीरा | Al Jazeera
Xinhua | शिन्हुआ, सिन्हुआ | Xinhua
TASS | तास | TASS
RIA Novosti | आरआईए नोवोस्ती, रिया नोवोस्ती | RIA Novosti
Yonhap | योनहाप, योन्हाप | Yonhap
Korean Central News Agency | कोरियन सेंट्रल न्यूज एजेंसी, कोरियन सेंट्रल न्यूज़ एजेंसी, कोरियाई केंद्रीय समाचार एजेंसी, केसीएनए | Korean Central News Agency, KCNA
Kyodo | क्योदो | Kyodo
Doordarshan | दूरदर्शन, डीडी न्यूज़ | Doordarshan, DD News
All India Radio | आकाशवाणी, ऑल इंडिया रेडियो | All India Radio, AIR
Prasar Bharati | प्रसार भारती | Prasar Bharati
The Times of India | टाइम्स ऑफ इंडिया | Times of India
The Hindu | द हिंदू | The Hindu
Hindustan Times | हिंदुस्तान टाइम्स | Hindustan Times
Indian Express | इंडियन एक्सप्रेस | Indian Express
Dainik Jagran | दैनिक जागरण | Dainik Jagran
Dainik Bhaskar | दैनिक भास्कर | Dainik Bhaskar
Amar Ujala | अमर उजाला | Amar Ujala
Hindustan | हिंदुस्तान अख़बार | Hindustan (newspaper)
Navbharat Times | नवभारत टाइम्स | Navbharat Times
Jansatta | जनसत्ता | Jansatta
Aaj Tak | आजतक, आज तक चैनल | Aaj Tak
NDTV | एनडीटीवी | NDTV
New York Times | न्यूयॉर्क टाइम्स | New York Times
Washington Post | वाशिंगटन पोस्ट, वॉशिंगटन पोस्ट | Washington Post
Wall Street Journal | वॉल स्ट्रीट जर्नल | Wall Street Journal
The Guardian | द गार्जियन, गार्जियन | The Guardian
`,
};

const LOCATIONS: Block = {
  type: 'LOCATION',
  source: 'regions, landmarks, rivers and mountains common in Hindi news; Hindi Wikipedia titles and newspaper spellings, 2026 (general knowledge)',
  lines: `
United States | अमेरिका, अमरीका, संयुक्त राज्य अमेरिका, संयुक्त राज्य अमरीका, यूएसए, यूएस | United States, USA, US, America
United Kingdom | ब्रिटेन, यूनाइटेड किंगडम, इंग्लैंड, यूके | Britain, UK, England
Russia | रूस | Russia
China | चीन | China
North Korea | उत्तर कोरिया, उत्तरी कोरिया | North Korea, DPRK
South Korea | दक्षिण कोरिया, दक्षिणी कोरिया | South Korea
Czechia | चेक गणराज्य, चेकिया | Czech Republic
Central African Republic | सेंट्रल अफ्रीकन रिपब्लिक, सेंट्रल अफ्रीकी रिपब्लिक, मध्य अफ्रीकी गणराज्य | Central African Republic, CAR
El Salvador | अल सल्वाडोर, एल सल्वाडोर, एल साल्वाडोर, अल साल्वाडोर, एल सालवाडोर | El Salvador
Democratic Republic of the Congo | कांगो लोकतांत्रिक गणराज्य, लोकतांत्रिक गणराज्य कांगो, डेमोक्रेटिक रिपब्लिक ऑफ कांगो, डेमोक्रेटिक रिपब्लिक ऑफ द कांगो, डीआर कांगो, डीआरसी | Democratic Republic of the Congo, DR Congo, DRC
Netherlands | नीदरलैंड, नीदरलैंड्स, हॉलैंड | Netherlands, Holland
Greece | यूनान, ग्रीस | Greece
Turkey | तुर्की, तुर्किये, तुर्किए | Turkey, Türkiye
Myanmar | म्यांमार, बर्मा | Myanmar, Burma
Ivory Coast | आइवरी कोस्ट | Ivory Coast
Palestine | फ़िलिस्तीन, फिलिस्तीन | Palestine
Gaza | ग़ाज़ा, गाजा, गाज़ा, ग़ाज़ा पट्टी, गाजा पट्टी | Gaza, Gaza Strip
West Bank | वेस्ट बैंक, पश्चिमी तट | West Bank
Tibet | तिब्बत | Tibet
Taiwan | ताइवान | Taiwan
Hong Kong | हांगकांग, हाँगकाँग, हॉन्ग कॉन्ग | Hong Kong
Macau | मकाऊ | Macau
Crimea | क्रीमिया | Crimea
Donbas | डोनबास, दोनबास | Donbas
Kursk | कुर्स्क | Kursk
Asia | एशिया | Asia
Europe | यूरोप | Europe
Africa | अफ्रीका, अफ़्रीका | Africa
North America | उत्तरी अमेरिका, उत्तर अमेरिका | North America
South America | दक्षिण अमेरिका, दक्षिणी अमेरिका | South America
Latin America | लैटिन अमेरिका | Latin America
Australia (continent) | ऑस्ट्रेलिया महाद्वीप | Oceania
Antarctica | अंटार्कटिका | Antarctica
Arctic | आर्कटिक | Arctic
Middle East | मध्य पूर्व, पश्चिम एशिया, मध्य-पूर्व | Middle East, West Asia
South Asia | दक्षिण एशिया | South Asia
Southeast Asia | दक्षिण-पूर्व एशिया, दक्षिण पूर्व एशिया | Southeast Asia
Central Asia | मध्य एशिया | Central Asia
East Asia | पूर्वी एशिया | East Asia
Gulf | खाड़ी देश | Gulf countries
Korean Peninsula | कोरियाई प्रायद्वीप | Korean Peninsula
Indo-Pacific | हिंद-प्रशांत, हिंद प्रशांत, इंडो-पैसिफिक, हिंद-प्रशांत क्षेत्र | Indo-Pacific
Indian Ocean | हिंद महासागर | Indian Ocean
Pacific Ocean | प्रशांत महासागर | Pacific Ocean
Atlantic Ocean | अटलांटिक महासागर | Atlantic Ocean
Arabian Sea | अरब सागर | Arabian Sea
Bay of Bengal | बंगाल की खाड़ी | Bay of Bengal
South China Sea | दक्षिण चीन सागर | South China Sea
Red Sea | लाल सागर | Red Sea
Black Sea | काला सागर | Black Sea
Mediterranean Sea | भूमध्य सागर | Mediterranean
Persian Gulf | फ़ारस की खाड़ी, फारस की खाड़ी | Persian Gulf
Strait of Hormuz | होर्मुज़ जलडमरूमध्य, होर्मुज जलडमरूमध्य | Strait of Hormuz
Himalaya | हिमालय | Himalaya, Himalayas
Mount Everest | माउंट एवरेस्ट, एवरेस्ट | Mount Everest
Ganges | गंगा, गंगा नदी | Ganga, Ganges
Yamuna | यमुना, यमुना नदी | Yamuna
Brahmaputra | ब्रह्मपुत्र | Brahmaputra
Narmada | नर्मदा | Narmada
Godavari | गोदावरी | Godavari
Krishna (river) | कृष्णा नदी | Krishna river
Kaveri | कावेरी | Kaveri, Cauvery
Indus | सिंधु नदी | Indus
Sutlej | सतलुज | Sutlej
Chambal | चंबल | Chambal
Alaknanda | अलकनंदा | Alaknanda
Bhagirathi | भागीरथी | Bhagirathi
Line of Control | नियंत्रण रेखा, एलओसी | Line of Control, LoC
Line of Actual Control | वास्तविक नियंत्रण रेखा, एलएसी | Line of Actual Control, LAC
Galwan | गलवान, गलवान घाटी | Galwan
Siachen | सियाचिन | Siachen
Doklam | डोकलाम | Doklam
Pahalgam | पहलगाम | Pahalgam
Kashmir Valley | कश्मीर घाटी | Kashmir Valley
Konkan | कोंकण | Konkan
Marathwada | मराठवाड़ा | Marathwada
Vidarbha | विदर्भ | Vidarbha
Bundelkhand | बुंदेलखंड | Bundelkhand
Purvanchal | पूर्वांचल | Purvanchal
Doab | दोआब | Doab
Thar Desert | थार, थार मरुस्थल | Thar
Delhi-NCR | दिल्ली-एनसीआर, एनसीआर, राष्ट्रीय राजधानी क्षेत्र | Delhi NCR, NCR
Red Fort | लाल किला | Red Fort
India Gate | इंडिया गेट | India Gate
Rashtrapati Bhavan | राष्ट्रपति भवन | Rashtrapati Bhavan
Taj Mahal | ताजमहल, ताज महल | Taj Mahal
Qutub Minar | कुतुब मीनार, क़ुतुब मीनार | Qutub Minar
Gateway of India | गेटवे ऑफ इंडिया | Gateway of India
Jantar Mantar | जंतर-मंतर, जंतर मंतर | Jantar Mantar
Ram Lila Maidan | रामलीला मैदान | Ramlila Maidan
Ram Mandir | राम मंदिर | Ram Mandir
Kedarnath | केदारनाथ | Kedarnath
Badrinath | बद्रीनाथ, बदरीनाथ | Badrinath
Vaishno Devi | वैष्णो देवी | Vaishno Devi
Golden Temple | स्वर्ण मंदिर | Golden Temple
Sabarimala | सबरीमाला | Sabarimala
Sriharikota | श्रीहरिकोटा, श्री हरिकोटा | Sriharikota
Satish Dhawan Space Centre | सतीश धवन अंतरिक्ष केंद्र | Satish Dhawan Space Centre
Tiananmen Square | तियानमेन चौक, थियानआनमेन चौक | Tiananmen Square
Great Hall of the People | ग्रेट हॉल ऑफ द पीपल, ग्रेट हॉल ऑफ पीपल | Great Hall of the People
Red Square | रेड स्क्वायर, लाल चौक | Red Square
Times Square | टाइम्स स्क्वायर | Times Square
Wall Street | वॉल स्ट्रीट | Wall Street
Silicon Valley | सिलिकॉन वैली | Silicon Valley
Moon | चंद्रमा, चांद, चाँद | Moon
Mars | मंगल ग्रह | Mars
South Pole | दक्षिणी ध्रुव | South Pole
North Pole | उत्तरी ध्रुव | North Pole
`,
};

const EVENTS: Block = {
  type: 'EVENT',
  source: 'wars, festivals, holidays, tournaments and disasters named in Hindi news; Hindi Wikipedia titles, 2026 (general knowledge)',
  lines: `
World War II | द्वितीय विश्व युद्ध, द्वितीय विश्वयुद्ध, दूसरा विश्व युद्ध, दूसरे विश्व युद्ध, दूसरा विश्वयुद्ध, दूसरे विश्वयुद्ध | World War II, Second World War, WWII
World War I | प्रथम विश्व युद्ध, प्रथम विश्वयुद्ध, पहला विश्व युद्ध, पहले विश्व युद्ध | World War I, First World War, WWI
Korean War | कोरियाई युद्ध, कोरिया युद्ध | Korean War
Vietnam War | वियतनाम युद्ध | Vietnam War
Cold War | शीत युद्ध | Cold War
Kargil War | कारगिल युद्ध | Kargil War
1971 War | बांग्लादेश मुक्ति संग्राम | Bangladesh Liberation War
Russia-Ukraine war | रूस-यूक्रेन युद्ध, यूक्रेन युद्ध | Ukraine war, Russia-Ukraine war
Israel-Hamas war | इज़राइल-हमास युद्ध, इजराइल-हमास युद्ध | Israel-Hamas war
Gulf War | खाड़ी युद्ध | Gulf War
Operation Sindoor | ऑपरेशन सिंदूर | Operation Sindoor
Operation Blue Star | ऑपरेशन ब्लू स्टार | Operation Blue Star
Partition of India | भारत विभाजन, देश विभाजन | Partition of India
Independence Day | स्वतंत्रता दिवस, आज़ादी दिवस | Independence Day
Republic Day | गणतंत्र दिवस | Republic Day
Gandhi Jayanti | गांधी जयंती | Gandhi Jayanti
Victory Day | विजय दिवस | Victory Day
Kargil Vijay Diwas | कारगिल विजय दिवस | Kargil Vijay Diwas
International Yoga Day | अंतरराष्ट्रीय योग दिवस, योग दिवस | International Yoga Day
Teachers' Day | शिक्षक दिवस | Teachers' Day
Children's Day | बाल दिवस | Children's Day
Hindi Diwas | हिंदी दिवस | Hindi Diwas
Women's Day | महिला दिवस, अंतरराष्ट्रीय महिला दिवस | Women's Day
Labour Day | मज़दूर दिवस, मजदूर दिवस | Labour Day, May Day
Christmas | क्रिसमस, बड़ा दिन | Christmas
Easter | ईस्टर | Easter
New Year | नववर्ष | New Year's Day
Holi | होली | Holi
Diwali | दिवाली, दीवाली, दीपावली | Diwali, Deepavali
Dussehra | दशहरा, विजयादशमी | Dussehra
Navratri | नवरात्र, नवरात्रि | Navratri
Durga Puja | दुर्गा पूजा | Durga Puja
Chhath | छठ, छठ पूजा | Chhath
Raksha Bandhan | रक्षाबंधन, रक्षा बंधन | Raksha Bandhan
Janmashtami | जन्माष्टमी, कृष्ण जन्माष्टमी | Janmashtami
Ganesh Chaturthi | गणेश चतुर्थी | Ganesh Chaturthi
Makar Sankranti | मकर संक्रांति | Makar Sankranti
Pongal | पोंगल | Pongal
Onam | ओणम | Onam
Baisakhi | बैसाखी, वैशाखी | Baisakhi
Lohri | लोहड़ी | Lohri
Karva Chauth | करवा चौथ | Karva Chauth
Bhai Dooj | भाई दूज | Bhai Dooj
Dhanteras | धनतेरस | Dhanteras
Maha Shivratri | महाशिवरात्रि, शिवरात्रि | Maha Shivratri
Ram Navami | राम नवमी, रामनवमी | Ram Navami
Hanuman Jayanti | हनुमान जयंती | Hanuman Jayanti
Basant Panchami | बसंत पंचमी, वसंत पंचमी | Basant Panchami
Guru Nanak Jayanti | गुरु नानक जयंती, गुरुपर्व, प्रकाश पर्व | Guru Nanak Jayanti
Buddha Purnima | बुद्ध पूर्णिमा | Buddha Purnima
Mahavir Jayanti | महावीर जयंती | Mahavir Jayanti
Eid | ईद, ईद-उल-फ़ित्र, ईद-उल-फितर, ईद उल फितर, ईदुल फितर | Eid, Eid al-Fitr
Eid al-Adha | ईद-उल-अज़हा, ईद-उल-अजहा, बकरीद | Eid al-Adha, Bakrid
Muharram | मुहर्रम | Muharram
Ramadan | रमज़ान, रमजान | Ramadan, Ramzan
Kumbh Mela | कुंभ मेला, कुंभ, महाकुंभ, अर्धकुंभ | Kumbh Mela, Maha Kumbh
Kanwar Yatra | कांवड़ यात्रा, कावड़ यात्रा | Kanwar Yatra
Amarnath Yatra | अमरनाथ यात्रा | Amarnath Yatra
Char Dham Yatra | चारधाम यात्रा, चार धाम यात्रा | Char Dham Yatra
COVID-19 pandemic | कोविड महामारी, कोविड-19 महामारी, कोरोना महामारी, कोविड, कोविड-19, कोरोना | COVID-19 pandemic, COVID-19, Covid
Olympic Games | ओलंपिक, ओलंपिक खेल, ओलिंपिक | Olympics, Olympic Games
Paralympics | पैरालंपिक, पैरालिंपिक | Paralympics
Asian Games | एशियाई खेल, एशियन गेम्स | Asian Games
Commonwealth Games | राष्ट्रमंडल खेल, कॉमनवेल्थ गेम्स | Commonwealth Games
FIFA World Cup | फीफा विश्व कप | FIFA World Cup
Cricket World Cup | विश्व कप, क्रिकेट विश्व कप, वर्ल्ड कप, एकदिवसीय विश्व कप | World Cup
T20 World Cup | टी-20 विश्व कप, टी20 विश्व कप, टी-20 वर्ल्ड कप | T20 World Cup
Under-19 World Cup | अंडर-19 विश्व कप, अंडर 19 विश्व कप | Under-19 World Cup, U19 World Cup
Champions Trophy | चैंपियंस ट्रॉफी | Champions Trophy
Asia Cup | एशिया कप | Asia Cup
Indian Premier League | इंडियन प्रीमियर लीग, आईपीएल | Indian Premier League, IPL
Ranji Trophy | रणजी ट्रॉफी | Ranji Trophy
Vijay Hazare Trophy | विजय हज़ारे ट्रॉफी, विजय हजारे ट्रॉफी | Vijay Hazare Trophy
Syed Mushtaq Ali Trophy | सैयद मुश्ताक अली ट्रॉफी | Syed Mushtaq Ali Trophy
Duleep Trophy | दलीप ट्रॉफी | Duleep Trophy
Border-Gavaskar Trophy | बॉर्डर-गावस्कर ट्रॉफी | Border-Gavaskar Trophy
Wimbledon | विंबलडन | Wimbledon
Lok Sabha election | लोकसभा चुनाव | Lok Sabha election
Bharat Jodo Yatra | भारत जोड़ो यात्रा | Bharat Jodo Yatra
9/11 attacks | 9/11 हमला | 9/11 attacks
26/11 Mumbai attacks | 26/11 मुंबई हमला | 26/11 attacks
Pulwama attack | पुलवामा हमला | Pulwama attack
Bhopal gas tragedy | भोपाल गैस त्रासदी | Bhopal gas tragedy
Chandrayaan-3 | चंद्रयान-3 मिशन | Chandrayaan-3 mission
`,
};

const NORPS: Block = {
  type: 'NORP',
  source: 'demonyms, religious and community names used in Hindi news (general knowledge); country demonyms are also derived from the country list in places.ts',
  lines: `
Indian | भारतीय, हिंदुस्तानी | Indian, Indians
American | अमेरिकी, अमरीकी, अमेरिकन | American, Americans
Chinese | चीनी | Chinese
Russian | रूसी | Russian, Russians
North Korean | उत्तर कोरियाई, उत्तरी कोरियाई | North Korean, North Koreans
South Korean | दक्षिण कोरियाई, दक्षिणी कोरियाई | South Korean, South Koreans
Korean | कोरियाई | Korean
Pakistani | पाकिस्तानी | Pakistani
Bangladeshi | बांग्लादेशी | Bangladeshi
Nepali | नेपाली | Nepali, Nepalese
Sri Lankan | श्रीलंकाई | Sri Lankan
Afghan | अफ़ग़ान, अफगान, अफ़ग़ानी, अफगानी | Afghan
Japanese | जापानी | Japanese
British | ब्रिटिश, अंग्रेज़, अंग्रेज | British
French | फ्रांसीसी, फ़्रांसीसी | French
German | जर्मन | German
Italian | इतालवी | Italian
Spanish | स्पेनिश, स्पेनी | Spanish
Dutch | डच | Dutch
Greek | यूनानी | Greek
Turkish | तुर्क | Turkish
Iranian | ईरानी | Iranian
Iraqi | इराक़ी, इराकी | Iraqi
Israeli | इज़राइली, इजराइली, इस्राइली | Israeli
Palestinian | फ़िलिस्तीनी, फिलिस्तीनी | Palestinian
Arab | अरबी | Arab
Saudi | सऊदी | Saudi
Ukrainian | यूक्रेनी, यूक्रेनियाई | Ukrainian
European | यूरोपीय, यूरोपियन | European
African | अफ्रीकी, अफ़्रीकी | African
South African | दक्षिण अफ्रीकी, दक्षिण अफ़्रीकी | South African
Asian | एशियाई | Asian
Western | पश्चिमी | Western
Brazilian | ब्राज़ीली, ब्राजीली, ब्राज़ीलियाई | Brazilian
Australian | ऑस्ट्रेलियाई | Australian
Canadian | कनाडाई | Canadian
Hindu | हिंदू, हिन्दू, हिंदुओं | Hindu, Hindus
Muslim | मुस्लिम, मुसलमान, मुसलमानों, मुस्लिमों | Muslim, Muslims
Sikh | सिख, सिखों | Sikh, Sikhs
Christian | ईसाई, ईसाइयों | Christian, Christians
Buddhist | बौद्ध | Buddhist
Parsi | पारसी | Parsi
Jewish | यहूदी | Jewish, Jews
Dalit | दलित, दलितों | Dalit, Dalits
Adivasi | आदिवासी, आदिवासियों | Adivasi
Kashmiri Pandit | कश्मीरी पंडित | Kashmiri Pandits
Kashmiri | कश्मीरी | Kashmiri
Punjabi | पंजाबी | Punjabi
Bengali | बंगाली | Bengali
Gujarati | गुजराती | Gujarati
Marathi | मराठी | Marathi
Tamil | तमिल | Tamil
Bihari | बिहारी | Bihari
Rohingya | रोहिंग्या | Rohingya
Uyghur | उइगर | Uyghur
Kurd | कुर्द | Kurdish
Jat | जाट | Jat
Maratha | मराठा | Maratha
Yadav community | यादव समुदाय | Yadav community
Congressmen | कांग्रेसी | Congressmen
`,
};

export const REGISTER_BLOCKS: readonly Block[] = [PERSONS_WORLD, PERSONS_INDIA, ORGS, LOCATIONS, EVENTS, NORPS];

const PREFIX: Record<EntityType, string> = { PERSON: 'per', LOCATION: 'loc', ORGANIZATION: 'org', NORP: 'norp', EVENT: 'evt' };

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

let cache: RegisterEntry[] | undefined;

/** All register entries, parsed once. */
export function registerEntries(): readonly RegisterEntry[] {
  if (cache) return cache;
  const out: RegisterEntry[] = [];
  for (const b of REGISTER_BLOCKS) {
    for (const raw of b.lines.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const [en, hi = '', la = ''] = line.split('|').map((x) => x.trim());
      const aliases: string[] = [];
      const weak: string[] = [];
      for (const a of [...hi.split(','), ...la.split(',')]) {
        const t = a.trim();
        if (!t) continue;
        if (t.startsWith('~')) weak.push(t.slice(1));
        else aliases.push(t);
      }
      const canonical = hi.split(',')[0]?.trim().replace(/^~/, '') || en;
      out.push({ id: `${PREFIX[b.type]}:${slug(en)}`, type: b.type, canonical, aliases, weak, source: b.source });
    }
  }
  cache = out;
  return out;
}
