// The decoration types: one per entity type, look and stretch of text (plan.ts SlotKey), each made
// once, when first used. Colours are theme colour ids declared under contributes.colors (light, dark
// and high-contrast defaults), so themes can restyle them; no colour values live in code.
import * as vscode from 'vscode';
import { ENTITY_TYPES, EntityType } from '../../core/types';
import { LOOKS, Look, SlotKey, slotOf } from './plan';

/** "newsmark.per", "newsmark.perBackground", … as declared in package.json. */
export function colorId(type: EntityType, background = false): string {
  return `newsmark.${type.toLowerCase()}${background ? 'Background' : ''}`;
}

function options(type: EntityType, look: Look): vscode.DecorationRenderOptions {
  const line = new vscode.ThemeColor(colorId(type));
  switch (look) {
    case 'suggested': // a proposal: dotted underline, no fill, so the text stays readable
      return { borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', borderColor: line };
    case 'accepted': // a decision: solid underline and a light fill
      return {
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        borderColor: line,
        backgroundColor: new vscode.ThemeColor(colorId(type, true)),
      };
    case 'rejected': // kept visible but out of the way
      return { textDecoration: 'line-through', opacity: '0.6' };
    case 'orphan': // nowhere in the text any more: a marker after the last known point
      return {
        after: { color: new vscode.ThemeColor('newsmark.orphan'), fontStyle: 'italic', margin: '0 0 0 0.3em' },
        overviewRulerColor: new vscode.ThemeColor('newsmark.orphan'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      };
  }
}

export class DecorationStyles implements vscode.Disposable {
  /** By slot (style and stretch of text, plan.ts SlotKey): made when a slot is first painted. */
  private readonly types = new Map<SlotKey, vscode.TextEditorDecorationType>();

  get(key: SlotKey): vscode.TextEditorDecorationType {
    let d = this.types.get(key);
    if (!d) {
      const { style } = slotOf(key);
      const [type, look] = style.split(':') as [EntityType, Look];
      if (!ENTITY_TYPES.includes(type) || !LOOKS.includes(look)) throw new Error(`no decoration style ${style}`);
      this.types.set(
        key,
        (d = vscode.window.createTextEditorDecorationType({ ...options(type, look), rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen })),
      );
    }
    return d;
  }

  dispose(): void {
    for (const d of this.types.values()) d.dispose();
    this.types.clear();
  }
}
