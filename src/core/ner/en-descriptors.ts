// A name right after a lower-case noun that names a kind of organization is that organization:
// "Swiss drugmaker Novartis", "Italian side Juventus". The tagger reads a lone unknown capitalized
// word after an adjective as a person (the pattern of "Swiss banker Hans Meier"); the descriptor
// noun, a general word of the language (tables/en-organizations.ts), says otherwise.
import { Line } from './forms';
import { Span } from './spans';
import { EN_ORG_DESCRIPTORS } from './tables/en-organizations';

/** Retypes a person span that follows an organization descriptor noun as ORG, in place. */
export function retypeAfterDescriptor(line: Line, spans: Span[]): void {
  for (const s of spans) {
    if (s.type !== 'PER' || s.first === 0) continue;
    const before = line.tokens[s.first - 1].text;
    if (EN_ORG_DESCRIPTORS.has(before)) s.type = 'ORG';
  }
}
