// Hindu, Sikh and Jain festivals as English DATE, computed from the Sun and Moon
// (src/core/figures/hindu-calendar.ts). The dates below are facts about the calendar as Indian
// almanacs (New Delhi) and the Government of India's holiday lists print them, not outputs copied
// from the code: a change to the tithi, month or sankranti arithmetic moves some of them.
import * as assert from 'assert';
import { useDates } from './recognize';
import { hinduFestivalDay, tithiDays, sankrantiDay } from '../../../src/core/figures/hindu-calendar';

const dates = useDates('en', '2019-01-31');

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('Hindu calendar: festivals by tithi and sankranti (en)', () => {
  const cases: Array<[input: string, text: string, value: string | undefined]> = [
    // amavasya of Ashvin (amanta), kept at sunset
    ['lamps for Diwali 2013', 'Diwali 2013', '2013-11-03'],
    ['Diwali 2019 sales', 'Diwali 2019', '2019-10-27'],
    ['before Deepavali 2020', 'Deepavali 2020', '2020-11-14'],
    ['Diwali 2023', 'Diwali 2023', '2023-11-12'],
    // the day after Holika Dahan (purnima of Phalguna at sunset)
    ['colours on Holi 2013', 'Holi 2013', '2013-03-27'],
    ['Holi 2019', 'Holi 2019', '2019-03-21'],
    ['Holi 2020', 'Holi 2020', '2020-03-10'],
    ['Holika Dahan 2019 bonfires', 'Holika Dahan 2019', '2019-03-20'],
    // krishna chaturdashi of Magha (amanta) at midnight
    ['Maha Shivaratri 2013', 'Maha Shivaratri 2013', '2013-03-10'],
    ['Maha Shivaratri 2020', 'Maha Shivaratri 2020', '2020-02-21'],
    // shukla chaturthi of Bhadrapada at midday
    ['Ganesh Chaturthi 2019 idols', 'Ganesh Chaturthi 2019', '2019-09-02'],
    ['Ganesh Chaturthi 2023', 'Ganesh Chaturthi 2023', '2023-09-19'],
    // shukla dashami of Ashvin in the afternoon
    ['Dussehra 2013', 'Dussehra 2013', '2013-10-13'],
    ['Dussehra 2023', 'Dussehra 2023', '2023-10-24'],
    // purnima of Ashvin, of Magha; saptami of Pausha; pratipada of Chaitra
    ['Valmiki Jayanti 2019', 'Valmiki Jayanti 2019', '2019-10-13'],
    ['Guru Ravidas Jayanti 2018', 'Guru Ravidas Jayanti 2018', '2018-01-31'],
    ['Guru Nanak Jayanti 2019', 'Guru Nanak Jayanti 2019', '2019-11-12'],
    ['Ugadi 2018', 'Ugadi 2018', '2018-03-18'],
    ['Mahavir Jayanti 2020', 'Mahavir Jayanti 2020', '2020-04-06'],
    // krishna ashtami of Shravana (amanta) at midnight
    ['Janmashtami 2019', 'Janmashtami 2019', '2019-08-23'],
    // krishna chaturthi of Ashvin (amanta) at moonrise
    ['Karva Chauth 2013', 'Karva Chauth 2013', '2013-10-22'],
    ['Karwa Chauth 2019 fast', 'Karwa Chauth 2019', '2019-10-17'],
    // nine nights from Ashvin shukla pratipada
    ['Navratri 2019 began', 'Navratri 2019', '2019-09-29/2019-10-07'],
    // solar: the Sun entering sidereal Makara, Mesha
    ['Makar Sankranti 2018', 'Makar Sankranti 2018', '2018-01-14'],
    ['Makar Sankranti 2020', 'Makar Sankranti 2020', '2020-01-15'],
    ['Pongal 2018', 'Pongal 2018', '2018-01-14'],
    ['Kaanum Pongal 2018', 'Kaanum Pongal 2018', '2018-01-16'],
    ['Vaisakhi 2018 parade', 'Vaisakhi 2018', '2018-04-14'],
    ['Rabindra Jayanti 2018', 'Rabindra Jayanti 2018', '2018-05-09'],
    // a year after "in", or in words
    ['Vasant Panchami in 2019', 'Vasant Panchami in 2019', '2019-02-10'],
    ['Choti Diwali two thousand nineteen', 'Choti Diwali two thousand nineteen', '2019-10-26'],
    // without a year: the reference year (2019)
    ['during Diwali', 'Diwali', '2019-10-27'],
    // a lunar year is shorter: Pausha shukla saptami fell twice in 2014, so the year alone cannot say which
    ['Guru Gobind Singh Jayanti 2014 was', 'Guru Gobind Singh Jayanti 2014', undefined],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${value}`, () => assert.deepStrictEqual(dates(input), [[text, value]]));
  }

  it('a tithi that falls twice in a Gregorian year gives no single day', () => {
    assert.deepStrictEqual(tithiDays(2014, 9, 7, 'sunrise').map(iso), ['2014-01-07', '2014-12-28']);
    assert.strictEqual(hinduFestivalDay({ tithi: ['Pausha', 7], at: 'sunrise' }, 2014), undefined);
  });

  it('no festival falls in a leap (adhika) month: 2015 had an adhika Ashadha, Guru Purnima is in the nija month', () => {
    assert.strictEqual(hinduFestivalDay({ tithi: ['Ashadha', 15], at: 'sunrise' }, 2015), '2015-07-31');
  });

  it('the Tamil rule moves a sankranti after sunset to the next day', () => {
    // 2020: the Sun entered Makara at about 02:07 IST on 15 January, after the sunset of the 14th.
    assert.strictEqual(iso(sankrantiDay(2020, 9)!), '2020-01-15');
    assert.strictEqual(iso(sankrantiDay(2020, 9, true)!), '2020-01-15');
  });
});

describe('Hindu calendar (en): false positives', () => {
  const none: Array<[string, string]> = [
    ['Ram said the guru was right', 'first words of festival names alone'],
    ['a bowl of pongal for breakfast', 'the dish: the festival is capitalized'],
    ['Maha and Durga met', 'given names'],
    ['Holiday Inn', 'not the festival Holi'],
  ];
  for (const [input, why] of none) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(dates(input), []));
  }

  it('Diwali in 2000 homes: after "in" a number followed by a noun is a count, not the year', () => {
    // (what "in 2000" alone is, is the year grammar's business)
    assert.deepStrictEqual(dates('lamps for Diwali in 2000 homes')[0], ['Diwali', '2019-10-27']);
  });

  it('at Diwali two thousand people came: the count stays a count, the festival takes the reference year', () => {
    assert.deepStrictEqual(dates('at Diwali two thousand people came'), [['Diwali', '2019-10-27']]);
  });
});
