// Titles for the English word classes (scripts/build-en-gazetteer.ts → EnClass.Title).
/** Capitalized titles right before a name: "Minister Elena Sadykova", "Dr Helena Sousa". */
export const EN_PERSON_TITLES: ReadonlySet<string> = new Set(
  `Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady
President Minister Premier Chancellor Senator Governor Mayor Gen Colonel Col Captain Capt Lieutenant Lt
Sergeant Sgt Judge Justice King Queen Prince Princess Pope Rev Reverend Sheikh Imam Rabbi Bishop
Cardinal Ambassador Secretary Chairman Chairwoman Director Officer Rep Representative Congressman
Congresswoman Commissioner Inspector Detective Constable Superintendent Chief Spokesman Spokeswoman Spokesperson
Coach Commander Admiral Marshal Deputy Vice Speaker Attorney Prosecutor Akim Emir Sultan`.split(/\s+/),
);

/**
 * Capitalized job nouns that end a byline's title ("By Jane Doe, Staff Writer", "Science Correspondent"):
 * the words say what a person does, and no person's name ends in one.
 */
export const EN_JOB_NOUNS: ReadonlySet<string> = new Set(
  `Writer Writers Correspondent Correspondents Reporter Reporters Editor Editors Columnist Contributor
Photographer Commentator Analyst Economist Strategist`.split(/\s+/),
);
