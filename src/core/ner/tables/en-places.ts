// Place words for the English word classes (scripts/build-en-gazetteer.ts → EnClass.GeoHead).
/** Capitalized heads that make a run a geographic name: "Lake Balkhash", "Amu Darya" (darya: Persian "river"). */
export const EN_GEO_HEADS: ReadonlySet<string> = new Set(
  `River Lake Sea Ocean Gulf Bay Strait Straits Channel
Mountains Mountain Mount Mt Hills Range Valley Desert Plateau Basin Delta Peninsula Island Islands Isle Coast Cape
Canal Falls Glacier Gorge Pass Steppe Darya Reservoir Forest Oblast Province Region Prefecture County District
Governorate Territory Territories Republic Kingdom Emirates State States Heights Highlands Lowlands Plains`.split(/\s+/),
);
