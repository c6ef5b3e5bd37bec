// Nationality adjectives: capitalized in English but not names of people, places or organizations
// ("Russian Interior Minister", "a Kazakh official"). Words ending in -ian/-ese/-ish are caught by rule.
export const EN_DEMONYMS: ReadonlySet<string> = new Set(
  `Kazakh Uzbek Tajik Turkmen Kyrgyz Azeri Greek Thai Czech
Dutch French Swiss Iraqi Israeli Pakistani Saudi Kuwaiti Qatari Yemeni Omani Emirati Bangladeshi Afghan Kenyan
American European Asian African Arab Soviet Western Eastern Northern Southern Catholic Orthodox Muslim Christian
Jewish Sunni Shia Shiite Democrat Democratic Republican Communist Nazi`.split(/\s+/),
);
