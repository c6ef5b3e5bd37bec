// Table-driven tests for year-less dates in a clause about the future (date-tense.ts, issue 14): a weekday,
// a month or a day and month goes to its next occurrence on or after the reference day where its own clause
// has a grammatical future before it ("will", "is due to", az's 'futr' in Russian, also right after the date);
// everywhere else it stays the last one (the news default, "said on Monday"). Reference: Tuesday 12 February 2013.
import * as assert from 'assert';
import { useDates } from './recognize';

const en = useDates('en', '2013-02-12');
const ru = useDates('ru', '2013-02-12');

/** The value of the DATE whose text is `text` in the input (other dates of the sentence are not asked about). */
const valueOf = (found: Array<[string, unknown]>, text: string) => found.find(([t]) => t === text)?.[1];

type Row = [input: string, date: string, value: string];

describe('DATE: year-less dates in a clause about the future go ahead', () => {
  const rows: Array<[lang: 'en' | 'ru', ...Row]> = [
    ['en', 'Arsenal will host Manchester United on Wednesday.', 'Wednesday', '2013-02-13'],
    ['en', "They'll meet on Friday.", 'Friday', '2013-02-15'],
    ['en', "The council won't meet on Friday.", 'Friday', '2013-02-15'],
    ['en', 'The board will meet on Tuesday.', 'Tuesday', '2013-02-12'],
    ['en', 'The firm shall report in January.', 'January', '2014-01'],
    ['en', 'It will report fourth-quarter results in late January.', 'late January', '2014-01-21/2014-01-31'],
    ['en', 'Voting will end on 1 February.', '1 February', '2014-02-01'],
    ['en', 'The hearing is due to resume on Monday.', 'Monday', '2013-02-18'],
    ['en', 'She is scheduled to step down in January after a long term.', 'January', '2014-01'],
    ['en', 'The minister is to visit the town on Saturday.', 'Saturday', '2013-02-16'],
    ['en', 'Talks are set to start on January 30.', 'January 30', '2014-01-30'],
    ['en', 'The bank is expected to cut rates on Friday.', 'Friday', '2013-02-15'],
    ['en', 'The firm plans to open its store on Saturday.', 'Saturday', '2013-02-16'],
    ['en', "He's going to speak on Monday.", 'Monday', '2013-02-18'],
    ['ru', 'Новых депутатов выберут до 1 февраля.', '1 февраля', '2014-02-01'],
    ['ru', 'Работы начнутся в январе.', 'январе', '2014-01'],
    ['ru', 'В январе начнутся работы.', 'январе', '2014-01'],
    ['ru', 'Заседание состоится в понедельник.', 'понедельник', '2013-02-18'],
    ['ru', 'Концерт пройдёт в субботу.', 'субботу', '2013-02-16'],
    ['ru', 'Матчи будут проходить в январе.', 'январе', '2014-01'],
    ['ru', 'Выборы планируется провести в январе.', 'январе', '2014-01'],
    ['ru', 'Министр намерен в понедельник встретиться с послом.', 'понедельник', '2013-02-18'],
  ];
  for (const [lang, input, date, value] of rows) {
    it(`${input} → ${date} = ${value}`, () => assert.strictEqual(valueOf((lang === 'en' ? en : ru)(input), date), value));
  }
  it('without a reference date the value stays year-less', () => {
    assert.strictEqual(valueOf(en('Arsenal will host United on Wednesday.', null), 'Wednesday'), 'XXXX-WXX-3');
    assert.strictEqual(valueOf(ru('Работы начнутся в январе.', null), 'январе'), 'XXXX-01');
  });
});

describe('DATE: year-less dates stay the last one, false positives', () => {
  const rows: Array<[lang: 'en' | 'ru', ...Row, why: string]> = [
    ['en', 'The minister said on Monday it will raise taxes.', 'Monday', '2013-02-11', 'the future comes after the date'],
    ['en', '"We will win," he said on Saturday.', 'Saturday', '2013-02-09', 'the future is inside a quotation'],
    ['en', 'He said he will stay. They met on Friday.', 'Friday', '2013-02-08', 'the future is in another sentence'],
    ['en', 'It will be close; they met on Friday.', 'Friday', '2013-02-08', 'a semicolon ends the clause'],
    ['en', 'Arsenal host Manchester United on Wednesday.', 'Wednesday', '2013-02-06', 'bare present is not read'],
    ['en', 'Arsenal beat United on Wednesday.', 'Wednesday', '2013-02-06', 'past tense'],
    ['en', 'The delay is due to the strike on Monday.', 'Monday', '2013-02-11', '"due to" before a noun is "because of"'],
    ['en', 'He was expected to resign on Friday.', 'Friday', '2013-02-08', 'a past expectation'],
    ['en', 'He would meet them on Friday.', 'Friday', '2013-02-08', '"would" is the future seen from the past'],
    ['en', 'Will Smith arrived on Friday.', 'Friday', '2013-02-08', 'a capital "Will" may be a name'],
    ['en', 'The mine will stay shut, closed since Monday.', 'Monday', '2013-02-11', 'a comma ends the clause'],
    ['en', 'The mine will stay shut as it has been since Monday.', 'Monday', '2013-02-11', '"since" looks back'],
    ['en', 'The firm unveiled a plan to open stores on Monday.', 'Monday', '2013-02-11', '"a plan" is a noun'],
    ['en', 'Profits fell in January.', 'January', '2013-01', 'past tense keeps the reference year'],
    ['ru', 'Выборы состоялись 1 февраля.', '1 февраля', '2013-02-01', 'past tense'],
    ['ru', 'Он заявил в понедельник, что работы начнутся.', 'понедельник', '2013-02-11', 'the future is in another clause'],
    ['ru', 'Работы начались в январе.', 'январе', '2013-01', 'past tense'],
    ['ru', '«Мы победим», — сказал он в субботу.', 'субботу', '2013-02-09', 'the future is inside a quotation'],
    ['ru', 'В понедельник стало известно о решении.', 'понедельник', '2013-02-11', 'past tense'],
  ];
  for (const [lang, input, date, value, why] of rows) {
    it(`${input} (${why})`, () => assert.strictEqual(valueOf((lang === 'en' ? en : ru)(input), date), value));
  }
});
