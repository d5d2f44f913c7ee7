import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
  spawnSync(process.execPath, ['bin/plans.js', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });

// compare and check read every format extract reads, through the same loader.
describe('compare and check on .docx and .pdf', () => {
  it('compares the Sơn La plan read from its PDF', () => {
    const result = run(['compare', 'fixtures/formats/002_son-la.pdf', '-f', 'json']);
    expect(result.status).toBe(0);
    const table = JSON.parse(result.stdout);
    expect(table.columns.map((c: { province: string }) => c.province)).toEqual(['Sơn La']);
    const trained = table.rows.find((r: { indicatorId: string; year: number }) => r.indicatorId === 'trained-labour-rate' && r.year === 2030);
    expect(Object.values(trained.cells).map((c) => (c as { value: number }).value)).toEqual([75]);
  });

  it('lints the Sơn La plan read from its .docx', () => {
    const result = run(['check', 'fixtures/formats/002_son-la.docx', '-f', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((d: { ruleId: string }) => d.ruleId)).toContain('repeated-word');
  });
});
