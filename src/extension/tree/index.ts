// The Entities view (Explorer): the active document's annotations by type and entity, with counts;
// a mention reveals itself when clicked; orphans get their own group.
import * as vscode from 'vscode';
import type { Annotation } from '../../sidecar';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore } from '../model/store';
import { TYPE_NAMES } from '../hover/describe';
import { buildTree, EntityGroup, TreeModel, TypeGroup } from './model';
import { logErrors } from '../util/errors';

export const VIEW_ID = 'newsmark.entities';
export const REVEAL_COMMAND = 'newsmark.revealAnnotation';

type Node =
  | { kind: 'type'; group: TypeGroup }
  | { kind: 'entity'; group: EntityGroup }
  // uri and id make a mention node a valid {uri, id} argument for the item's context-menu commands.
  | { kind: 'mention'; ann: Annotation; uri: string; id: string }
  | { kind: 'orphans'; list: Annotation[] };

/** A plain rendering of the view (label, description, children) for tests and the API. */
export interface TreeSnapshotNode {
  label: string;
  description?: string;
  children?: TreeSnapshotNode[];
}

export class EntitiesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private model: TreeModel = { types: [], orphans: [] };
  private doc?: vscode.TextDocument;
  private pending?: NodeJS.Immediate;
  private stale = false;

  constructor(private readonly store: AnnotationStore, private readonly settings: () => NewsmarkSettings) {}

  /** Set by activateTree; a hidden view is not rebuilt (grouping a 1 MB article costs tens of ms). */
  isVisible: () => boolean = () => true;

  /** Rebuilds from the active editor's document, at most once per event-loop turn, when shown. */
  refresh(): void {
    if (!this.isVisible()) {
      // Rebuilt when VS Code next asks for the roots (whenever the view is shown).
      this.stale = true;
      return;
    }
    this.pending ??= setImmediate(() => {
      this.pending = undefined;
      this.rebuild();
    });
  }

  rebuild(): void {
    this.build();
    this.emitter.fire(undefined);
  }

  private build(): void {
    this.stale = false;
    const ed = vscode.window.activeTextEditor;
    // Keep showing the last article while focus sits in a panel or in the view itself.
    if (ed && ed.document.uri.scheme !== 'output') this.doc = ed.document;
    const state = this.doc && !this.doc.isClosed ? this.store.get(this.doc.uri) : undefined;
    this.model = state ? buildTree(state.annotations, (a) => state.groupOf(a), new Set(this.settings().types)) : { types: [], orphans: [] };
  }

  get document(): vscode.TextDocument | undefined {
    return this.doc;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (this.stale) this.build();
      const roots: Node[] = this.model.types.map((group) => ({ kind: 'type', group }));
      if (this.model.orphans.length > 0) roots.push({ kind: 'orphans', list: this.model.orphans });
      return roots;
    }
    switch (node.kind) {
      case 'type':
        return node.group.entities.map((group) => ({ kind: 'entity', group }));
      case 'entity':
        return node.group.mentions.map((ann) => this.mention(ann));
      case 'orphans':
        return node.list.map((ann) => this.mention(ann));
      case 'mention':
        return [];
    }
  }

  private mention(ann: Annotation): Node {
    return { kind: 'mention', ann, uri: this.doc?.uri.toString() ?? '', id: ann.id };
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(node.group.label, C.Expanded);
        item.description = `${node.group.count} mentions · ${node.group.entities.length} ${node.group.entities.length === 1 ? 'entity' : 'entities'}`;
        item.iconPath = new vscode.ThemeIcon('symbol-class', new vscode.ThemeColor(`newsmark.${node.group.type.toLowerCase()}`));
        item.contextValue = 'newsmark.type';
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.group.label, node.group.mentions.length > 1 ? C.Collapsed : C.Expanded);
        item.description = String(node.group.count);
        item.contextValue = 'newsmark.entity';
        return item;
      }
      case 'orphans': {
        const item = new vscode.TreeItem('Orphans', C.Expanded);
        item.description = `${node.list.length} not found in the text`;
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('newsmark.orphan'));
        item.tooltip = 'Annotations whose quote is no longer in the article; kept in the sidecar until removed.';
        return item;
      }
      case 'mention':
        return this.mentionItem(node.ann);
    }
  }

  private mentionItem(a: Annotation): vscode.TreeItem {
    const doc = this.doc;
    const item = new vscode.TreeItem(a.text, vscode.TreeItemCollapsibleState.None);
    const line = doc && !a.orphan ? doc.positionAt(a.start).line + 1 : undefined;
    item.description = [line !== undefined ? `line ${line}` : `${TYPE_NAMES[a.type]}`, a.status === 'suggested' ? '' : a.status].filter(Boolean).join(' · ');
    item.tooltip = a.note ? `${a.text}\n\n${a.note}` : a.text;
    item.contextValue = `newsmark.mention.${a.status}`;
    item.iconPath = new vscode.ThemeIcon(a.status === 'rejected' ? 'close' : a.status === 'suggested' ? 'circle-outline' : 'pass');
    if (doc && !a.orphan) item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [{ uri: doc.uri.toString(), id: a.id }] };
    return item;
  }

  snapshot(): TreeSnapshotNode[] {
    const walk = (n: Node): TreeSnapshotNode => {
      const item = this.getTreeItem(n);
      const kids = this.getChildren(n);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return { label, description: typeof item.description === 'string' ? item.description : undefined, ...(kids.length ? { children: kids.map(walk) } : {}) };
    };
    return this.getChildren().map(walk);
  }

  dispose(): void {
    if (this.pending) clearImmediate(this.pending);
    this.emitter.dispose();
  }
}

export function activateTree(context: vscode.ExtensionContext, store: AnnotationStore, settings: () => NewsmarkSettings): EntitiesTree {
  const tree = new EntitiesTree(store, settings);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.isVisible = () => view.visible;
  // The view is declared with `when: newsmark.active`: shown once an article activated Newsmark, so
  // an open Explorer never activates the extension by itself (views activate their extension).
  logErrors(vscode.commands.executeCommand('setContext', 'newsmark.active', true), 'show the Entities view');
  context.subscriptions.push(
    tree,
    view,
    view.onDidChangeVisibility((e) => e.visible && tree.refresh()),
    vscode.window.onDidChangeActiveTextEditor(() => tree.refresh()),
    store.onDidChange((c) => {
      // Typing only moves offsets; the engine refresh that follows the pause repaints the view.
      if (c.reason === 'typing') return;
      if (!tree.document || c.uri.toString() === tree.document.uri.toString() || c.reason === 'close') tree.refresh();
    }),
  );
  tree.rebuild();
  return tree;
}
