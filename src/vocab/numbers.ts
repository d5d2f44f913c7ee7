// Vietnamese number writing: "." groups thousands, "," marks decimals ("610.000" = 610000,
// "58,9" = 58.9), zero-padded counts ("02" = 2). Source: TCVN 7284 / Nghị định 30/2020 conventions,
// checked against the seeds.

/** Parse one number as Vietnamese writes it; null if it is not one. */
export function parseVietnameseNumber(token: string): number | null {
  const t = token.trim();
  if (!/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$|^\d+\.\d{1,2}$/.test(t)) return null;
  let normal: string;
  if (/^\d+\.\d{1,2}$/.test(t)) normal = t; // "1.5": an English-style decimal in a converted table
  else normal = t.replace(/\./g, '').replace(',', '.');
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** Words that multiply the number before them: "1,8 triệu người". */
export const MULTIPLIERS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
