// The training layout of the English tagger (scripts/en-detokenize.ts): a CoNLL-layout story rebuilt
// as wire copy. The stories here are invented in that layout; no CoNLL text is used.
import { strict as assert } from 'assert';
import { detokenize } from '../../../scripts/en-detokenize';
import { GoldDoc } from '../../../scripts/ner-data';

function story(id: string): GoldDoc {
  const text = "VALDORA 1996-08-22\nThe Orvane Mining Group said on Thursday it would n't sell its stake .\nOrvane 's chief Tomas Reyl said so .\n";
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const ent = (s: string, type: string, from = 0) => ({ start: at(s, from), end: at(s, from) + s.length, type, text: s });
  return {
    kind: 'span',
    id,
    lang: 'en',
    text,
    entities: [ent('VALDORA', 'LOC'), ent('Orvane Mining Group', 'ORG'), ent('Orvane', 'ORG', 40), ent('Tomas Reyl', 'PER')],
  } as unknown as GoldDoc;
}

/** "TYPE text" of each entity, read back from the rebuilt text at its offsets. */
function spans(doc: GoldDoc): string[] {
  return doc.entities.map((e) => `${e.type} ${doc.text.slice(e.start, e.end)}`);
}

describe('English training layout (detokenize)', () => {
  it('rejoins clitics and writes the dateline as the wire does, entities still on their words', () => {
    const doc = detokenize(story('story-a'));
    assert.ok(doc.text.startsWith('VALDORA, Aug 22 (Reuters) - The Orvane Mining Group'), doc.text);
    assert.ok(doc.text.includes("wouldn't") && doc.text.includes("Orvane's chief"), doc.text);
    assert.deepEqual(spans(doc), ['LOC VALDORA', 'ORG Orvane Mining Group', 'ORG Orvane', 'PER Tomas Reyl', 'ORG Reuters']);
  });

  it('gives every other story one of its own organizations as the agency, so the slot is learned, not one word', () => {
    // "story-b" hashes odd: its agency is an organization of the story, marked ORG where it was put.
    const doc = detokenize(story('story-b'));
    const agency = doc.entities[doc.entities.length - 1];
    const name = doc.text.slice(agency.start, agency.end);
    assert.equal(agency.type, 'ORG');
    assert.ok(['Orvane Mining Group', 'Orvane'].includes(name), name);
    assert.ok(doc.text.startsWith(`VALDORA, Aug 22 (${name}) - The Orvane`), doc.text);
    assert.deepEqual(spans(doc).slice(0, 4), ['LOC VALDORA', 'ORG Orvane Mining Group', 'ORG Orvane', 'PER Tomas Reyl']);
  });
});
