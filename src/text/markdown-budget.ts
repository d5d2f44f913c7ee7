// Markdown a parser should not be given: the markdown parser (micromark, under remark-parse) nests
// one call per container and resolves emphasis by pairing delimiters, so some shapes cost far more
// than their size: 4,000 ">" overflow the stack, 800 lines each indented two spaces more than the
// last take 17 s, a 128 KB paragraph of "*a" takes 63 s, one ">" line followed by 128 KB of lines
// that continue its paragraph without ">" (lazy lines) 4.3 s. Real plans come nowhere near (at most
// 3 containers on a line, 9 spaces before a list marker, 900 emphasis marks in a paragraph, no lazy
// line in a quote, across the fixtures, corpus-2025 and 1,500 web pages). One linear pass finds such shapes first; a file that has one is
// read as plain text instead, with a warning.

/** Containers (">" quotes, list items) opened on one line. */
export const MAX_MARKDOWN_DEPTH = 16;
/** Spaces before a list marker: each two or so nest the list one level deeper. */
export const MAX_LIST_INDENT = 64;
/** Emphasis runs ("*", "_") or link brackets ("[", "]") in one paragraph. */
export const MAX_PARAGRAPH_MARKS = 4_000;
/** Lines that go on with a quote's paragraph without their own ">" (found by the generative test). */
export const MAX_LAZY_QUOTE_LINES = 200;

const CONTAINER = /[ \t]{0,3}(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?/y;
const QUOTE = /^ {0,3}>/;
const LIST_INDENT = /^( *)(?:[-*+]|\d{1,9}[.)])[ \t]/;

/** Why the text would be too costly to parse as markdown, or null when it is safe. */
export function markdownHazard(text: string): string | null {
  let emphasis = 0;
  let links = 0;
  let inQuote = false;
  let lazy = 0;
  let from = 0;
  while (from <= text.length) {
    const next = text.indexOf('\n', from);
    const to = next === -1 ? text.length : next;
    const line = text.slice(from, to);
    from = to + 1;
    if (line.trim() === '') {
      emphasis = 0;
      links = 0;
      inQuote = false;
      lazy = 0;
      continue;
    }
    if (QUOTE.test(line)) inQuote = true;
    else if (inQuote && ++lazy > MAX_LAZY_QUOTE_LINES) return `a markdown quote whose paragraph goes on for over ${MAX_LAZY_QUOTE_LINES} lines without ">"`;
    let depth = 0;
    CONTAINER.lastIndex = 0;
    while (CONTAINER.test(line)) depth++;
    if (depth > MAX_MARKDOWN_DEPTH) return `markdown nested ${depth} deep on one line (over ${MAX_MARKDOWN_DEPTH})`;
    const indent = LIST_INDENT.exec(line)?.[1].length ?? 0;
    if (indent > MAX_LIST_INDENT) return `a markdown list item indented ${indent} spaces (over ${MAX_LIST_INDENT})`;
    emphasis += line.match(/[*_]+/g)?.length ?? 0;
    // Openers and closers both: each "]" looks back over the open "[" (3,300 of each: 3.6 s).
    links += line.match(/[[\]]/g)?.length ?? 0;
    if (emphasis > MAX_PARAGRAPH_MARKS || links > MAX_PARAGRAPH_MARKS) return `a markdown paragraph of over ${MAX_PARAGRAPH_MARKS} emphasis or link marks`;
  }
  return null;
}
