// `plans check --format sarif`: SARIF 2.1.0 for GitHub code scanning. The rules go in
// `tool.driver.rules` (with their default level and a link to their page), each diagnostic is a
// result with a physical location, the second location of a diagnostic a related location. A file
// under the working folder is named relative to it (`uriBaseId` %SRCROOT%, which code scanning
// resolves against the checkout), any other by its `file://` URI. Files that could not be read, or
// were passed by, are tool notifications of the run's invocation. Levels: info → "note".
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, RuleMeta, Severity } from '../check/types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A file `check` could not read ("error"), a path that matched nothing under
 * --no-error-on-unmatched-pattern ("warning"), or a file passed by as no plan ("note").
 */
export interface FileNotice {
  file: string;
  level: 'error' | 'warning' | 'note';
  message: string;
}

export interface SarifOptions {
  version: string;
  /** The tool's page; a rule's page is its section there (`…#section-missing`). */
  homepage: string;
  /** The folder relative paths start from (the working folder). */
  cwd: string;
  notices?: FileNotice[];
}

export function renderSarif(diagnostics: Diagnostic[], rules: Array<{ meta: RuleMeta; level: Severity }>, options: SarifOptions): string {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const where = (file: string) => artifactLocation(file, options.cwd);
  const notices = options.notices ?? [];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plans',
            version: options.version,
            informationUri: options.homepage,
            rules: rules.map(({ meta, level }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              fullDescription: { text: meta.docs },
              helpUri: `${options.homepage}#${meta.id}`,
              help: { text: meta.docs },
              defaultConfiguration: { level: LEVEL[level] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: !notices.some((n) => n.level === 'error'),
            toolExecutionNotifications: notices.map((n) => ({
              level: n.level,
              message: { text: n.message },
              locations: [{ physicalLocation: { artifactLocation: where(n.file) } }],
            })),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : `${options.cwd}${sep}`).href } },
        columnKind: 'unicodeCodePoints',
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
          level: LEVEL[d.severity],
          message: { text: d.suggestion ? `${d.message} Suggestion: ${d.suggestion}` : d.message },
          locations: [location(where(d.file), d)],
          ...(d.related ? { relatedLocations: [{ id: 1, ...location(where(d.file), d.related), message: { text: d.related.message } }] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

const SRCROOT = '%SRCROOT%';

function location(artifact: ArtifactLocation, span: { line: number; column: number; endLine: number; endColumn: number }) {
  return {
    physicalLocation: {
      artifactLocation: artifact,
      region: { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn },
    },
  };
}

type ArtifactLocation = { uri: string; uriBaseId?: string };

/** Under the working folder: relative, '/' separators, percent-encoded; elsewhere: a file:// URI. */
function artifactLocation(file: string, cwd: string): ArtifactLocation {
  if (file === '-') return { uri: 'stdin' };
  const fromRoot = relative(cwd, resolve(cwd, file));
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: fromRoot.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
