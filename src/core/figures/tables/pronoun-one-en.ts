// English words after which "one" is a pronoun standing for a noun already named, not a count:
// "the first one", "this one", "no one", "the last one", "each one". Ordinal words count too
// (the caller checks EN_ORDINALS), so "the first one" keeps only the ORDINAL "first".
export const EN_ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set(
  `this that which each every another any no
last next same other right wrong new old big small latest final previous little good bad better best worst
younger older eldest youngest`.split(/\s+/),
);
