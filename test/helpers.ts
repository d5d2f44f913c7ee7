// Test factories: run the real extraction over a snippet of plan text.
import { extractText } from '../src/extract/index.js';
import type { PlanRecord } from '../src/model.js';

export function recordOf(text: string): PlanRecord {
  return extractText(text, { path: 'snippet.txt', sha256: '0'.repeat(64), format: 'text' }).record;
}

/** A snippet placed under a "II. MỤC TIÊU" heading, as targets stand in a plan. */
export function underTargets(body: string): string {
  return `KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nII. MỤC TIÊU\n\n${body}\n`;
}
