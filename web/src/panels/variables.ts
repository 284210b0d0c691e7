// The variables table: one row per variable the run created or reused.
import type { VariableInfo } from '../types';

export interface TableLabels {
  columns: [string, string, string, string, string, string, string];
  yes: string;
  no: string;
  reused: string;
  fresh: string;
  empty: string;
  jumpTo: string;
}

export function renderVariables(container: HTMLElement, vars: readonly VariableInfo[], labels: TableLabels, onJump: (line: number) => void): void {
  container.replaceChildren();
  if (vars.length === 0) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = labels.empty;
    container.append(p);
    return;
  }
  const table = document.createElement('table');
  table.className = 'vars';
  const head = table.createTHead().insertRow();
  for (const c of labels.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    head.append(th);
  }
  const body = table.createTBody();
  for (const v of vars) {
    const row = body.insertRow();
    const cell = (text: string, cls?: string) => {
      const td = row.insertCell();
      td.textContent = text;
      if (cls) td.className = cls;
      return td;
    };
    cell(v.name, 'mono');
    cell(v.shape, 'mono');
    cell(v.dtype, 'mono');
    cell(v.trainable ? labels.yes : labels.no);
    cell(v.createdBy, 'mono');
    const lineCell = cell('');
    if (v.line > 0) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'loc';
      b.textContent = String(v.line);
      b.title = `${labels.jumpTo} ${v.line}`;
      b.addEventListener('click', () => onJump(v.line));
      lineCell.append(b);
    }
    cell(v.reused ? labels.reused : labels.fresh, v.reused ? 'reused' : 'fresh');
  }
  container.append(table);
}
