// A comparison as GitHub-flavoured markdown: one heading and one pipe table per section. Pure.
import type { Comparison } from '../compare/index.js';
import { comparisonGrid } from './compare-grid.js';

export function renderCompareMarkdown(comparison: Comparison, options: { transpose: boolean }): string {
  return comparisonGrid(comparison, options)
    .map((section) => {
      const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
      const rule = `|${section.head.map(() => ' --- ').join('|')}|`;
      return [`### ${section.title}`, '', line(section.head), rule, ...section.rows.map((row) => line(row.map((c) => c?.text ?? ''))), ''].join('\n');
    })
    .join('\n');
}

/** A pipe would end the cell and a newline the row. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}
