// The scope tree: every variable and op of the run grouped by the "/" in its
// name, as TensorBoard groups a graph. Scopes are collapsible <details>,
// marked as name scopes or variable scopes from what the engine reported.
import type { RunResult } from '../types';

export interface TreeNode {
  name: string;
  path: string;
  children: Map<string, TreeNode>;
  items: TreeItem[];
  isVariableScope: boolean;
  isNameScope: boolean;
}

export interface TreeItem {
  kind: 'variable' | 'op';
  name: string;
  fullName: string;
  detail: string;
  line: number;
}

function node(name: string, path: string): TreeNode {
  return { name, path, children: new Map(), items: [], isVariableScope: false, isNameScope: false };
}

function ensure(root: TreeNode, parts: string[]): TreeNode {
  let cur = root;
  let path = '';
  for (const p of parts) {
    path = path ? `${path}/${p}` : p;
    let next = cur.children.get(p);
    if (!next) {
      next = node(p, path);
      cur.children.set(p, next);
    }
    cur = next;
  }
  return cur;
}

const split = (name: string) => name.split('/').filter((p) => p !== '');

export function buildTree(r: RunResult): TreeNode {
  const root = node('', '');
  for (const s of r.scopes) if (s) ensure(root, split(s)).isNameScope = true;
  for (const v of r.variables) {
    const base = v.name.replace(/:\d+$/, '');
    const parts = split(base);
    const leaf = parts.pop() ?? base;
    if (v.variableScope) ensure(root, split(v.variableScope)).isVariableScope = true;
    const at = ensure(root, parts);
    if (!at.items.some((i) => i.kind === 'variable' && i.fullName === v.name)) {
      at.items.push({ kind: 'variable', name: leaf, fullName: v.name, detail: `${v.shape} ${v.dtype}`.trim(), line: v.line });
    }
  }
  for (const op of r.ops) {
    const parts = split(op.name);
    const leaf = parts.pop() ?? op.name;
    ensure(root, parts).items.push({ kind: 'op', name: leaf, fullName: op.name, detail: op.type, line: op.line });
  }
  return root;
}

export interface TreeLabels {
  nameScope: string;
  variableScope: string;
  variable: string;
  op: string;
  empty: string;
  jumpTo: string;
}

export function renderTree(container: HTMLElement, r: RunResult, labels: TreeLabels, onJump: (line: number) => void): void {
  const root = buildTree(r);
  container.replaceChildren();
  if (root.children.size === 0 && root.items.length === 0) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = labels.empty;
    container.append(p);
    return;
  }
  const list = document.createElement('ul');
  list.className = 'tree';
  list.setAttribute('role', 'list');
  appendNode(list, root, labels, onJump, 0);
  container.append(list);
}

function hasVariables(n: TreeNode): boolean {
  if (n.items.some((i) => i.kind === 'variable')) return true;
  for (const c of n.children.values()) if (hasVariables(c)) return true;
  return false;
}

function appendNode(list: HTMLElement, n: TreeNode, labels: TreeLabels, onJump: (line: number) => void, depth: number): void {
  for (const child of n.children.values()) {
    const li = document.createElement('li');
    const details = document.createElement('details');
    // Scopes holding variables stay open; an op's own internals (a/Initializer/...) start closed.
    details.open = depth === 0 || hasVariables(child);
    const summary = document.createElement('summary');
    const name = document.createElement('span');
    name.className = 'scope-name';
    name.textContent = child.name + '/';
    summary.append(name);
    const kinds: string[] = [];
    if (child.isVariableScope) kinds.push(labels.variableScope);
    if (child.isNameScope && !child.isVariableScope) kinds.push(labels.nameScope);
    for (const k of kinds) {
      const badge = document.createElement('span');
      badge.className = 'badge ' + (k === labels.variableScope ? 'badge-vs' : 'badge-ns');
      badge.textContent = k;
      summary.append(badge);
    }
    details.append(summary);
    const inner = document.createElement('ul');
    // A closed scope's contents are built when it is first opened: a graph with
    // an optimizer has hundreds of ops under gradients/ and the slots' scopes,
    // and building them on every run was most of the page's time per result.
    if (details.open) appendNode(inner, child, labels, onJump, depth + 1);
    else details.addEventListener('toggle', () => appendNode(inner, child, labels, onJump, depth + 1), { once: true });
    details.append(inner);
    li.append(details);
    list.append(li);
  }
  for (const item of n.items) {
    const li = document.createElement('li');
    li.className = 'leaf leaf-' + item.kind;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'leaf-button';
    button.title = `${item.fullName} — ${labels.jumpTo} ${item.line}`;
    const badge = document.createElement('span');
    badge.className = 'badge ' + (item.kind === 'variable' ? 'badge-var' : 'badge-op');
    badge.textContent = item.kind === 'variable' ? labels.variable : labels.op;
    const name = document.createElement('span');
    name.className = 'leaf-name';
    name.textContent = item.name;
    const detail = document.createElement('span');
    detail.className = 'leaf-detail';
    detail.textContent = item.detail;
    button.append(badge, name, detail);
    if (item.line > 0) button.addEventListener('click', () => onJump(item.line));
    li.append(button);
    list.append(li);
  }
}
