// The English possessive ending ("Time Warner's", "Reuters’s"): not part of the name, so the steps after
// the tagger cut it before a name's words are looked up, compared or spanned.
export const POSSESSIVE = /['’]s$/;
/** The same ending in a line of capitals ("OKAFOR'S"). */
export const POSSESSIVE_ANY_CASE = /['’][sS]$/;
