// A decision or resolution that issues a plan, a scheme or a regulation ("Điều 1. Ban hành kèm theo
// Quyết định này Kế hoạch …", "Điều 1. Phê duyệt Đề án … với những nội dung chính sau đây:") has
// articles of its own before its signature: they issue the text, set the date it takes effect and
// name who executes it. They are not sections of what it issues (the GUIDE's calls on the dev set).
import type { Section } from '../model.js';
import { CLOSING, type Block } from '../text/blocks.js';
import { fold } from '../vocab/fold.js';
import { DECISION_FORMULAS } from '../vocab/document-types.js';
import type { SectionTree } from './section-tree.js';

const ISSUES = new RegExp(`^(?:${DECISION_FORMULAS.join('|')})(?!\\p{L})`, 'u');

/** The decision's own articles (Điều 1 to the signature), when its first article issues a text. */
export function decisionArticles(tree: SectionTree, blocks: Block[]): Set<Section> {
  const roots = new Set(tree.roots);
  const articles = tree.headings.filter((h) => h.kind === 'article' && roots.has(h.section));
  const first = articles[0];
  if (!first || !ISSUES.test(fold(first.section.title))) return new Set();
  let closing = blocks.length;
  for (let i = first.blockIndex + 1; i < blocks.length; i++) {
    if (CLOSING.test(blocks[i].text)) {
      closing = i;
      break;
    }
  }
  return new Set(articles.filter((h) => h.blockIndex < closing).map((h) => h.section));
}
