// A target's value written the way Vietnamese plans write it: "75%", "≥ 20%", "≤ 58,9%",
// "~ 610.000 người", "3–4 ngành" (decimal comma, thousands dot, the unit after the number).
import type { Comparator } from '../model.js';

export interface TargetValue {
  value: number;
  valueMax: number | null;
  comparator: Comparator;
  unit: string;
}

const SIGN: Record<Comparator, string> = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '~ ', range: '' };

export function formatTargetValue(t: TargetValue): string {
  const number = t.valueMax !== null ? `${formatNumber(t.value)}–${formatNumber(t.valueMax)}` : formatNumber(t.value);
  return `${SIGN[t.comparator]}${number}${formatUnit(t.unit)}`;
}

/** "%" sticks to the number; a counted noun stands after a space. */
export function formatUnit(unit: string): string {
  if (unit === '') return '';
  return unit === '%' ? '%' : ` ${unit}`;
}

/** 58.9 → "58,9"; 610000 → "610.000"; at most two decimals, as plans print them. */
export function formatNumber(n: number): string {
  const [whole, fraction] = Math.abs(Math.round(n * 100) / 100).toString().split('.');
  const grouped = groupThousands(whole); // "610000" → "610.000"
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** Which way a target points: up (≥, >), down (≤, <: a target that must fall) or neither (=, ~, a range). */
export function direction(c: Comparator): -1 | 0 | 1 {
  return c === 'gte' || c === 'gt' ? 1 : c === 'lte' || c === 'lt' ? -1 : 0;
}

export function sameValue(a: TargetValue, b: TargetValue): boolean {
  return a.value === b.value && a.valueMax === b.valueMax && a.comparator === b.comparator && a.unit === b.unit;
}

/** "610000" → "610.000": a dot before each group of three digits from the right (no regex scan). */
function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits[i];
  }
  return out;
}
