// Capitalized English words that are not names by themselves: sentence-initial function words,
// pronouns, months and weekdays (dates are the figures recognizer's business).
export const EN_NOT_NAMES: ReadonlySet<string> = new Set(`the a an in on at by for from to of and but or if as
this that these those there here it its he she they we i you his her their our my your who what when where why how
after before during while since until about over under with without between among according also however meanwhile
yet so then now today yesterday tomorrow tonight last next many some most several all both each every no not
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
mr mrs ms dr president minister said says according earlier later such other one two three first second
breaking update exclusive read watch photo video`.split(/\s+/));
