// The Entities view's elements, built once per rebuild with stable, unique ids and a parent index.
// VS Code keys every row by its TreeItem id: without ids it derives handles from labels and
// positions ('0/0:Person'), which a refresh throws away while the workbench may still be asking for
// a group's children — the group then shows no rows. Ids from the data (type, entity key,
// annotation id) stay the same across refreshes, and getChildren/getParent read the same index.
// Pure (no vscode), so the ids and the parent links are unit-tested.
import type { Annotation } from '../../sidecar';
import type { EntityGroup, TreeModel, TypeGroup } from './model';

export type Node =
  | { kind: 'type'; key: string; group: TypeGroup }
  // uri and ids make an entity node a valid EntityRef for Accept/Reject All on its row.
  | { kind: 'entity'; key: string; group: EntityGroup; uri: string; ids: string[] }
  // uri and id make a mention node a valid {uri, id} argument for the item's context-menu commands.
  | { kind: 'mention'; key: string; ann: Annotation; uri: string; id: string }
  // "Quotes (n)" under a speaker, and its rows: a kind of their own, so following the cursor
  // (which looks for the mention row of an id) selects the quote under Quote, not under its speaker.
  | { kind: 'quotes'; key: string; list: Annotation[] }
  | { kind: 'quote'; key: string; ann: Annotation; uri: string; id: string }
  | { kind: 'orphans'; key: string; list: Annotation[] };

export interface NodeIndex {
  roots: Node[];
  children: ReadonlyMap<string, Node[]>;
  parents: ReadonlyMap<string, Node>;
  /** Everything a row shows, as one string: equal signatures mean VS Code has nothing to redraw. */
  signature: string;
}

export function buildNodes(model: TreeModel, uri: string, version = 0): NodeIndex {
  const children = new Map<string, Node[]>();
  const parents = new Map<string, Node>();
  const used = new Set<string>();
  const sig: string[] = [uri, String(version)];
  // Ids must be unique or VS Code refuses the whole refresh; a hand-edited sidecar can repeat an
  // annotation id, so a repeat gets a suffix instead of breaking the view.
  const unique = (key: string): string => {
    let k = key;
    for (let n = 2; used.has(k); n++) k = `${key}#${n}`;
    used.add(k);
    return k;
  };
  const add = (parent: Node, kids: Node[]): void => {
    children.set(parent.key, kids);
    for (const kid of kids) parents.set(kid.key, parent);
  };
  const mention = (ann: Annotation): Node => {
    const key = unique(`mention/${ann.id}`);
    sig.push(`${key}|${ann.type}|${ann.status}|${ann.start}|${ann.end}|${ann.text}|${ann.norm ?? ''}|${ann.note ?? ''}|${ann.orphan ? 1 : 0}`);
    return { kind: 'mention', key, ann, uri, id: ann.id };
  };
  const roots: Node[] = [];
  for (const group of model.types) {
    const typeNode: Node = { kind: 'type', key: unique(`type/${group.type}`), group };
    sig.push(`${typeNode.key}|${group.label}|${group.count}|${group.entities.length}`);
    roots.push(typeNode);
    add(
      typeNode,
      group.entities.map((e) => {
        const node: Node = { kind: 'entity', key: unique(`entity/${group.type}/${e.key}`), group: e, uri, ids: e.mentions.map((m) => m.id) };
        sig.push(`${node.key}|${e.label}|${e.count}`);
        const kids = e.mentions.map(mention);
        if (e.quotes.length > 0) {
          const quotes: Node = { kind: 'quotes', key: unique(`quotes/${group.type}/${e.key}`), list: e.quotes };
          sig.push(`${quotes.key}|${e.quotes.length}`);
          add(
            quotes,
            e.quotes.map((ann) => {
              const key = unique(`quote/${group.type}/${e.key}/${ann.id}`);
              sig.push(`${key}|${ann.status}|${ann.start}|${ann.end}|${ann.text}`);
              return { kind: 'quote', key, ann, uri, id: ann.id };
            }),
          );
          kids.push(quotes);
        }
        add(node, kids);
        return node;
      }),
    );
  }
  if (model.orphans.length > 0) {
    const node: Node = { kind: 'orphans', key: unique('orphans'), list: model.orphans };
    roots.push(node);
    add(node, model.orphans.map(mention));
  }
  return { roots, children, parents, signature: sig.join('\n') };
}
