// Place names an English news text mentions most: countries, capitals, large cities, regions.
// A seed list, not a gazetteer: context rules ("in X") catch the rest.
const PLACES = `Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahrain
Bangladesh Belarus Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chad Chile China Colombia Congo
Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece
Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Kosovo Kuwait
Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta Mexico Moldova Monaco Mongolia
Montenegro Morocco Mozambique Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine
Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Serbia Singapore Slovakia Slovenia
Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan
Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe Europe Asia Africa America Antarctica
Australia Crimea Siberia Caucasus Balkans Scandinavia Moscow London Paris Berlin Madrid Rome Washington Beijing
Tokyo Kyiv Kiev Minsk Astana Almaty Tashkent Bishkek Baku Tbilisi Yerevan Ankara Istanbul Tehran Baghdad Damascus
Cairo Delhi Mumbai Islamabad Kabul Seoul Pyongyang Bangkok Hanoi Jakarta Manila Sydney Melbourne Toronto Ottawa
Montreal Vancouver Chicago Boston Houston Dallas Miami Atlanta Seattle Denver Detroit Philadelphia Brussels
Amsterdam Vienna Prague Warsaw Budapest Bucharest Sofia Belgrade Athens Lisbon Dublin Oslo Stockholm Helsinki
Copenhagen Riga Vilnius Tallinn Geneva Zurich Munich Frankfurt Hamburg Milan Barcelona Jerusalem Riyadh Dubai
Doha Petersburg Novosibirsk Samara Kazan Sochi Vladivostok Donetsk Kharkiv Odesa Odessa Lviv Texas California
Florida Alaska Ohio Virginia Arizona Nevada Oregon Michigan Massachusetts Pennsylvania Georgia Bavaria Scotland
Wales England Ireland Quebec Ontario Kashmir Gaza Sahara Arctic Pacific Atlantic Mediterranean
Danube Rhine Elbe Thames Seine Volga Dnieper Dniester Vistula Nile Congo Niger Zambezi Limpopo Tigris Euphrates
Jordan Indus Ganges Brahmaputra Mekong Yangtze Ob Yenisei Amur Mississippi Missouri Yukon Orinoco
Alps Andes Himalayas Himalaya Urals Carpathians Pyrenees Apennines Rockies Appalachians Tibet Kalahari Arabia`;

const MULTI = ['United States', 'United Kingdom', 'South Korea', 'North Korea', 'South Africa', 'New Zealand',
  'Saudi Arabia', 'Sri Lanka', 'Czech Republic', 'United Arab Emirates', 'New York', 'Los Angeles',
  'San Francisco', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Hong Kong', 'New Delhi',
  'Latin America', 'North America', 'South America', 'Middle East', 'Far East', 'Central Asia',
  'Black Sea', 'Baltic Sea', 'Caspian Sea', 'West Bank', 'Gaza Strip', 'Western Europe', 'Eastern Europe',
  'Ust-Kamenogorsk', 'New Jersey', 'North Carolina', 'South Carolina', 'Rio de Janeiro', 'Buenos Aires'];

export const EN_PLACES: ReadonlySet<string> = new Set([...PLACES.split(/\s+/).filter(Boolean), ...MULTI, 'US', 'USA', 'UK', 'U.S.', 'U.K.']);

/** Capitalized heads that make a run a geographic name: "Lake Balkhash", "Amu Darya" (darya: Persian "river"). */
export const EN_GEO_HEADS: ReadonlySet<string> = new Set(`River Lake Sea Ocean Gulf Bay Strait Straits Channel
Mountains Mountain Mount Mt Hills Range Valley Desert Plateau Basin Delta Peninsula Island Islands Isle Coast Cape
Canal Falls Glacier Gorge Pass Steppe Darya Reservoir Forest Oblast Province Region Prefecture County District
Governorate Territory Territories Republic Kingdom Emirates State States Heights Highlands Lowlands Plains`.split(/\s+/));

/** Lower-case nouns after a name that make it a place: "the Toktogul reservoir", "the Pamir mountains". */
export const EN_GEO_NOUNS_AFTER: ReadonlySet<string> = new Set(`river rivers reservoir dam lake lakes sea mountains
mountain range valley desert plateau basin delta peninsula island islands coast canal glacier gorge pass steppe
region province oblast district county prefecture governorate state city town village port airport border
highway bridge`.split(/\s+/));

/** Nouns before "of X" that make X a place: "the town of Zamiin-Uud", "parts of Lombardy". */
export const EN_PLACE_OF_NOUNS: ReadonlySet<string> = new Set(`town city village capital region province state
part parts north south east west centre center outskirts suburbs suburb port island islands republic kingdom
coast shores banks residents inhabitants streets governorate district county area areas mayor governor people citizens government ministry
ministries embassy president king queen`.split(/\s+/));

/** Prepositions and verbs after which an unknown capitalized word is most often a place. */
export const EN_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'across',
  'into', 'outside', 'inside', 'throughout', 'towards', 'toward', 'via']);
