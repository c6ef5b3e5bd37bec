// English words ending in "s" after a number that are not a counted plural noun ("3 is", "5 as").
export const EN_NOT_UNITS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'this', 'its', 'as', 'us', 'less', 'plus', 'thus',
  'yes', 'does', 'his', 'hers', 'ours', 'always', 'perhaps', 'across', 'unless', 'whereas']);
