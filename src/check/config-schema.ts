// The JSON Schema of `.plansrc.json`, made from the rules' meta (ids, descriptions, options), so
// that an editor completes and checks the file. `npm run docs` writes it to
// schema/plansrc.schema.json; a test keeps the two the same. parseConfig stays the judge at run
// time: the schema describes what it accepts.
import { LEVELS, type Rule } from './types.js';

const LEVEL = {
  description: 'off, info, warning, error (or as ESLint: warn, 0, 1, 2)',
  oneOf: [{ enum: [...LEVELS, 'warn', '0', '1', '2'] }, { enum: [0, 1, 2] }],
};

const PATTERNS = {
  description: 'patterns as in .gitignore, read from the folder of this file',
  oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
};

export function configSchema(rules: Rule[], id: string): object {
  const ruleSettings = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      rules.map(({ meta }) => [
        meta.id,
        {
          description: meta.description,
          oneOf: [LEVEL, { type: 'array', minItems: 1, maxItems: 2, prefixItems: [LEVEL, { ...meta.options }], items: false }],
        },
      ]),
    ),
  };
  const stage = { enum: ['draft', 'final'], description: 'draft: a blank number or date is info; final: an error' };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: '.plansrc.json: the configuration of plans check',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      stage,
      asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'judge agency names at this date (YYYY-MM-DD)' },
      ignorePatterns: { ...PATTERNS, description: 'files not to check: patterns as in .gitignore, read from the folder of this file' },
      rules: ruleSettings,
      overrides: {
        type: 'array',
        description: 'settings for the files some patterns match, applied in order over the rest',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: PATTERNS, excludedFiles: PATTERNS, stage, rules: ruleSettings },
        },
      },
    },
  };
}
