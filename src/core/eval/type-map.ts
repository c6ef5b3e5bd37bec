// Gold type names as other annotation schemes spell them, mapped to newsmark's types. The shipped
// development files already use PER/ORG/LOC, but users' gold may keep the source names
// (NEREL's CITY/COUNTRY/…, factRuEval's Person/Org/LocOrg, CoNLL's GPE). Names not listed here are
// kept as they are (FAC, AGE, TIME, …) and only scored when --types asks for them.

// One row per kind of entity, as a table.
// prettier-ignore
export const GOLD_TYPE_ALIASES: Readonly<Record<string, string>> = {
  // people
  PERSON: 'PER', Person: 'PER',
  // organizations
  ORGANIZATION: 'ORG', Org: 'ORG', ORGANISATION: 'ORG',
  // places: NEREL splits them by kind, factRuEval by whether they act as organizations
  LOCATION: 'LOC', Location: 'LOC', LocOrg: 'LOC',
  CITY: 'LOC', COUNTRY: 'LOC', STATE_OR_PROVINCE: 'LOC', DISTRICT: 'LOC', GPE: 'LOC',
  // figures
  CARDINAL: 'NUMBER', QUANTITY: 'NUMBER',
};

export function mapGoldType(type: string): string {
  return GOLD_TYPE_ALIASES[type] ?? type;
}
