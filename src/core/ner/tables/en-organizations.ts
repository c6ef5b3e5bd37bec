// Organization evidence in English: words that make a capitalized run an organization,
// and well-known organization names that carry no such word.
export const EN_ORG_WORDS: ReadonlySet<string> = new Set(`Inc Inc. Corp Corp. Corporation Ltd Ltd. LLC PLC plc Co.
Company Companies Group Holdings Bank Ministry Department Agency Authority Administration University College Institute
Academy School Party Council Committee Commission Parliament Congress Senate Assembly Duma Government Cabinet Court
Police Army Navy Force Forces Office Service Services Association Organization Organisation Union Federation League
Foundation Fund Center Centre Club Airlines Airways Railways Motors Industries Technologies Systems Partners Capital
Securities Exchange Reuters Times Post Journal News Press Television TV Radio Network Church Movement Front Alliance
Commonwealth Board Bureau Directorate Guard Prosecutor's Court`.split(/\s+/));

export const EN_ORG_NAMES: ReadonlySet<string> = new Set([
  'NATO', 'UN', 'EU', 'OPEC', 'WHO', 'IMF', 'WTO', 'OSCE', 'CIS', 'CSTO', 'SCO', 'BRICS', 'ASEAN', 'FBI', 'CIA',
  'KGB', 'FSB', 'NASA', 'UNESCO', 'UNICEF', 'Interpol', 'Europol', 'Kremlin', 'Pentagon', 'Sputnik', 'Reuters',
  'Bloomberg', 'Gazprom', 'Rosneft', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Facebook', 'Meta', 'Twitter',
  'Boeing', 'Airbus', 'Toyota', 'Tesla', 'TASS', 'Interfax', 'RIA Novosti', 'BBC', 'CNN', 'AP', 'AFP', 'Xinhua',
  'European Union', 'United Nations', 'White House', 'Red Cross', 'Wall Street', 'Associated Press',
]);
