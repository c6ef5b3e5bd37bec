// The Newsmark Workspace view (Explorer): people, organizations and places across every annotated
// article of the workspace, by type, with article counts and dateline dates; an entity expands to its
// articles, an article to its mentions with a line of context, and a mention opens its article there.
// Filter Workspace narrows it as a person types; Find in Other Articles reveals the entity of the
// annotation at the cursor. A second view rather than a second level of the Entities view: that one
// follows the active article (and Review Mode's cursor); this one is the same whatever is open.
import * as vscode from 'vscode';
import type { EntityType } from '../../core/types';
import { entryFor } from '../../core/workspace/entity-index';
import { NewsmarkSettings } from '../config/settings';
import { TYPE_NAMES } from '../hover/describe';
import type { TreeSnapshotNode } from '../tree/entities-view';
import { inform, logErrors } from '../util/errors';
import { WorkspaceIndex } from './index-client';
import { childrenOf, entityDescription, entityKey, typeNodes, WsNode } from './nodes';

export const WORKSPACE_VIEW_ID = 'newsmark.workspace';
export const OPEN_MENTION_COMMAND = 'newsmark.openWorkspaceMention';

/** What a mention row passes to OPEN_MENTION_COMMAND: an article path from the index and offsets into it. */
export interface MentionTarget {
  path: string;
  start: number;
  end: number;
}

const PLURAL: Record<string, string> = { PER: 'People', ORG: 'Organizations', LOC: 'Places' };

export class WorkspaceTree implements vscode.TreeDataProvider<WsNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<WsNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private filterText = '';
  private roots: WsNode[] = [];
  /** Nodes handed to VS Code, by key: getParent and reveal answer from the same objects. */
  private readonly nodes = new Map<string, WsNode>();
  private view?: vscode.TreeView<WsNode>;

  constructor(
    readonly index: WorkspaceIndex,
    private readonly settings: () => NewsmarkSettings,
  ) {}

  attach(view: vscode.TreeView<WsNode>): void {
    this.view = view;
  }

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.refresh();
  }

  refresh(): void {
    this.nodes.clear();
    this.roots = this.remember(typeNodes(this.index.rows, this.filterText, new Set(this.settings().types)));
    if (this.view) {
      const s = this.index.stats();
      const shown = this.roots.reduce((n, r) => n + (r.kind === 'type' ? r.entries.length : 0), 0);
      this.view.message = this.filterText
        ? `Filter “${this.filterText}”: ${shown} of ${s.entities} entities`
        : s.problems.length
          ? `${s.problems.length} sidecar(s) could not be read: ${s.problems.slice(0, 3).join('; ')}`
          : undefined;
      this.view.description = `${s.articles} article${s.articles === 1 ? '' : 's'}`;
    }
    this.emitter.fire(undefined);
  }

  private remember(list: WsNode[]): WsNode[] {
    for (const n of list) this.nodes.set(n.key, n);
    return list;
  }

  /** An entity's articles are asked of the worker when it is expanded; every other level is at hand. */
  async getChildren(node?: WsNode): Promise<WsNode[]> {
    if (!node) return this.roots;
    return this.remember(childrenOf(node, node.kind === 'entity' ? await this.index.entity(node.entry.key) : undefined));
  }

  getParent(node: WsNode): WsNode | undefined {
    switch (node.kind) {
      case 'type':
        return undefined;
      case 'more':
      case 'entity':
        return this.nodes.get(`ws:type:${node.kind === 'more' ? node.type : node.entry.type}`);
      case 'article':
        return this.nodes.get(entityKey(node.entry));
      case 'mention':
        return this.nodes.get(`${entityKey(node.entry)}\u0000${node.article.path}`);
    }
  }

  getTreeItem(node: WsNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    let item: vscode.TreeItem;
    switch (node.kind) {
      case 'type':
        item = new vscode.TreeItem(PLURAL[node.type] ?? TYPE_NAMES[node.type], C.Expanded);
        item.description = `${node.entries.length} entities`;
        item.iconPath = new vscode.ThemeIcon('symbol-class', new vscode.ThemeColor(`newsmark.${node.type.toLowerCase()}`));
        break;
      case 'more':
        item = new vscode.TreeItem(`${node.count} more — Filter Workspace to find them`, C.None);
        item.iconPath = new vscode.ThemeIcon('filter');
        item.command = { command: 'newsmark.filterWorkspace', title: 'Filter Workspace' };
        break;
      case 'entity':
        item = new vscode.TreeItem(node.entry.norm, C.Collapsed);
        item.description = entityDescription(node.entry);
        item.tooltip = `${node.entry.norm} (${TYPE_NAMES[node.entry.type]}): ${node.entry.accepted} accepted, ${node.entry.rejected} rejected`;
        item.contextValue = 'newsmark.workspaceEntity';
        break;
      case 'article': {
        item = new vscode.TreeItem(vscode.workspace.asRelativePath(node.article.path), C.Collapsed);
        const n = node.article.mentions.length;
        item.description = [`${n} mention${n === 1 ? '' : 's'}`, node.article.date].filter(Boolean).join(' · ');
        item.resourceUri = vscode.Uri.file(node.article.path);
        item.iconPath = vscode.ThemeIcon.File;
        break;
      }
      case 'mention': {
        const m = node.mention;
        item = new vscode.TreeItem(m.text, C.None);
        item.description = [`line ${m.line + 1}`, m.status === 'suggested' ? '' : m.status, m.context].filter(Boolean).join(' · ');
        item.tooltip = m.context;
        item.iconPath = new vscode.ThemeIcon(m.status === 'rejected' ? 'close' : m.status === 'suggested' ? 'circle-outline' : 'pass');
        const target: MentionTarget = { path: node.article.path, start: m.start, end: m.end };
        item.command = { command: OPEN_MENTION_COMMAND, title: 'Open at the mention', arguments: [target] };
        break;
      }
    }
    item.id = node.key;
    return item;
  }

  /** The key of the row selected in the view (tests read it). */
  selectedKey(): string | undefined {
    return this.view?.selection[0]?.key;
  }

  /** Shows an entity's row, expanded, selected; false when the index has no such row (or it is filtered out). */
  async reveal(key: string): Promise<boolean> {
    let node = this.nodes.get(key);
    for (const r of this.roots) node ??= (await this.getChildren(r)).find((n) => n.key === key);
    if (!node || !this.view) return false;
    await this.view.reveal(node, { select: true, focus: true, expand: 2 });
    return true;
  }

  /** The view as plain data; entities named in `expand` (by label) come with their articles and mentions. */
  async snapshot(expand: readonly string[] = []): Promise<TreeSnapshotNode[]> {
    const walk = async (n: WsNode): Promise<TreeSnapshotNode> => {
      const item = this.getTreeItem(n);
      const kids = n.kind !== 'entity' || expand.includes(n.entry.norm) ? await this.getChildren(n) : [];
      const C = vscode.TreeItemCollapsibleState;
      return {
        id: item.id,
        label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        description: typeof item.description === 'string' ? item.description : undefined,
        state: item.collapsibleState === C.Expanded ? 'expanded' : item.collapsibleState === C.Collapsed ? 'collapsed' : 'none',
        ...(item.command ? { command: { command: item.command.command, arguments: item.command.arguments } } : {}),
        ...(kids.length ? { children: await Promise.all(kids.map(walk)) } : {}),
      };
    };
    return Promise.all(this.roots.map(walk));
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

function isMentionTarget(x: unknown): x is MentionTarget {
  const t = x as MentionTarget;
  return typeof x === 'object' && x !== null && typeof t.path === 'string' && Number.isInteger(t.start) && Number.isInteger(t.end);
}

export async function openMention(target: unknown): Promise<void> {
  if (!isMentionTarget(target)) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(target.path));
  const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
  await vscode.window.showTextDocument(doc, { selection: range, preview: true });
}

/**
 * Filter Workspace: an input box that narrows the view as the person types (Escape keeps the filter
 * typed so far; an empty box clears it). A string argument sets the filter without asking.
 */
export async function filterWorkspace(tree: WorkspaceTree, given?: unknown): Promise<void> {
  await tree.index.ready();
  if (typeof given === 'string') {
    tree.setFilter(given);
    return;
  }
  const box = vscode.window.createInputBox();
  box.title = 'Newsmark: Filter Workspace';
  box.placeholder = 'Type part of a name, e.g. Колоколь or МВД';
  box.value = tree.filter;
  await new Promise<void>((resolve) => {
    box.onDidChangeValue((v) => tree.setFilter(v));
    box.onDidAccept(() => box.hide());
    box.onDidHide(() => {
      box.dispose();
      resolve();
    });
    box.show();
  });
}

/** Find in Other Articles: the entity of the annotation, revealed in the Workspace view; returns the articles it names. */
export async function findInOtherArticles(tree: WorkspaceTree, ann: { type: EntityType; text: string; norm?: string }, here?: string): Promise<string[]> {
  await tree.index.ready();
  const row = entryFor(tree.index.rows, ann);
  const entry = row && (await tree.index.entity(row.key));
  const others = entry?.articles.map((a) => a.path).filter((p) => p !== here) ?? [];
  if (!entry || !others.length) {
    inform(`«${ann.norm ?? ann.text}» appears in no other annotated article of the workspace.`);
    return [];
  }
  if (tree.filter) tree.setFilter('');
  await vscode.commands.executeCommand(`${WORKSPACE_VIEW_ID}.focus`);
  await tree.reveal(entityKey(entry));
  return others;
}

export function activateWorkspaceView(context: vscode.ExtensionContext, settings: () => NewsmarkSettings): WorkspaceTree {
  const index = new WorkspaceIndex(settings);
  const tree = new WorkspaceTree(index, settings);
  const view = vscode.window.createTreeView(WORKSPACE_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(view);
  context.subscriptions.push(
    index,
    tree,
    view,
    index.onDidChange(() => tree.refresh()),
    // Built when first shown (or asked for), not on activation: a person who never opens it pays nothing.
    view.onDidChangeVisibility((e) => e.visible && logErrors(index.ready(), 'build the workspace index')),
  );
  if (view.visible) logErrors(index.ready(), 'build the workspace index');
  return tree;
}
