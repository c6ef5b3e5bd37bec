// What every part of a document is read with: its language and reference date, derived from the
// whole text exactly as the engine derives them (src/core/engine.ts), so reading one line later
// gives what reading the whole document would. Pure (no vscode).
import { findDateline } from '../../core/figures';
import { detectLang } from '../../core/lang';
import { resolveRefDate } from '../../core/refdate';
import type { Lang } from '../../core/types';

export interface DocContext {
  lang: Lang;
  refDate?: string;
}

export function computeContext(text: string): DocContext {
  return { lang: detectLang(text), refDate: resolveRefDate(text, undefined, findDateline(text)) };
}
