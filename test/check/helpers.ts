// Run the real pipeline and one rule over a snippet of plan text.
import { extractText } from '../../src/extract/index.js';
import { checkExtraction } from '../../src/check/engine.js';
import type { RuleSetting } from '../../src/check/config.js';
import type { Diagnostic, Stage } from '../../src/check/types.js';

export function checkText(text: string, options: { stage?: Stage; asOf?: string; rules?: Record<string, RuleSetting>; path?: string } = {}): Diagnostic[] {
  const extraction = extractText(text.normalize('NFC'), { path: options.path ?? 'snippet.txt', sha256: '0'.repeat(64), format: 'text' });
  return checkExtraction(extraction, { stage: options.stage ?? 'draft', asOf: options.asOf, today: '2026-01-15', rules: options.rules ?? {} });
}

/** Only the findings of one rule. */
export function findingsOf(ruleId: string, text: string, options: Parameters<typeof checkText>[1] = {}): Diagnostic[] {
  return checkText(text, options).filter((d) => d.ruleId === ruleId);
}
