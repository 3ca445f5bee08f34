/**
 * Place names: countries and regions from ICU (`Intl.DisplayNames`, Hindi and English), Indian
 * states and union territories, Indian cities and districts, and world cities that Hindi news
 * spells differently from CLDR. CLDR exemplar cities are in cities.generated.ts.
 *
 * Lines read `English | Hindi, Hindi … | Latin, Latin …` as in register.ts.
 */

/** Indian states and union territories; Hindi names as on the states' own Hindi portals (general knowledge). */
export const INDIAN_STATES = `
Uttar Pradesh | उत्तर प्रदेश, उत्तरप्रदेश, यूपी | Uttar Pradesh, UP
Madhya Pradesh | मध्य प्रदेश, मध्यप्रदेश | Madhya Pradesh
Himachal Pradesh | हिमाचल प्रदेश, हिमाचल | Himachal Pradesh, Himachal
Andhra Pradesh | आंध्र प्रदेश, आंध्रप्रदेश, आंध्र | Andhra Pradesh
Arunachal Pradesh | अरुणाचल प्रदेश, अरुणाचल | Arunachal Pradesh
Bihar | बिहार | Bihar
Uttarakhand | उत्तराखंड, उत्तराखण्ड | Uttarakhand
Rajasthan | राजस्थान | Rajasthan
Gujarat | गुजरात | Gujarat
Maharashtra | महाराष्ट्र | Maharashtra
Punjab | पंजाब | Punjab
Haryana | हरियाणा | Haryana
Delhi | दिल्ली | Delhi
Jammu and Kashmir | जम्मू-कश्मीर, जम्मू कश्मीर, जम्मू और कश्मीर, जम्मू एवं कश्मीर | Jammu and Kashmir, J&K
Jammu | जम्मू | Jammu
Kashmir | कश्मीर | Kashmir
Ladakh | लद्दाख | Ladakh
Chhattisgarh | छत्तीसगढ़ | Chhattisgarh
Jharkhand | झारखंड, झारखण्ड | Jharkhand
Odisha | ओडिशा, उड़ीसा | Odisha, Orissa
West Bengal | पश्चिम बंगाल | West Bengal
Bengal | बंगाल | Bengal
Assam | असम | Assam
Meghalaya | मेघालय | Meghalaya
Manipur | मणिपुर | Manipur
Mizoram | मिज़ोरम, मिजोरम | Mizoram
Nagaland | नगालैंड, नागालैंड | Nagaland
Tripura | त्रिपुरा | Tripura
Sikkim | सिक्किम | Sikkim
Karnataka | कर्नाटक | Karnataka
Kerala | केरल | Kerala
Tamil Nadu | तमिलनाडु, तमिल नाडु | Tamil Nadu
Telangana | तेलंगाना | Telangana
Goa | गोवा | Goa
Puducherry | पुडुचेरी, पांडिचेरी | Puducherry, Pondicherry
Chandigarh | चंडीगढ़ | Chandigarh
Andaman and Nicobar Islands | अंडमान और निकोबार द्वीपसमूह, अंडमान-निकोबार, अंडमान निकोबार | Andaman and Nicobar
Lakshadweep | लक्षद्वीप | Lakshadweep
Dadra and Nagar Haveli and Daman and Diu | दादरा और नगर हवेली, दमन और दीव, दमन-दीव | Daman and Diu
North East India | पूर्वोत्तर, पूर्वोत्तर भारत | North East India
`;

/**
 * Indian cities and district headquarters, and South Asian places; Hindi spellings as used
 * by Hindi newspapers (general knowledge). Variant spellings are listed where papers differ.
 */
export const INDIAN_PLACES = `
New Delhi | नई दिल्ली, नयी दिल्ली | New Delhi
Mumbai | मुंबई, मुम्बई, बंबई | Mumbai, Bombay
Kolkata | कोलकाता, कलकत्ता | Kolkata, Calcutta
Chennai | चेन्नई, मद्रास | Chennai, Madras
Bengaluru | बेंगलुरु, बेंगलूरु, बेंगलुरू, बंगलौर, बैंगलोर | Bengaluru, Bangalore
Hyderabad | हैदराबाद | Hyderabad
Ahmedabad | अहमदाबाद | Ahmedabad
Pune | पुणे | Pune
Jaipur | जयपुर | Jaipur
Lucknow | लखनऊ | Lucknow
Kanpur | कानपुर | Kanpur
Nagpur | नागपुर | Nagpur
Indore | इंदौर | Indore
Bhopal | भोपाल | Bhopal
Patna | पटना | Patna
Vadodara | वडोदरा, बड़ौदा | Vadodara, Baroda
Ghaziabad | गाज़ियाबाद, गाजियाबाद | Ghaziabad
Noida | नोएडा | Noida
Greater Noida | ग्रेटर नोएडा | Greater Noida
Gurugram | गुरुग्राम, गुड़गांव | Gurugram, Gurgaon
Faridabad | फरीदाबाद, फ़रीदाबाद | Faridabad
Ludhiana | लुधियाना | Ludhiana
Amritsar | अमृतसर | Amritsar
Jalandhar | जालंधर | Jalandhar
Agra | आगरा | Agra
Nashik | नासिक, नाशिक | Nashik
Rajkot | राजकोट | Rajkot
Varanasi | वाराणसी, बनारस, काशी | Varanasi, Banaras
Prayagraj | प्रयागराज, इलाहाबाद | Prayagraj, Allahabad
Meerut | मेरठ | Meerut
Srinagar | श्रीनगर | Srinagar
Aurangabad | औरंगाबाद, छत्रपति संभाजीनगर | Aurangabad
Dhanbad | धनबाद | Dhanbad
Ranchi | रांची, राँची | Ranchi
Jamshedpur | जमशेदपुर | Jamshedpur
Raipur | रायपुर | Raipur
Bilaspur | बिलासपुर | Bilaspur
Jabalpur | जबलपुर | Jabalpur
Gwalior | ग्वालियर | Gwalior
Ujjain | उज्जैन | Ujjain
Jodhpur | जोधपुर | Jodhpur
Udaipur | उदयपुर | Udaipur
Bikaner | बीकानेर | Bikaner
Ajmer | अजमेर | Ajmer
Barmer | बाड़मेर | Barmer
Jaisalmer | जैसलमेर | Jaisalmer
Alwar | अलवर | Alwar
Bharatpur | भरतपुर | Bharatpur
Sikar | सीकर | Sikar
Mohali | मोहाली | Mohali
Panchkula | पंचकूला | Panchkula
Ambala | अंबाला | Ambala
Karnal | करनाल | Karnal
Panipat | पानीपत | Panipat
Rohtak | रोहतक | Rohtak
Hisar | हिसार | Hisar
Sonipat | सोनीपत | Sonipat
Patiala | पटियाला | Patiala
Bathinda | बठिंडा | Bathinda
Dehradun | देहरादून | Dehradun
Haridwar | हरिद्वार | Haridwar
Rishikesh | ऋषिकेश | Rishikesh
Nainital | नैनीताल | Nainital
Haldwani | हल्द्वानी | Haldwani
Almora | अल्मोड़ा | Almora
Pithoragarh | पिथौरागढ़ | Pithoragarh
Chamoli | चमोली | Chamoli
Tehri | टिहरी, टिहरी गढ़वाल | Tehri
Pauri | पौड़ी, पौड़ी गढ़वाल | Pauri
Uttarkashi | उत्तरकाशी | Uttarkashi
Rudraprayag | रुद्रप्रयाग | Rudraprayag
Bageshwar | बागेश्वर | Bageshwar
Champawat | चंपावत | Champawat
Udham Singh Nagar | ऊधम सिंह नगर, उधम सिंह नगर | Udham Singh Nagar
Garhwal | गढ़वाल | Garhwal
Kumaon | कुमाऊं, कुमाऊँ | Kumaon
Joshimath | जोशीमठ | Joshimath
Mussoorie | मसूरी | Mussoorie
Shimla | शिमला | Shimla
Manali | मनाली | Manali
Kullu | कुल्लू | Kullu
Dharamshala | धर्मशाला | Dharamshala
Kangra | कांगड़ा | Kangra
Solan | सोलन | Solan
Leh | लेह | Leh
Kargil | कारगिल | Kargil
Anantnag | अनंतनाग | Anantnag
Baramulla | बारामूला | Baramulla
Pulwama | पुलवामा | Pulwama
Kupwara | कुपवाड़ा | Kupwara
Poonch | पुंछ | Poonch
Rajouri | राजौरी | Rajouri
Kathua | कठुआ | Kathua
Udhampur | उधमपुर | Udhampur
Gorakhpur | गोरखपुर | Gorakhpur
Ayodhya | अयोध्या, फैजाबाद | Ayodhya, Faizabad
Mathura | मथुरा | Mathura
Vrindavan | वृंदावन | Vrindavan
Aligarh | अलीगढ़ | Aligarh
Bareilly | बरेली | Bareilly
Moradabad | मुरादाबाद | Moradabad
Saharanpur | सहारनपुर | Saharanpur
Muzaffarnagar | मुज़फ़्फ़रनगर, मुजफ्फरनगर | Muzaffarnagar
Jhansi | झांसी, झाँसी | Jhansi
Azamgarh | आज़मगढ़, आजमगढ़ | Azamgarh
Ballia | बलिया | Ballia
Gonda | गोंडा | Gonda
Bahraich | बहराइच | Bahraich
Sitapur | सीतापुर | Sitapur
Rae Bareli | रायबरेली | Rae Bareli
Amethi | अमेठी | Amethi
Sultanpur | सुल्तानपुर | Sultanpur
Mirzapur | मिर्ज़ापुर, मिर्जापुर | Mirzapur
Etawah | इटावा | Etawah
Firozabad | फ़िरोज़ाबाद, फिरोजाबाद | Firozabad
Mainpuri | मैनपुरी | Mainpuri
Shahjahanpur | शाहजहांपुर | Shahjahanpur
Hardoi | हरदोई | Hardoi
Unnao | उन्नाव | Unnao
Bulandshahr | बुलंदशहर | Bulandshahr
Hapur | हापुड़ | Hapur
Rampur | रामपुर | Rampur
Bijnor | बिजनौर | Bijnor
Deoria | देवरिया | Deoria
Kushinagar | कुशीनगर | Kushinagar
Gaya | गया जी, बोधगया | Gaya, Bodh Gaya
Muzaffarpur | मुज़फ़्फ़रपुर, मुजफ्फरपुर | Muzaffarpur
Bhagalpur | भागलपुर | Bhagalpur
Darbhanga | दरभंगा | Darbhanga
Purnia | पूर्णिया | Purnia
Begusarai | बेगूसराय | Begusarai
Nalanda | नालंदा | Nalanda
Siwan | सीवान | Siwan
Chhapra | छपरा | Chhapra
Motihari | मोतिहारी | Motihari
Sasaram | सासाराम | Sasaram
Hajipur | हाजीपुर | Hajipur
Deoghar | देवघर | Deoghar
Bokaro | बोकारो | Bokaro
Hazaribagh | हजारीबाग | Hazaribagh
Dumka | दुमका | Dumka
Bhubaneswar | भुवनेश्वर | Bhubaneswar
Cuttack | कटक | Cuttack
Puri | पुरी | Puri
Rourkela | राउरकेला | Rourkela
Balasore | बालासोर, बालेश्वर | Balasore
Howrah | हावड़ा | Howrah
Siliguri | सिलीगुड़ी | Siliguri
Darjeeling | दार्जिलिंग | Darjeeling
Durgapur | दुर्गापुर | Durgapur
Asansol | आसनसोल | Asansol
Guwahati | गुवाहाटी | Guwahati
Dispur | दिसपुर | Dispur
Dibrugarh | डिब्रूगढ़ | Dibrugarh
Silchar | सिलचर | Silchar
Shillong | शिलांग | Shillong
Imphal | इंफाल, इम्फाल | Imphal
Aizawl | आइजोल | Aizawl
Kohima | कोहिमा | Kohima
Agartala | अगरतला | Agartala
Gangtok | गंगटोक | Gangtok
Itanagar | ईटानगर | Itanagar
Tawang | तवांग | Tawang
Thiruvananthapuram | तिरुवनंतपुरम, त्रिवेंद्रम | Thiruvananthapuram
Kochi | कोच्चि, कोचीन | Kochi, Cochin
Kozhikode | कोझिकोड | Kozhikode
Wayanad | वायनाड | Wayanad
Mysuru | मैसूरु, मैसूर | Mysuru, Mysore
Mangaluru | मंगलुरु, मंगलौर | Mangaluru
Hubballi | हुबली | Hubli
Belagavi | बेलगावी, बेलगाम | Belagavi
Coimbatore | कोयंबटूर | Coimbatore
Madurai | मदुरै | Madurai
Tiruchirappalli | तिरुचिरापल्ली | Tiruchirappalli
Rameswaram | रामेश्वरम | Rameswaram
Visakhapatnam | विशाखापत्तनम | Visakhapatnam
Vijayawada | विजयवाड़ा | Vijayawada
Amaravati | अमरावती | Amaravati
Tirupati | तिरुपति | Tirupati
Warangal | वारंगल | Warangal
Secunderabad | सिकंदराबाद | Secunderabad
Panaji | पणजी | Panaji
Thane | ठाणे | Thane
Navi Mumbai | नवी मुंबई | Navi Mumbai
Kolhapur | कोल्हापुर | Kolhapur
Solapur | सोलापुर | Solapur
Gandhinagar | गांधीनगर | Gandhinagar
Bhavnagar | भावनगर | Bhavnagar
Jamnagar | जामनगर | Jamnagar
Kutch | कच्छ | Kutch
Porbandar | पोरबंदर | Porbandar
Dwarka | द्वारका | Dwarka
Somnath | सोमनाथ | Somnath
Sagar | सागर ज़िला | Sagar
Rewa | रीवा | Rewa
Satna | सतना | Satna
Khajuraho | खजुराहो | Khajuraho
Bastar | बस्तर | Bastar
Dantewada | दंतेवाड़ा | Dantewada
Sukma | सुकमा | Sukma
Bijapur | बीजापुर | Bijapur
Port Blair | पोर्ट ब्लेयर | Port Blair
Kathmandu | काठमांडू | Kathmandu
Dhaka | ढाका | Dhaka
Colombo | कोलंबो | Colombo
Islamabad | इस्लामाबाद | Islamabad
Karachi | कराची | Karachi
Lahore | लाहौर | Lahore
Rawalpindi | रावलपिंडी | Rawalpindi
Peshawar | पेशावर | Peshawar
Quetta | क्वेटा | Quetta
Balochistan | बलूचिस्तान | Balochistan
Khyber Pakhtunkhwa | ख़ैबर पख़्तूनख़्वा, खैबर पख्तूनख्वा | Khyber Pakhtunkhwa
Sindh | सिंध | Sindh
Pakistan-occupied Kashmir | पाक अधिकृत कश्मीर, पीओके | PoK
Kabul | काबुल | Kabul
Kandahar | कंधार | Kandahar
Thimphu | थिम्पू | Thimphu
Male | माले | Male
`;

/** Further district headquarters (general knowledge; one spelling each unless papers differ). */
export const INDIAN_DISTRICTS = `
फर्रुखाबाद | फर्रुखाबाद |
फ़र्रुख़ाबाद | फ़र्रुख़ाबाद |
कन्नौज | कन्नौज |
औरैया | औरैया |
जालौन | जालौन |
हमीरपुर | हमीरपुर |
महोबा | महोबा |
बांदा | बांदा |
चित्रकूट | चित्रकूट |
फतेहपुर | फतेहपुर |
प्रतापगढ़ | प्रतापगढ़ |
कौशांबी | कौशांबी |
भदोही | भदोही |
जौनपुर | जौनपुर |
गाजीपुर | गाजीपुर |
ग़ाज़ीपुर | ग़ाज़ीपुर |
चंदौली | चंदौली |
सोनभद्र | सोनभद्र |
मऊ | मऊ |
बाराबंकी | बाराबंकी |
लखीमपुर | लखीमपुर |
पीलीभीत | पीलीभीत |
बदायूं | बदायूं |
एटा | एटा |
कासगंज | कासगंज |
हाथरस | हाथरस |
अमरोहा | अमरोहा |
बागपत | बागपत |
शामली | शामली |
महाराजगंज | महाराजगंज |
सिद्धार्थनगर | सिद्धार्थनगर |
श्रावस्ती | श्रावस्ती |
बलरामपुर | बलरामपुर |
मुंगेर | मुंगेर |
लखीसराय | लखीसराय |
अररिया | अररिया |
किशनगंज | किशनगंज |
कटिहार | कटिहार |
सहरसा | सहरसा |
सुपौल | सुपौल |
मधेपुरा | मधेपुरा |
मधुबनी | मधुबनी |
सीतामढ़ी | सीतामढ़ी |
समस्तीपुर | समस्तीपुर |
खगड़िया | खगड़िया |
जमुई | जमुई |
नवादा | नवादा |
शेखपुरा | शेखपुरा |
जहानाबाद | जहानाबाद |
अरवल | अरवल |
रोहतास | रोहतास |
कैमूर | कैमूर |
बक्सर | बक्सर |
भोजपुर | भोजपुर |
गोपालगंज | गोपालगंज |
बेतिया | बेतिया |
चंपारण | चंपारण |
भिंड | भिंड |
मुरैना | मुरैना |
शिवपुरी | शिवपुरी |
दमोह | दमोह |
छतरपुर | छतरपुर |
टीकमगढ़ | टीकमगढ़ |
होशंगाबाद | होशंगाबाद |
नर्मदापुरम | नर्मदापुरम |
विदिशा | विदिशा |
रायसेन | रायसेन |
सीहोर | सीहोर |
खंडवा | खंडवा |
खरगोन | खरगोन |
बुरहानपुर | बुरहानपुर |
बैतूल | बैतूल |
छिंदवाड़ा | छिंदवाड़ा |
मंदसौर | मंदसौर |
नीमच | नीमच |
झाबुआ | झाबुआ |
कटनी | कटनी |
शहडोल | शहडोल |
सिंगरौली | सिंगरौली |
रतलाम | रतलाम |
देवास | देवास |
भीलवाड़ा | भीलवाड़ा |
चित्तौड़गढ़ | चित्तौड़गढ़ |
बांसवाड़ा | बांसवाड़ा |
डूंगरपुर | डूंगरपुर |
राजसमंद | राजसमंद |
सिरोही | सिरोही |
जालोर | जालोर |
नागौर | नागौर |
झुंझुनू | झुंझुनू |
चूरू | चूरू |
हनुमानगढ़ | हनुमानगढ़ |
श्रीगंगानगर | श्रीगंगानगर |
टोंक | टोंक |
झालावाड़ | झालावाड़ |
धौलपुर | धौलपुर |
करौली | करौली |
दौसा | दौसा |
अहमदनगर | अहमदनगर |
सतारा | सतारा |
सांगली | सांगली |
रत्नागिरी | रत्नागिरी |
सिंधुदुर्ग | सिंधुदुर्ग |
पालघर | पालघर |
जलगांव | जलगांव |
नंदुरबार | नंदुरबार |
बुलढाणा | बुलढाणा |
अकोला | अकोला |
वाशिम | वाशिम |
यवतमाल | यवतमाल |
वर्धा | वर्धा |
चंद्रपुर | चंद्रपुर |
गढ़चिरौली | गढ़चिरौली |
भंडारा | भंडारा |
गोंदिया | गोंदिया |
लातूर | लातूर |
उस्मानाबाद | उस्मानाबाद |
नांदेड़ | नांदेड़ |
परभणी | परभणी |
हिंगोली | हिंगोली |
जालना | जालना |
मेहसाणा | मेहसाणा |
बनासकांठा | बनासकांठा |
साबरकांठा | साबरकांठा |
आणंद | आणंद |
भरूच | भरूच |
नवसारी | नवसारी |
वलसाड | वलसाड |
जूनागढ़ | जूनागढ़ |
अमरेली | अमरेली |
मोरबी | मोरबी |
गोधरा | गोधरा |
शिवमोगा | शिवमोगा |
हासन | हासन |
मांड्या | मांड्या |
तुमकुरु | तुमकुरु |
दावणगेरे | दावणगेरे |
बेल्लारी | बेल्लारी |
रायचूर | रायचूर |
कलबुर्गी | कलबुर्गी |
गुलबर्गा | गुलबर्गा |
बीदर | बीदर |
धारवाड़ | धारवाड़ |
उडुपी | उडुपी |
चिकमगलूर | चिकमगलूर |
कोडगु | कोडगु |
सेलम | सेलम |
तिरुनेलवेली | तिरुनेलवेली |
वेल्लोर | वेल्लोर |
इरोड | इरोड |
तंजावुर | तंजावुर |
कन्याकुमारी | कन्याकुमारी |
ऊटी | ऊटी |
कांचीपुरम | कांचीपुरम |
त्रिशूर | त्रिशूर |
कोल्लम | कोल्लम |
कन्नूर | कन्नूर |
मलप्पुरम | मलप्पुरम |
पलक्कड़ | पलक्कड़ |
इडुक्की | इडुक्की |
अलाप्पुझा | अलाप्पुझा |
गुंटूर | गुंटूर |
नेल्लोर | नेल्लोर |
कुरनूल | कुरनूल |
अनंतपुर | अनंतपुर |
कडप्पा | कडप्पा |
चित्तूर | चित्तूर |
काकीनाडा | काकीनाडा |
राजमुंदरी | राजमुंदरी |
निज़ामाबाद | निज़ामाबाद |
निजामाबाद | निजामाबाद |
करीमनगर | करीमनगर |
खम्मम | खम्मम |
नलगोंडा | नलगोंडा |
आदिलाबाद | आदिलाबाद |
मालदा | मालदा |
मुर्शिदाबाद | मुर्शिदाबाद |
बर्धमान | बर्धमान |
बांकुड़ा | बांकुड़ा |
पुरुलिया | पुरुलिया |
मेदिनीपुर | मेदिनीपुर |
हुगली | हुगली |
जलपाईगुड़ी | जलपाईगुड़ी |
कूचबिहार | कूचबिहार |
संबलपुर | संबलपुर |
गंजाम | गंजाम |
बरहामपुर | बरहामपुर |
कोरापुट | कोरापुट |
मयूरभंज | मयूरभंज |
केंद्रपाड़ा | केंद्रपाड़ा |
जाजपुर | जाजपुर |
भद्रक | भद्रक |
गिरिडीह | गिरिडीह |
पलामू | पलामू |
गढ़वा | गढ़वा |
चाईबासा | चाईबासा |
लोहरदगा | लोहरदगा |
गुमला | गुमला |
सिमडेगा | सिमडेगा |
पाकुड़ | पाकुड़ |
साहिबगंज | साहिबगंज |
गोड्डा | गोड्डा |
कोरबा | कोरबा |
रायगढ़ | रायगढ़ |
अंबिकापुर | अंबिकापुर |
जगदलपुर | जगदलपुर |
राजनांदगांव | राजनांदगांव |
धमतरी | धमतरी |
महासमुंद | महासमुंद |
कांकेर | कांकेर |
नारायणपुर | नारायणपुर |
भिवानी | भिवानी |
जींद | जींद |
कैथल | कैथल |
कुरुक्षेत्र | कुरुक्षेत्र |
यमुनानगर | यमुनानगर |
रेवाड़ी | रेवाड़ी |
महेंद्रगढ़ | महेंद्रगढ़ |
नूंह | नूंह |
पलवल | पलवल |
झज्जर | झज्जर |
फतेहाबाद | फतेहाबाद |
सिरसा | सिरसा |
फिरोजपुर | फिरोजपुर |
फ़िरोज़पुर | फ़िरोज़पुर |
फरीदकोट | फरीदकोट |
मोगा | मोगा |
संगरूर | संगरूर |
होशियारपुर | होशियारपुर |
कपूरथला | कपूरथला |
गुरदासपुर | गुरदासपुर |
पठानकोट | पठानकोट |
रूपनगर | रूपनगर |
ऊना | ऊना |
चंबा | चंबा |
किन्नौर | किन्नौर |
सिरमौर | सिरमौर |
कोटद्वार | कोटद्वार |
काशीपुर | काशीपुर |
रुद्रपुर | रुद्रपुर |
गोपेश्वर | गोपेश्वर |
लैंसडाउन | लैंसडाउन |
चकराता | चकराता |
विकासनगर | विकासनगर |
डोईवाला | डोईवाला |
`;

/** World cities and regions in the spellings Hindi papers use (CLDR has one spelling only). */
export const WORLD_PLACES = `
Moscow | मॉस्को, मास्को | Moscow
Saint Petersburg | सेंट पीटर्सबर्ग | Saint Petersburg
Beijing | बीजिंग, पेइचिंग | Beijing
Shanghai | शंघाई | Shanghai
Wuhan | वुहान | Wuhan
Seoul | सियोल, सोल, सिओल | Seoul
Pyongyang | प्योंगयांग, प्योंगयोंग | Pyongyang
Tokyo | टोक्यो, तोक्यो | Tokyo
Washington | वाशिंगटन, वॉशिंगटन, वाशिंगटन डीसी | Washington, Washington DC
New York | न्यूयॉर्क, न्यूयार्क | New York
London | लंदन | London
Paris | पेरिस | Paris
Berlin | बर्लिन | Berlin
Rome | रोम | Rome
Geneva | जिनेवा, जेनेवा | Geneva
Brussels | ब्रसेल्स | Brussels
Kyiv | कीव, कीएव | Kyiv, Kiev
Kharkiv | खार्किव, खारकीव | Kharkiv
Odesa | ओडेसा | Odesa
Tehran | तेहरान | Tehran
Tel Aviv | तेल अवीव | Tel Aviv
Jerusalem | यरुशलम, येरुशलम | Jerusalem
Riyadh | रियाद | Riyadh
Dubai | दुबई | Dubai
Abu Dhabi | अबू धाबी | Abu Dhabi
Doha | दोहा | Doha
Cairo | काहिरा | Cairo
Istanbul | इस्तांबुल | Istanbul
Ankara | अंकारा | Ankara
Baghdad | बगदाद | Baghdad
Damascus | दमिश्क | Damascus
Beirut | बेरूत | Beirut
Johannesburg | जोहानिसबर्ग | Johannesburg
Cape Town | केप टाउन | Cape Town
Nairobi | नैरोबी | Nairobi
Yaounde | याउंडे | Yaounde
Brasilia | ब्रासीलिया | Brasilia
Rio de Janeiro | रियो डी जनेरियो | Rio de Janeiro
Sydney | सिडनी | Sydney
Melbourne | मेलबर्न | Melbourne
Canberra | कैनबरा | Canberra
Toronto | टोरंटो | Toronto
Ottawa | ओटावा | Ottawa
Singapore | सिंगापुर | Singapore
Bangkok | बैंकॉक | Bangkok
Jakarta | जकार्ता | Jakarta
Hanoi | हनोई | Hanoi
Kuala Lumpur | कुआलालंपुर | Kuala Lumpur
Manila | मनीला | Manila
Davos | दावोस | Davos
Los Angeles | लॉस एंजिल्स, लॉस एंजेलिस | Los Angeles
California | कैलिफ़ोर्निया, कैलिफोर्निया | California
Texas | टेक्सास | Texas
Florida | फ्लोरिडा | Florida
Chicago | शिकागो | Chicago
Scotland | स्कॉटलैंड | Scotland
Siberia | साइबेरिया | Siberia
Vladivostok | व्लादिवोस्तोक | Vladivostok
Xinjiang | शिनजियांग | Xinjiang
Alaska | अलास्का | Alaska
Hawaii | हवाई द्वीप | Hawaii
Korea | कोरिया | Korea
Israel | इसराइल, इस्राइल, इस्राईल | Israel
Kenya | कीनिया | Kenya
West Indies | वेस्टइंडीज़, वेस्टइंडीज, वेस्ट इंडीज़, वेस्ट इंडीज | West Indies
Waziristan | वज़ीरिस्तान | Waziristan
Swat | स्वात | Swat
Indiana | इंडियाना | Indiana
`;

/** Country entries from ICU, built once. [ISO code, Hindi name, English name]. */
export function icuCountries(): [string, string, string][] {
  const out: [string, string, string][] = [];
  let hi: Intl.DisplayNames, en: Intl.DisplayNames;
  try {
    hi = new Intl.DisplayNames(['hi'], { type: 'region', fallback: 'none' });
    en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return out;
  }
  // Non-countries and pseudo-regions that ICU also names.
  const skip = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'UM', 'AQ']);
  const codes: string[] = [];
  for (let a = 65; a < 91; a++) for (let b = 65; b < 91; b++) codes.push(String.fromCharCode(a, b));
  // UN M.49 continents and regions.
  codes.push('002', '005', '009', '013', '019', '021', '030', '034', '035', '142', '143', '145', '150', '151', '154', '155', '419');
  for (const c of codes) {
    if (skip.has(c)) continue;
    let h: string | undefined;
    let e: string | undefined;
    try {
      h = hi.of(c);
      e = en.of(c);
    } catch {
      continue;
    }
    if (!h || h === c || !e || e === c) continue;
    out.push([c, h, e]);
  }
  return out;
}
