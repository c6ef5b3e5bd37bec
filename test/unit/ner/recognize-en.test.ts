import { loadNer } from '../../../src/core/ner';
import { tokenize } from '../../../src/core/tokenize';
import { describeNerTables } from './helpers';

const FOUND: Array<[string, string[]]> = [
  ['Russian Interior Minister Vladimir Kolokoltsev met Yerzhan Sadenov in Ust-Kamenogorsk.', ['PER Vladimir Kolokoltsev', 'PER Yerzhan Sadenov', 'LOC Ust-Kamenogorsk']],
  ['MOSCOW, July 22 (Reuters) - Russia and Kazakhstan will share data through Interpol.', ['LOC MOSCOW', 'ORG Reuters', 'LOC Russia', 'LOC Kazakhstan', 'ORG Interpol']],
  ['He spoke to the Commonwealth of Independent States (CIS) and the United Nations.', ['ORG Commonwealth of Independent States', 'ORG CIS', 'ORG United Nations']],
  ['Mr. Smith told The New York Times that Bank of East Asia would expand.', ['PER Smith', 'ORG New York Times', 'ORG Bank of East Asia']],
  // A bare surname after the full name is still the person, even opening a sentence.
  ['Joe Biden arrived on Monday. Biden said little.', ['PER Joe Biden', 'PER Biden']],
];

const NOT_FOUND: Array<[string, string[]]> = [
  ['The ministers met on Tuesday. However, nothing was signed in March.', ['The', 'Tuesday', 'However', 'March']],
  ['Microsoft released Windows 10 as COVID-19 cases rose.', ['Windows', 'Windows 10', 'COVID', 'COVID-19']],
  ['Russian and Kazakh officials attended.', ['Russian', 'Kazakh']],
];

describeNerTables('NER, English', FOUND, NOT_FOUND);

describe('English NER normal forms', () => {
  it('a shouted dateline place is normalized like the written name', async () => {
    const ner = await loadNer();
    const text = 'MOSCOW, July 22 (Reuters) - Talks began.';
    const moscow = ner.recognize(text, tokenize(text), 'en').find((e) => e.text === 'MOSCOW');
    if (!moscow || moscow.norm !== 'Moscow') throw new Error(`expected LOC MOSCOW with norm Moscow, got ${JSON.stringify(moscow)}`);
  });
});
