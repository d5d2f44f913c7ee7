// Slips from the data list src/vocab/typos.ts ("Phân đầu" for "Phấn đấu", "chuyên biến" for
// "chuyển biến"): each is two real syllables, so only the pair gives the slip away.
import { KNOWN_TYPOS, type KnownTypo } from '../../vocab/typos.js';
import { fold } from '../../vocab/fold.js';
import { spanInBlock } from '../locate.js';
import type { Finding, Rule } from '../types.js';

export const knownTypo: Rule = {
  meta: {
    id: 'known-typo',
    description: 'A typing slip seen in real plans ("Phân đầu" for "Phấn đấu"), with its correction.',
    severity: 'error',
    options: {
      type: 'object',
      properties: { extra: { type: 'array', items: { type: 'string', pattern: '^[^=]{1,40}=>[^=]{1,40}$' }, description: 'more slips, each "wrong=>right" ("sát nhập=>sáp nhập")' } },
      additionalProperties: false,
    },
    docs: 'The list is data (`src/vocab/typos.ts`, each entry with where it was seen); add your own in `.plansrc.json`: `"known-typo": ["error", {"extra": ["sát nhập=>sáp nhập"]}]`. Matching ignores case and tone placement and keeps the capital in the suggestion.',
    examples: {
      bad: ['KẾ HOẠCH\n\nI. MỤC TIÊU\n\nPhân đầu đến năm 2030, thu hút tối thiểu 20% học sinh tốt nghiệp THCS.', 'KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nTạo sự chuyên biến mạnh mẽ đối với công tác đào tạo nghề.'],
      good: ['KẾ HOẠCH\n\nI. MỤC TIÊU\n\nPhấn đấu đến năm 2030, thu hút tối thiểu 20% học sinh tốt nghiệp THCS.', 'KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nĐội ngũ giáo viên chuyên biệt và cơ quan chuyên môn.'],
    },
  },
  check({ extraction }, options) {
    const entries: KnownTypo[] = [...KNOWN_TYPOS, ...parseExtra((options.extra as string[] | undefined) ?? [])];
    const { plan } = extraction;
    const findings: Finding[] = [];
    for (const block of plan.blocks) {
      const text = fold(block.text);
      for (const entry of entries) {
        const wrong = fold(entry.wrong);
        for (let at = text.indexOf(wrong); at >= 0; at = text.indexOf(wrong, at + 1)) {
          const after = text.slice(at + wrong.length);
          if (/^[\p{L}\d]/u.test(after) || /[\p{L}\d]/u.test(text[at - 1] ?? '')) continue;
          // "^\s{1,3}tư(?!\p{L})" matches " tư" after the pair (anchored, bounded).
          if (entry.notBefore?.some((w) => new RegExp(`^\\s{1,3}${w}(?![\\p{L}])`, 'u').test(after))) continue;
          const written = block.text.slice(at, at + wrong.length);
          const suggestion = matchCase(written, entry.right);
          findings.push({ ...spanInBlock(plan, block, at, wrong.length), message: `"${written}" is a slip for "${suggestion}".`, suggestion });
        }
      }
    }
    return findings;
  },
};

/** "sát nhập=>sáp nhập" → an entry; malformed items were refused when the config was read. */
function parseExtra(items: string[]): KnownTypo[] {
  return items.map((item) => {
    const [wrong, right] = item.split('=>').map((s) => s.trim());
    return { wrong, right, seenIn: '.plansrc.json' };
  });
}

/** Keep the writer's capital: "Phân đầu" → "Phấn đấu". */
function matchCase(written: string, right: string): string {
  return /^\p{Lu}/u.test(written) ? right.charAt(0).toLocaleUpperCase('vi') + right.slice(1) : right;
}
