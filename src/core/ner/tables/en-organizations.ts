// Organization words for the English word classes (scripts/build-en-gazetteer.ts → EnClass.OrgWord):
// words that make a capitalized run an organization ("… Corp", "Ministry of …").
export const EN_ORG_WORDS: ReadonlySet<string> = new Set(
  `Inc Inc. Corp Corp. Corporation Ltd Ltd. LLC PLC plc Co.
Company Companies Group Holdings Holding Bank Ministry Department Agency Authority Administration University College
Institute Academy School Party Council Committee Commission Parliament Congress Senate Assembly Duma Government
Cabinet Court Police Army Navy Force Forces Office Service Services Association Organization Organisation Union
Federation League Foundation Fund Center Centre Club Airlines Airways Railways Motors Industries Technologies Systems
Partners Capital Securities Exchange Reuters Times Post Journal News Press Television TV Radio Network Church
Movement Front Alliance Commonwealth Board Bureau Directorate Guard Prosecutor's Trust Bancorp Energy
Pharmaceuticals Laboratories Labs Institution Observatory Secretariat Tribunal Wire Telegraph
Herald Gazette Tribune Broadcasting Media Studios Entertainment Insurance Airport Hospital Clinic Programme Program Initiative Coalition`.split(/\s+/),
);

/**
 * Lower-case nouns that say what kind of organization the next name is ("Swiss drugmaker Novartis",
 * "Italian side Juventus", "the daily Le Monde"): general words of English news, not names. Nouns
 * that also describe people ("rival", "partner", "investor", "leader", "producer", "publisher",
 * "maker", "builder", "miner", "carrier": "film producer Jane Doe") are left out, and so is "exchange"
 * ("after a long exchange Smith left").
 */
export const EN_ORG_DESCRIPTORS: ReadonlySet<string> = new Set(
  `company firm group conglomerate drugmaker carmaker automaker chipmaker steelmaker planemaker
airline insurer reinsurer lender bank retailer brewer distiller manufacturer
broadcaster utility supplier distributor exporter importer refiner shipper shipbuilder
chain giant subsidiary affiliate newspaper daily weekly magazine agency club side team party
network studio fund bourse regulator watchdog`.split(/\s+/),
);

/**
 * Words that end only a firm's name: legal forms and their abbreviations ("Acme Corp", "Smith & Co",
 * "Warner Bros"). No person's or place's name ends in one, so a name the tagger read as a person or place
 * and that ends in one is a firm. Written without a final dot; "Co"/"Cos" only capitalized as here.
 */
export const EN_FIRM_ENDINGS: ReadonlySet<string> = new Set(`Inc Corp Ltd LLC LLP PLC plc Co Cos Bros GmbH AG NV BV SpA Pty`.split(/\s+/));
