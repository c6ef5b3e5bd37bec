// The quote marks that open and close a quoted name in the rules after the tagger (ru-quoted-orgs.ts,
// quoted-works.ts, ru-quoted-titles.ts): Russian «…» and „…“, English “…”, and straight quotes, which
// open and close alike. (forms.ts tracks nesting depth for the tagger's features with its own sets.)
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['«', '„', '“', '"']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '“', '”', '"']);
