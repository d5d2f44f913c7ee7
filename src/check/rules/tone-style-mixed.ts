// Both tone-mark placements in one text ("hoá" and "hóa", "uỷ" and "ủy"). Either is allowed
// (Quyết định 1989/QĐ-BGDĐT); mixing them reads as two drafts pasted together, and breaks search.
import { hasNewTonePlacement, hasOldTonePlacement, OLD_TO_NEW } from '../../vocab/fold.js';
import { spanOnLine } from '../locate.js';
import { noOptions, type Rule } from '../types.js';

/** A word: "hoá", "Ủy". */
const WORD = /\p{L}{1,12}/gu;

interface Use {
  word: string;
  line: number;
  nth: number;
}

export const toneStyleMixed: Rule = {
  meta: {
    id: 'tone-style-mixed',
    description: 'The text mixes the old and new tone-mark placement ("hoá" and "hóa").',
    severity: 'info',
    options: noOptions(),
    docs: 'Reported once per file, at the first word of the less used style, with the counts of both; the suggestion is the same word in the style the text mostly uses.',
    examples: {
      bad: ['KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nĐẩy mạnh công nghiệp hóa, hiện đại hóa và chuẩn hoá chương trình.'],
      good: ['KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nĐẩy mạnh công nghiệp hóa, hiện đại hóa và chuẩn hóa chương trình; Ủy ban nhân dân.'],
    },
  },
  check({ extraction }) {
    const { plan } = extraction;
    const old: Use[] = [];
    const modern: Use[] = [];
    plan.lines.forEach((text, i) => {
      const seen = new Map<string, number>();
      for (const [word] of text.matchAll(WORD)) {
        const nth = seen.get(word.toLowerCase()) ?? 0;
        seen.set(word.toLowerCase(), nth + 1);
        if (hasOldTonePlacement(word)) old.push({ word, line: i + 1, nth });
        else if (hasNewTonePlacement(word)) modern.push({ word, line: i + 1, nth });
      }
    });
    if (!old.length || !modern.length) return [];
    const [minority, style, otherStyle] = old.length <= modern.length ? [old, 'old', 'new'] : [modern, 'new', 'old'];
    const first = minority[0];
    return [{
      ...spanOnLine(plan, first.line, first.word, first.nth),
      message: `The text mixes tone placements: ${old.length} in the old style ("hoá") and ${modern.length} in the new ("hóa"); "${first.word}" is in the ${style} style, the text mostly uses the ${otherStyle}.`,
      suggestion: restyle(first.word, style === 'old'),
    }];
  },
};

/** "hoá" → "hóa" (toNew), "hóa" → "hoá"; capitals kept ("Uỷ" → "Ủy"). */
function restyle(word: string, toNew: boolean): string {
  for (const [o, n] of OLD_TO_NEW) {
    const [from, to] = toNew ? [o, n] : [n, o];
    for (const [f, t] of [[from, to], [from.toUpperCase(), to.toUpperCase()], [from[0].toUpperCase() + from.slice(1), to[0].toUpperCase() + to.slice(1)]]) {
      if (word.endsWith(f)) return word.slice(0, word.length - f.length) + t;
    }
  }
  return word;
}
