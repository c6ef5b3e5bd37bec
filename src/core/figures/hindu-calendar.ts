// The days of Hindu (and Sikh, Jain) festivals, computed from the sky as the Indian calendars define
// them, not read from a list of dates. A lunar day (tithi) is the time the Moon takes to gain 12° of
// elongation on the Sun: tithi n (1–30) runs while the elongation is in [12(n−1), 12n); 1–15 are the
// bright half (shukla paksha), 16–30 the dark half (krishna paksha, 30 = amavasya, the new moon).
// A lunar month runs from new moon to new moon (amanta) and takes its name from the sidereal sign
// the Sun is in at the new moon that opens it (Sun in Mina → Chaitra); when two new moons fall in
// one sign the first month is the leap month (adhika), in which no festival is kept. North India
// names the dark half after the following month (purnimanta); the table uses amanta names.
// A festival falls on the civil day on which its tithi is current at the time of day the festival
// is kept (sunrise for most, midday, afternoon, sunset, midnight or moonrise for some), at New Delhi
// (28.61° N, 77.21° E, Indian Standard Time, UTC+5:30), the place Indian almanacs print by default.
// Solar festivals follow a sankranti: the moment the Sun enters a sidereal sign (Lahiri's ayanamsa).
// Computed with astronomy-engine (positions to about an arcminute: these events to within a few
// minutes of time); a festival whose moment falls within minutes of a boundary may differ from a printed
// almanac by a day, as almanacs of different places differ.
import { MoonPhase, SearchMoonPhase, SunPosition, SearchSunLongitude, SearchRiseSet, Observer, Body, AstroTime } from 'astronomy-engine';

const DAY_MS = 86400000;
/** Indian Standard Time, UTC+5:30: civil days of India start at this offset. */
const IST_MS = 5.5 * 3600000;
const NEW_DELHI = new Observer(28.6139, 77.209, 216);
const SYNODIC_DAYS = 29.530588;

/** The time of day at which the festival's tithi must be current. */
export type Kala = 'sunrise' | 'midday' | 'afternoon' | 'sunset' | 'midnight' | 'moonrise';

/** Lahiri (Chitrapaksha) ayanamsa in degrees: 23°51′25.5″ at J2000, growing by the precession of about 50.29″ a year. */
function ayanamsa(t: Date): number {
  const years = (t.getTime() - Date.UTC(2000, 0, 1, 12)) / (365.25 * DAY_MS);
  return 23.857083 + (years * 50.2879) / 3600;
}

/** The sidereal sign (0 = Mesha … 11 = Mina) of the Sun at time t. */
function sunSign(t: Date): number {
  const lon = (((SunPosition(t).elon - ayanamsa(t)) % 360) + 360) % 360;
  return Math.floor(lon / 30);
}

/** The civil day in India (UTC ms at that day's 00:00 UTC, used as a day label) of an instant. */
function civilDay(t: number): number {
  return Math.floor((t + IST_MS) / DAY_MS) * DAY_MS;
}

/** Sunrise and sunset at New Delhi on the civil day `day` (a civilDay label). */
function sunTimes(day: number): { rise: number; set: number } | undefined {
  const start = new Date(day - IST_MS);
  const rise = SearchRiseSet(Body.Sun, NEW_DELHI, +1, start, 1);
  const set = SearchRiseSet(Body.Sun, NEW_DELHI, -1, start, 1);
  return rise && set ? { rise: rise.date.getTime(), set: set.date.getTime() } : undefined;
}

/** The moment of the civil day `day` at which a festival's tithi is read. */
function kalaMoment(day: number, kala: Kala): number | undefined {
  if (kala === 'moonrise') {
    // Festivals broken at moonrise (Karva Chauth) fall in the dark half, when the Moon rises after sunset.
    const t = SearchRiseSet(Body.Moon, NEW_DELHI, +1, new Date(day - IST_MS + 12 * 3600000), 1);
    return t ? t.date.getTime() : undefined;
  }
  const s = sunTimes(day);
  if (!s) return undefined;
  switch (kala) {
    case 'sunrise':
      return s.rise;
    case 'midday':
      return (s.rise + s.set) / 2;
    // Aparahna, the fourth of the day's five parts.
    case 'afternoon':
      return s.rise + ((s.set - s.rise) * 3.5) / 5;
    case 'sunset':
      return s.set + 1;
    // Nishita: midway between sunset and the next sunrise.
    case 'midnight': {
      const next = sunTimes(day + DAY_MS);
      return next ? (s.set + next.rise) / 2 : undefined;
    }
  }
}

/** The tithi (1–30) current at time t. */
function tithiAt(t: number): number {
  return Math.floor(MoonPhase(new Date(t)) / 12) + 1;
}

/** The next instant after `from` at which the elongation reaches `deg`. */
function elongationAfter(deg: number, from: number): number | undefined {
  const t = SearchMoonPhase(deg % 360, new Date(from), 40);
  return t ? t.date.getTime() : undefined;
}

export interface LunarMonth {
  /** 0 = Chaitra … 11 = Phalguna (amanta). */
  month: number;
  adhika: boolean;
  /** The new moon that opens it (UTC ms). */
  start: number;
}

/** The amanta months (from new moon to new moon) opening from about a month before Gregorian year y to its end. */
function lunarMonths(y: number): LunarMonth[] {
  const moons: number[] = [];
  let t = Date.UTC(y - 1, 10, 1);
  const end = Date.UTC(y + 1, 1, 1);
  while (t < end) {
    const nm = elongationAfter(0, t);
    if (nm === undefined) break;
    moons.push(nm);
    t = nm + 20 * DAY_MS;
  }
  const signs = moons.map((m) => sunSign(new Date(m)));
  const months: LunarMonth[] = [];
  for (let i = 0; i + 1 < signs.length; i++) {
    // The month opened while the Sun is in sign s is named after the next sign's month: Mina (11) → Chaitra (0).
    months.push({ month: (signs[i] + 1) % 12, adhika: signs[i] === signs[i + 1], start: moons[i] });
  }
  return months;
}

const monthCache = new Map<number, LunarMonth[]>();
function monthsOf(y: number): LunarMonth[] {
  let m = monthCache.get(y);
  if (!m) {
    if (monthCache.size > 64) monthCache.clear();
    monthCache.set(y, (m = lunarMonths(y)));
  }
  return m;
}

/**
 * The civil day(s) (day labels, UTC ms) in Gregorian year y on which tithi `tithi` of the (nija, not
 * adhika) amanta month `month` is current at `kala` at New Delhi. When the tithi is current at no such
 * moment (a skipped tithi), the day on which it began; when at two, the first.
 */
export function tithiDays(y: number, month: number, tithi: number, kala: Kala): number[] {
  const out: number[] = [];
  for (const m of monthsOf(y)) {
    if (m.month !== month || m.adhika) continue;
    const from = tithi === 1 ? m.start : elongationAfter((tithi - 1) * 12, m.start);
    const to = elongationAfter((tithi * 12) % 360, from !== undefined ? from + 60000 : m.start);
    if (from === undefined || to === undefined || to - from > (SYNODIC_DAYS * DAY_MS) / 2) continue;
    let found: number | undefined;
    for (let day = civilDay(from); day <= civilDay(to) && found === undefined; day += DAY_MS) {
      const at = kalaMoment(day, kala);
      if (at !== undefined && at >= from && at < to && tithiAt(at) === tithi) found = day;
    }
    const day = found ?? civilDay(from);
    if (new Date(day).getUTCFullYear() === y) out.push(day);
  }
  return out;
}

/**
 * The civil day (day label) in Gregorian year y of the sankranti into sidereal sign `sign`
 * (0 = Mesha … 9 = Makara), or the day after when `beforeSunset` and the Sun enters the sign after
 * sunset (the Tamil rule: a solar month starts on the day whose daytime holds the sankranti).
 */
export function sankrantiDay(y: number, sign: number, beforeSunset = false): number | undefined {
  // The tropical longitude that is the sign's sidereal start, searched from the year's start.
  const start = new Date(Date.UTC(y, 0, 1) - IST_MS);
  const target = (sign * 30 + ayanamsa(start)) % 360;
  let t: AstroTime | null = SearchSunLongitude(target, start, 366);
  if (!t) return undefined;
  // One refinement: the ayanamsa grows by under a minute of arc a year.
  t = SearchSunLongitude((sign * 30 + ayanamsa(t.date)) % 360, new Date(t.date.getTime() - 2 * DAY_MS), 5) ?? t;
  const ms = t.date.getTime();
  let day = civilDay(ms);
  if (beforeSunset) {
    const s = sunTimes(day);
    if (s && ms > s.set) day += DAY_MS;
  }
  return new Date(day).getUTCFullYear() === y ? day : undefined;
}

/** Amanta month names as the festival table writes them, in calendar order from Chaitra. */
export const HINDU_MONTHS = [
  'Chaitra',
  'Vaishakha',
  'Jyeshtha',
  'Ashadha',
  'Shravana',
  'Bhadrapada',
  'Ashvin',
  'Kartika',
  'Margashirsha',
  'Pausha',
  'Magha',
  'Phalguna',
] as const;
export type HinduMonth = (typeof HINDU_MONTHS)[number];

/** Sidereal signs the festival table names, by number (0 = Mesha). */
export const SIDEREAL_SIGNS = { Mesha: 0, Makara: 9 } as const;

/** How a festival's day is found: a tithi of a lunar month, or a sankranti; then `plus` days, `days` long. */
export type HinduRule =
  | { tithi: [month: HinduMonth, tithi: number]; at: Kala; plus?: number; days?: number }
  | { sankranti: keyof typeof SIDEREAL_SIGNS; tamil?: true; plus?: number };

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const festivalCache = new Map<string, string | undefined>();

/**
 * The festival's day in Gregorian year y as "YYYY-MM-DD" (or "A/B" when it lasts `days`); none when
 * it falls twice in y (a lunar year is shorter than a solar one) or not at all. Cached: each answer
 * costs a few tens of milliseconds of ephemeris, paid only by text that names a festival.
 */
export function hinduFestivalDay(rule: HinduRule, y: number): string | undefined {
  const key = `${JSON.stringify(rule)}|${y}`;
  if (festivalCache.has(key)) return festivalCache.get(key);
  let value: string | undefined;
  const plus = (rule.plus ?? 0) * DAY_MS;
  if ('tithi' in rule) {
    // The base day may sit in the neighbouring year when `plus` moves it across New Year.
    const found = (plus ? [y - 1, y, y + 1] : [y])
      .flatMap((yy) => tithiDays(yy, HINDU_MONTHS.indexOf(rule.tithi[0]), rule.tithi[1], rule.at))
      .map((d) => d + plus)
      .filter((d) => new Date(d).getUTCFullYear() === y);
    if (found.length === 1) value = rule.days && rule.days > 1 ? `${iso(found[0])}/${iso(found[0] + (rule.days - 1) * DAY_MS)}` : iso(found[0]);
  } else {
    const day = sankrantiDay(y, SIDEREAL_SIGNS[rule.sankranti], rule.tamil);
    if (day !== undefined && new Date(day + plus).getUTCFullYear() === y) value = iso(day + plus);
  }
  if (festivalCache.size > 1000) festivalCache.clear();
  festivalCache.set(key, value);
  return value;
}
