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
Wales England Ireland Quebec Ontario Kashmir Gaza Sahara Arctic Pacific Atlantic Mediterranean`;

const MULTI = ['United States', 'United Kingdom', 'South Korea', 'North Korea', 'South Africa', 'New Zealand',
  'Saudi Arabia', 'Sri Lanka', 'Czech Republic', 'United Arab Emirates', 'New York', 'Los Angeles',
  'San Francisco', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Hong Kong', 'New Delhi',
  'Latin America', 'North America', 'South America', 'Middle East', 'Far East', 'Central Asia',
  'Black Sea', 'Baltic Sea', 'Caspian Sea', 'West Bank', 'Gaza Strip', 'Western Europe', 'Eastern Europe',
  'Ust-Kamenogorsk', 'New Jersey', 'North Carolina', 'South Carolina', 'Rio de Janeiro', 'Buenos Aires'];

export const EN_PLACES: ReadonlySet<string> = new Set([...PLACES.split(/\s+/).filter(Boolean), ...MULTI, 'US', 'USA', 'UK', 'U.S.', 'U.K.']);
