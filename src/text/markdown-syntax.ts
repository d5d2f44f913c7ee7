// Markdown syntax that line-level cleaning cannot take out safely: link targets
// ("[Nghị quyết 57](https://…/57-NQ)" keeps "Nghị quyết 57"), images, inline HTML, code fences
// around inline code. remark-parse finds them; this module blanks them in place and keeps every
// line where it was, so line numbers still point into the user's file. Bold marks and heading
// marks stay: later stages read them as structure cues. Load this module only for markdown input.
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface Span {
  start: number;
  end: number;
}

const parser = unified().use(remarkParse);

export function stripMarkdownSyntax(source: string): string {
  const tree = parser.parse(source) as Root;
  const spans: Span[] = [];
  collect(tree, source, spans);
  if (!spans.length) return source;
  // At one start, the longer span first: "<sup>1</sup>" covers its own "<sup>" tag.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    out += source.slice(cursor, span.start);
    // Keep the line breaks a removed span held, so later lines keep their numbers.
    out += source.slice(span.start, span.end).replace(/[^\n]/g, '');
    cursor = span.end;
  }
  return out + source.slice(cursor);
}

function collect(node: Nodes, source: string, spans: Span[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) {
    if (node.type === 'html') {
      // An HTML block runs on to the next blank line: drop its tags, keep the words between them,
      // and the comments that silence a rule of `plans check` (src/check/directives.ts).
      for (const tag of source.slice(start, end).matchAll(/<[^<>]{0,200}>/g)) {
        if (tag[0].startsWith('<!--') && tag[0].includes('plans-disable')) continue;
        spans.push({ start: start + tag.index, end: start + tag.index + tag[0].length });
      }
      return;
    }
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'definition') {
      spans.push({ start, end });
      return;
    }
    if ((node.type === 'link' || node.type === 'linkReference') && node.children.length) {
      // "[" before the text, "](url)" or "][ref]" after it.
      const first = node.children[0].position?.start.offset ?? start;
      const last = node.children[node.children.length - 1].position?.end.offset ?? end;
      spans.push({ start, end: first }, { start: last, end });
    }
    if (node.type === 'inlineCode') {
      const fence = /^`{1,8}/.exec(source.slice(start, start + 8))?.[0].length ?? 0;
      spans.push({ start, end: start + fence }, { start: end - fence, end });
    }
  }
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  children.forEach((child, i) => {
    // "<sup>1</sup>" is a footnote mark: the number goes with its tags.
    if (child.type === 'html' && /^<sup\b/iu.test(child.value)) {
      const close = children.slice(i + 1, i + 4).find((c) => c.type === 'html' && /^<\/sup>/iu.test(c.value));
      const from = child.position?.start.offset;
      const to = close?.position?.end.offset;
      if (from !== undefined && to !== undefined) spans.push({ start: from, end: to });
    }
    collect(child, source, spans);
  });
}
