// The one output shape of every recognizer, shared by the CLI, the sidecar and the editor.
// Offsets are UTF-16 code units, end exclusive — the units of JavaScript strings and VS Code.

// QUOTE (the words of a quote, marks excluded) and ROLE (a person's position as written next to the
// name) come from src/core/quotes, not from the engine's extract(); they live in sidecars like the rest.
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'DATE' | 'NUMBER' | 'PERCENT' | 'MONEY' | 'ORDINAL' | 'AGE' | 'QUOTE' | 'ROLE';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'DATE', 'NUMBER', 'PERCENT', 'MONEY', 'ORDINAL', 'AGE', 'QUOTE', 'ROLE'];

/** approx: около/about; gt: свыше/more than; gte: не менее/at least; lt: менее/less than; lte: до/up to. */
export type Qualifier = 'approx' | 'gt' | 'gte' | 'lt' | 'lte';

export type Lang = 'ru' | 'en';

export interface Entity {
  start: number;
  end: number;
  type: EntityType;
  /** Always text.slice(start, end) of the input. */
  text: string;
  /** Normal form: nominative singular for Russian names ("Колокольцевым" → "Колокольцев"). */
  norm?: string;
  /**
   * PER/ORG/LOC: a document-local key shared by all mentions of one real-world entity ("per-3"):
   * case forms, a surname alone, an abbreviation and its full name (ner/group.ts). Not stored in sidecars.
   */
  entity?: string;
  /** NUMBER/PERCENT/MONEY/ORDINAL: a number; AGE: years (unit "years"); DATE: an ISO 8601 string ("2025-02", "XXXX-07-22", "2025-01/2025-05"). */
  value?: number | string;
  /** The counted noun or the unit sign ("отпечатков пальцев", "%", "лиц"). */
  unit?: string;
  qualifier?: Qualifier;
  /** Ranges ("от 5 до 7", "between 20 and 30"). */
  from?: number | string;
  to?: number | string;
  /** ISO 4217 code for MONEY. */
  currency?: string;
}

export interface ExtractOptions {
  lang?: Lang | 'auto';
  /** YYYY-MM-DD; resolves relative dates. Defaults to the article's dateline, else none. */
  refDate?: string;
  /**
   * The text is a stretch of a longer document that does not start it (the editor re-reading edited
   * lines, or a chunk of a long article): its first line is no headline. Default false.
   */
  midDocument?: boolean;
}

export interface ExtractResult {
  lang: Lang;
  entities: Entity[];
}
