// `plans check --format sarif`: SARIF 2.1.0 for GitHub code scanning. The rules go in
// `tool.driver.rules` (with their default level), each diagnostic is a result with a physical
// location, the second location of a diagnostic a related location. Levels: info → "note".
import type { Diagnostic, RuleMeta, Severity } from '../check/types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  version: string;
}

export function renderSarif(diagnostics: Diagnostic[], rules: Array<{ meta: RuleMeta; level: Severity }>, options: SarifOptions): string {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plans',
            version: options.version,
            rules: rules.map(({ meta, level }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              fullDescription: { text: meta.docs },
              help: { text: `${meta.docs} (README.md, section "${meta.id}")` },
              defaultConfiguration: { level: LEVEL[level] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
          level: LEVEL[d.severity],
          message: { text: d.suggestion ? `${d.message} Suggestion: ${d.suggestion}` : d.message },
          locations: [location(d.file, d)],
          ...(d.related ? { relatedLocations: [{ id: 1, ...location(d.file, d.related), message: { text: d.related.message } }] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(file: string, span: { line: number; column: number; endLine: number; endColumn: number }) {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(file) },
      region: { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn },
    },
  };
}

/** A relative path as a URI reference: '/' separators, spaces and non-ASCII percent-encoded. */
function toUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
