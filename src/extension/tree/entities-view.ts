// The Entities view (Explorer): the active document's annotations by type and entity, with counts;
// a mention reveals itself when clicked; orphans get their own group.
import * as vscode from 'vscode';
import type { Annotation } from '../../sidecar';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore } from '../model/store';
import { TYPE_NAMES } from '../hover/describe';
import { buildTree, plural, typeSummary } from './model';
import { buildNodes, Node, NodeIndex } from './nodes';
import { logErrors } from '../util/errors';
import { isSidecarPath } from '../../sidecar';
import { snippet } from './snippet';
import { annotationsAt } from '../model/query';

export const VIEW_ID = 'newsmark.entities';
export const REVEAL_COMMAND = 'newsmark.revealAnnotation';

/** A plain rendering of the view (label, description, children) for tests and the API. */
export interface TreeSnapshotNode {
  /** The TreeItem id VS Code keys the row by (unique, stable across refreshes). */
  id?: string;
  label: string;
  description?: string;
  /** How the row starts out: 'none' (a leaf), 'collapsed' or 'expanded'. */
  state: 'none' | 'collapsed' | 'expanded';
  /** What a click on the row runs, with its arguments. */
  command?: { command: string; arguments?: unknown[] };
  children?: TreeSnapshotNode[];
}

export class EntitiesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private index: NodeIndex = buildNodes({ types: [], orphans: [] }, '');
  private doc?: vscode.TextDocument;
  private pending?: NodeJS.Immediate;
  private stale = false;
  private view?: vscode.TreeView<Node>;
  /**
   * Review Mode: the view selects the mention under the cursor. Only then: revealing a row expands
   * its entity, and entity rows otherwise stay collapsed (see getTreeItem).
   */
  followsCursor = false;

  constructor(
    private readonly store: AnnotationStore,
    private readonly settings: () => NewsmarkSettings,
  ) {}

  /** A hidden view is not rebuilt (grouping a 1 MB article costs tens of ms). */
  isVisible(): boolean {
    return this.view?.visible ?? true;
  }

  attach(view: vscode.TreeView<Node>): void {
    this.view = view;
  }

  /** Fires when the view's selected rows change (a click, or the view following the cursor). */
  get onDidChangeSelection(): vscode.Event<unknown> {
    return this.view?.onDidChangeSelection ?? (() => new vscode.Disposable(() => undefined));
  }

  /** The mention row selected in the view, as the {uri, id} a command takes (keys pressed in the view act on it). */
  selectedRef(): { uri: string; id: string } | undefined {
    const n = this.view?.selection[0];
    return n?.kind === 'mention' ? { uri: n.uri, id: n.id } : undefined;
  }

  /**
   * Selects the row of annotation `id` without taking focus, so the view follows the cursor and the
   * review. A hidden view is left alone (revealing would open it).
   */
  async follow(id: string): Promise<void> {
    if (!this.view?.visible) return;
    this.rebuild();
    for (const kids of this.index.children.values()) {
      const node = kids.find((k) => k.kind === 'mention' && k.id === id);
      if (node) {
        if (this.view.selection[0]?.key !== node.key) await this.view.reveal(node, { select: true, focus: false, expand: true });
        return;
      }
    }
  }

  /**
   * Rebuilds from the active editor's document, at most once per event-loop turn. Hidden: only
   * marks the view stale and tells VS Code once; the workbench queues that refresh and asks for the
   * roots when the view is shown, and getChildren rebuilds then — no second refresh of our own
   * lands while it resolves the expanded groups (that race left the groups empty).
   */
  refresh(): void {
    if (!this.isVisible()) {
      if (!this.stale) {
        this.stale = true;
        this.emitter.fire(undefined);
      }
      return;
    }
    this.pending ??= setImmediate(() => {
      this.pending = undefined;
      this.rebuild();
    });
  }

  /**
   * Rebuilds now; tells VS Code only when a row would look different (each refresh drops all its
   * handles), and not while the refresh sent when hidden is still owed (it will read this build).
   */
  rebuild(): void {
    const before = this.index.signature;
    const owed = this.stale;
    this.build();
    if (!owed && this.index.signature !== before) this.emitter.fire(undefined);
  }

  private build(): void {
    this.stale = false;
    const ed = vscode.window.activeTextEditor;
    // Keep showing the last article while focus sits in a panel, in the view itself, or in a sidecar
    // (opened beside its article to read the YAML: blanking the view then hid what was being checked).
    if (ed && ed.document.uri.scheme !== 'output' && !isSidecarPath(ed.document.uri.path, this.settings().sidecarSuffix)) this.doc = ed.document;
    const doc = this.doc && !this.doc.isClosed ? this.doc : undefined;
    const state = doc ? this.store.get(doc.uri) : undefined;
    const model = state ? buildTree(state.shown, (a) => state.groupOf(a), new Set(this.settings().types), state.relations) : { types: [], orphans: [] };
    // The version is in the signature because a mention's row shows its line number.
    this.index = buildNodes(model, doc?.uri.toString() ?? '', doc?.version);
  }

  get document(): vscode.TextDocument | undefined {
    return this.doc;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (this.stale) this.build();
      return this.index.roots;
    }
    return this.index.children.get(node.key) ?? [];
  }

  /** Needed by TreeView.reveal; answers from the same index as getChildren. */
  getParent(node: Node): Node | undefined {
    return this.index.parents.get(node.key);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(node.group.label, C.Expanded);
        item.id = node.key;
        item.description = typeSummary(node.group);
        item.iconPath = new vscode.ThemeIcon('symbol-class', new vscode.ThemeColor(`newsmark.${node.group.type.toLowerCase()}`));
        item.contextValue = 'newsmark.type';
        return item;
      }
      case 'entity': {
        // Entities start collapsed: auto-expanding a third level made the workbench, now and then,
        // file one entity's mention rows under another type group (seen in VS Code 1.139 e2e runs).
        // A click on the row goes to the first mention; expanding lists every mention to review.
        const item = new vscode.TreeItem(node.group.label, C.Collapsed);
        item.id = node.key;
        item.description = String(node.group.count);
        item.contextValue = 'newsmark.entity';
        const first = node.group.mentions.find((m) => m.status !== 'rejected') ?? node.group.mentions[0];
        const doc = this.doc;
        if (doc && first && !first.orphan) {
          item.command = { command: REVEAL_COMMAND, title: 'Go to first mention', arguments: [{ uri: doc.uri.toString(), id: first.id }] };
          item.tooltip = `${node.group.label}: ${plural(node.group.count, 'mention')}${node.group.count < node.group.mentions.length ? ` (+${node.group.mentions.length - node.group.count} rejected)` : ''}. Click to go to the first; expand to review each.`;
        }
        return item;
      }
      case 'orphans': {
        const item = new vscode.TreeItem('Orphans', C.Expanded);
        item.id = node.key;
        item.description = `${node.list.length} not found in the text`;
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('newsmark.orphan'));
        item.tooltip = 'Annotations whose quote is no longer in the article; kept in the sidecar until removed.';
        return item;
      }
      case 'mention': {
        const item = this.mentionItem(node.ann);
        item.id = node.key;
        return item;
      }
      case 'quotes': {
        const item = new vscode.TreeItem(`Quotes (${node.list.length})`, C.Collapsed);
        item.id = node.key;
        item.iconPath = new vscode.ThemeIcon('quote', new vscode.ThemeColor('newsmark.quote'));
        item.tooltip = 'Quotes attributed to this speaker (speaker relations in the sidecar).';
        return item;
      }
      case 'quote': {
        const item = this.mentionItem(node.ann);
        item.id = node.key;
        // Not a review row of its own: the quote is reviewed under Quote; here it only leads there.
        item.contextValue = 'newsmark.speakerQuote';
        return item;
      }
    }
  }

  private mentionItem(a: Annotation): vscode.TreeItem {
    const doc = this.doc;
    const item = new vscode.TreeItem(a.text, vscode.TreeItemCollapsibleState.None);
    const pos = doc && !a.orphan ? doc.positionAt(a.start) : undefined;
    // A line of context tells equal quotes apart ("Колокольцев" … "Колокольцев") without opening each.
    const context =
      doc && pos
        ? snippet(
            doc.lineAt(pos.line).text,
            pos.character,
            pos.line === doc.positionAt(a.end).line ? doc.positionAt(a.end).character : doc.lineAt(pos.line).text.length,
          )
        : undefined;
    item.description = [pos ? `line ${pos.line + 1}` : `${TYPE_NAMES[a.type]}`, a.status === 'suggested' ? '' : a.status, context].filter(Boolean).join(' · ');
    item.tooltip = [a.text, context, a.note].filter(Boolean).join('\n\n');
    item.contextValue = `newsmark.mention.${a.status}`;
    item.iconPath = new vscode.ThemeIcon(a.status === 'rejected' ? 'close' : a.status === 'suggested' ? 'circle-outline' : 'pass');
    if (doc && !a.orphan) item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [{ uri: doc.uri.toString(), id: a.id }] };
    return item;
  }

  snapshot(): TreeSnapshotNode[] {
    const walk = (n: Node): TreeSnapshotNode => {
      const item = this.getTreeItem(n);
      const kids = this.getChildren(n);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const C = vscode.TreeItemCollapsibleState;
      const state = item.collapsibleState === C.Expanded ? 'expanded' : item.collapsibleState === C.Collapsed ? 'collapsed' : 'none';
      return {
        id: item.id,
        label,
        description: typeof item.description === 'string' ? item.description : undefined,
        state,
        ...(item.command ? { command: { command: item.command.command, arguments: item.command.arguments } } : {}),
        ...(kids.length ? { children: kids.map(walk) } : {}),
      };
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
  tree.attach(view);
  // In Review Mode the view follows the cursor: the mention under it is selected (without focus), so
  // reviewing in the text and in the view stay one place. Debounced: arrow keys fire an event per step.
  let following: NodeJS.Timeout | undefined;
  const followCursor = (e: vscode.TextEditorSelectionChangeEvent) => {
    if (!view.visible || !tree.followsCursor) return;
    clearTimeout(following);
    following = setTimeout(() => {
      const state = store.get(e.textEditor.document.uri);
      if (!state || e.textEditor.document.isClosed) return;
      const types = new Set(settings().types);
      const a = annotationsAt(state.shown, e.textEditor.document.offsetAt(e.selections[0].active)).find((x) => types.has(x.type));
      if (a) logErrors(tree.follow(a.id), 'follow the cursor in the Entities view');
    }, 150);
  };
  // The view is declared with `when: newsmark.active`: shown once an article activated Newsmark, so
  // an open Explorer never activates the extension by itself (views activate their extension).
  logErrors(vscode.commands.executeCommand('setContext', 'newsmark.active', true), 'show the Entities view');
  context.subscriptions.push(
    tree,
    view,
    vscode.window.onDidChangeActiveTextEditor(() => tree.refresh()),
    vscode.window.onDidChangeTextEditorSelection(followCursor),
    { dispose: () => clearTimeout(following) },
    store.onDidChange((c) => {
      // Typing only moves offsets; the engine refresh that follows the pause repaints the view.
      if (c.reason === 'typing') return;
      if (!tree.document || c.uri.toString() === tree.document.uri.toString() || c.reason === 'close') tree.refresh();
    }),
  );
  tree.rebuild();
  return tree;
}
