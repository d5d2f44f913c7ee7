// A comparison as JSON: `{ view, columns, rows, … }` (see the README for each view's shape). Pure.
import type { Comparison } from '../compare/index.js';

export function renderCompareJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
