// The English NER pass: a perceptron trained on English news (data/ner-en.model, see its model card)
// over the shared features, with English word classes (en-gazetteer.ts) where the Russian forms have
// az's tag classes. Loaded on the first English line, not before: most documents never need it.
import { Token } from '../tokenize';
import { dataPath } from '../data-path';
import { FormCache, FormInfo, Line, toLines } from './forms';
import { hashString } from './hash';
import { loadModel } from './model-file';
import { Perceptron } from './perceptron';
import { labelsToSpans, Span } from './spans';
import { classesOf, DICT_MASK, DICT_SHIFT, EnClass, loadGazetteer } from './en-gazetteer';
import type { WordLookup } from './word-table';
import { isInside, labelType, N_LABELS } from './labels';
import { retypeAfterDescriptor } from './en-descriptors';
import { datelineAgency } from './dateline-ru';
import { addKnownSurnames } from './en-surnames';
import { retypeJoinedNames } from './en-joined-names';
import { retypeCommonNounNames } from './en-common-noun-names';
import { recaseHeadline } from './en-headline-case';
import { markShoutedNames } from './en-shouted-names';
import { retypeTableRows } from './en-table-rows';
import { retypeFirmEndings } from './en-firm-endings';
import { retypeOrgOpenings } from './en-org-memory';
import { joinOrgFor } from './en-org-for';
import { dropJobTitles } from './en-job-titles';
import { dropOpeningAdverbs } from './en-opening-adverbs';
import { retypeTeamRoles } from './en-team-roles';
import { POSSESSIVE } from './en-possessive';

export const EN_MODEL_FILE = 'ner-en.model';
export const EN_GAZETTEER_FILE = 'ner-en.gazetteer';
const UPPER = /\p{Lu}/u;

/** English forms: word classes from the gazetteer; a possessive shares the lemma of its word. */
export function englishForms(gazetteer: WordLookup): FormCache {
  return new FormCache(undefined, (text: string, f: FormInfo) => {
    const bits = classesOf(gazetteer, text);
    f.classes = bits & ((1 << DICT_SHIFT) - 1);
    // posCase is az's part of speech and case in Russian; English has neither, and lends it to WordNet.
    f.posCase = (bits >>> DICT_SHIFT) & DICT_MASK;
    f.orgHead = f.classes & EnClass.OrgWord ? 1 : 0;
    f.lemma = hashString(text.toLowerCase().replace(POSSESSIVE, ''));
    // Every Latin word is "salient" to the Russian tagger; in English only a capital letter (or a
    // digit run next to one, via the two-word window) can start a name, so lower-case stretches
    // are skipped unscored as in Russian.
    f.salient = UPPER.test(text);
  });
}

export class EnglishTagger {
  private forms: FormCache;

  constructor(
    readonly model: Perceptron,
    private readonly gazetteer: WordLookup,
  ) {
    this.forms = englishForms(gazetteer);
  }

  /** The same tokens with English forms. */
  line(tokens: Token[]): Line {
    return { tokens, forms: tokens.map((t) => this.forms.get(t.text)) };
  }

  /** The lines of a document that is all English, with English forms only. */
  lines(tokens: Token[]): Line[] {
    return toLines(tokens, this.forms);
  }

  /**
   * Spans of the English lines of one document (one document memory across them). `ownForms`: the
   * lines come from lines() (English forms already); otherwise their forms are replaced. `headline`:
   * the first line may be the document's headline (false when the lines are a stretch from its middle).
   */
  tag(lines: Line[], ownForms = false, headline = true, lap?: (stage: string) => void): Span[][] {
    const mine = ownForms ? lines : lines.map((l) => this.line(l.tokens));
    // A Title Case headline is read as a sentence would spell it (en-headline-case.ts); the spans keep its offsets.
    const own = headline ? recaseHeadline(mine, this.gazetteer, this.forms) : mine;
    lap?.('headline');
    const labels = this.model.tagDoc(own);
    lap?.('tagger');
    const out = own.map((line, k) => {
      const spans: Span[] = [];
      labelsToSpans(line, labels[k], spans);
      const lab = labels[k];
      for (const s of spans) {
        // "U.S.", "Corp.": a final dot the tagger put inside the name stays (spans.ts trims edge punctuation).
        const dot = line.tokens[s.last];
        if (dot?.text === '.' && isInside(lab[s.last]) && labelType(lab[s.last]) === s.type) {
          s.end = dot.end;
          s.last++;
          continue;
        }
        // "Time Warner's" → "Time Warner": the possessive ending is not part of the name.
        const last = line.tokens[s.last - 1];
        if (POSSESSIVE.test(last.text) && last.text.length > 2) s.end -= 2;
      }
      retypeAfterDescriptor(line, spans, this.gazetteer);
      // "PARIS, May 2 (AFP) - …": the dateline's agency is an organization, whether the model knows it or not.
      const agency = datelineAgency(line);
      if (agency && !spans.some((s) => s.start < agency.end && agency.start < s.end)) {
        spans.push(agency);
        spans.sort((a, b) => a.start - b.start);
      }
      return spans;
    });
    lap?.('spans, descriptors, datelines');
    retypeCommonNounNames(own, out, this.gazetteer);
    retypeFirmEndings(own, out);
    joinOrgFor(own, out);
    markShoutedNames(own, out);
    retypeTableRows(own, out);
    retypeJoinedNames(own, out);
    retypeOrgOpenings(own, out);
    addKnownSurnames(own, out);
    dropJobTitles(own, out);
    dropOpeningAdverbs(own, out);
    retypeTeamRoles(own, out);
    lap?.('document rules');
    return out;
  }
}

let tagger: EnglishTagger | undefined;

/** The shipped English tagger, read on first use (synchronously: a few MB, a few ms). */
export function englishTagger(): EnglishTagger {
  return (tagger ??= new EnglishTagger(loadModel(dataPath(EN_MODEL_FILE), N_LABELS), loadGazetteer(dataPath(EN_GAZETTEER_FILE))));
}
