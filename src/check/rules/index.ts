// Every rule `plans check` knows, in the order the docs list them.
import type { Rule } from '../types.js';
import { agencyRenamed } from './agency-renamed.js';
import { appendixMissing } from './appendix-missing.js';
import { bracketsUnbalanced } from './brackets-unbalanced.js';
import { dateBlank } from './date-blank.js';
import { dateInvalid } from './date-invalid.js';
import { knownTypo } from './known-typo.js';
import { noLeadAgency } from './no-lead-agency.js';
import { numberBlank } from './number-blank.js';
import { referenceConflict } from './reference-conflict.js';
import { referenceMalformed } from './reference-malformed.js';
import { referenceUndated } from './reference-undated.js';
import { repeatedWord } from './repeated-word.js';
import { sectionMissing } from './section-missing.js';
import { sectionNumbering } from './section-numbering.js';
import { targetNoYear } from './target-no-year.js';
import { toneStyleMixed } from './tone-style-mixed.js';

export const RULES: Rule[] = [
  numberBlank,
  dateBlank,
  sectionNumbering,
  sectionMissing,
  appendixMissing,
  referenceConflict,
  referenceUndated,
  referenceMalformed,
  targetNoYear,
  agencyRenamed,
  noLeadAgency,
  dateInvalid,
  repeatedWord,
  knownTypo,
  toneStyleMixed,
  bracketsUnbalanced,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
