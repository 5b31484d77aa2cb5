/**
 * Column layout of Docker's table output (Go's tabwriter with minimum width 10, padding 3, spaces):
 * every column but the last is as wide as its widest cell plus 3, and at least 10; the last column
 * is not padded. Widths count characters (runes), not bytes.
 */

export interface TableLayout {
  minWidth: number;
  padding: number;
}

export const DOCKER_TABLE: TableLayout = { minWidth: 10, padding: 3 };

const runeLength = (text: string) => [...text].length;

export function renderTable(rows: string[][], layout: TableLayout = DOCKER_TABLE): string {
  if (rows.length === 0) return '';
  const columns = Math.max(...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < columns - 1; c++) {
    widths[c] = Math.max(layout.minWidth, ...rows.map((r) => runeLength(r[c] ?? '') + layout.padding));
  }
  return rows
    .map((row) =>
      row
        .map((cell, c) => (c < row.length - 1 ? cell + ' '.repeat(widths[c] - runeLength(cell)) : cell))
        .join(''),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** Lines of `label:<tab>value` aligned as Docker's `version` output aligns them (min width 20, padding 1). */
export function alignLabels(lines: [label: string, value: string][], minWidth = 20): string {
  const width = Math.max(minWidth, ...lines.map(([label]) => runeLength(label) + 1));
  return lines.map(([label, value]) => `${label.padEnd(width)}${value}\n`).join('');
}
