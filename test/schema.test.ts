import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/extract/index.js';

const schema = JSON.parse(readFileSync('schema/plan-record.schema.json', 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const fixtures = ['fixtures/seeds', 'fixtures/corpus'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `${dir}/${f}`),
);

describe('plan record schema', () => {
  it.each(fixtures)('%s validates', (path) => {
    const record = extractFile({ path, bytes: readFileSync(path) }).record;
    const ok = validate(record);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a record with an empty string where null belongs', () => {
    const record = extractFile({ path: fixtures[0], bytes: readFileSync(fixtures[0]) }).record;
    expect(validate({ ...record, document: { ...record.document, number: '' } })).toBe(false);
  });
});
