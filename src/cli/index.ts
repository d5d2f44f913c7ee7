// The `plans` program: argument parsing, lazy loading of each command, and the single exit point.
// Only commander loads on start-up; a command's modules load when it runs.
import { Command, CommanderError, Option } from 'commander';
import { PLAN_EXTENSION_LIST } from '../input/discover.js';
import { failureReason } from './failure-reason.js';
import { EXIT_USAGE, OutputError, UsageError } from './exit.js';
import { PACKAGE } from './package-info.js';

const program = new Command('plans')
  .description('Read Vietnamese government plans: extract plan records, compare provinces, lint drafts.')
  .version(PACKAGE.version)
  .exitOverride();

program
  .command('extract')
  .description('turn plan texts into plan records (files, folders, globs, or - for stdin)')
  .argument('<paths...>', `files, folders (searched for ${PLAN_EXTENSION_LIST}), globs, or -`)
  .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(['json', 'jsonl', 'table']))
  .option('-o, --out <file>', 'write to FILE atomically instead of stdout')
  .option('--catalog <file>', 'extra indicator catalogue (JSON: { "indicators": [...] })')
  .option('--encoding <name>', 'encoding of text and HTML inputs: auto (default, detects it), utf8, utf16le, utf16be, windows1258, tcvn3, vni')
  .option('--max-size <size>', 'refuse input files larger than SIZE, e.g. 200MB (default: 50MB)')
  .option('-q, --quiet', 'no progress or summary on stderr')
  .option('--db <file>', 'insert or update the records in an SQLite database (records then go to stdout only with -f or -o)')
  .option('-j, --jobs <n>', 'worker threads for many files (default: the number of cores; 1 = no workers)')
  .option('--timeout <seconds>', 'give up on a file that takes longer than SECONDS to read (default: 120)')
  .action(async (paths: string[], opts) => {
    const { runExtract } = await import('./extract.js');
    process.exitCode = await runExtract({ paths, ...opts });
  });

program
  .command('compare')
  .description('line plans up: targets by indicator and year, leads, deadlines or references, one column per plan')
  .argument('<paths...>', 'plan texts (files, folders, globs, -) and records from plans extract (*.json, *.jsonl)')
  .addOption(new Option('--view <view>', 'what to compare').choices(['targets', 'coverage', 'leads', 'deadlines', 'references']).default('targets'))
  .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(['table', 'markdown', 'csv', 'json', 'html']))
  .option('-o, --out <file>', 'write to FILE atomically instead of stdout')
  .option('--indicator <ids>', 'only these indicators (catalogue ids, comma-separated)')
  .option('--year <year>', 'only targets for this year')
  .option('--province <names>', 'only plans of these provinces (comma-separated)')
  .option('--transpose', 'plans as rows, indicators as columns')
  .option('--delimiter <char>', 'CSV field separator: "," (default), ";", "tab" …')
  .option('--catalog <file>', 'extra indicator catalogue (JSON: { "indicators": [...] })')
  .option('--parent <file>', 'compare every plan to this one as its parent: adopts, raises, lowers or leaves out each target')
  .option('--suggest-catalog <file>', 'write the rows aligned by wording as a catalogue to review and pass back with --catalog')
  .option('-q, --quiet', 'no summary on stderr')
  .action(async (paths: string[], opts) => {
    const { runCompare } = await import('./compare.js');
    process.exitCode = await runCompare({ paths, ...opts });
  });

program
  .command('check')
  .description('lint plan texts: blank numbers, section gaps, conflicting citations, renamed agencies, typos …')
  .argument('<paths...>', `files, folders (searched for ${PLAN_EXTENSION_LIST}), globs, or -`)
  .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
  .option('-c, --config <file>', 'configuration file (default: the nearest .plansrc.json)')
  .option('-r, --rule <id=level>', 'set a rule to off|info|warning|error (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
  .addOption(new Option('--stage <stage>', 'draft: blank number and date are info; final: errors (default: draft)').choices(['draft', 'final']))
  .option('--as-of <date>', 'judge agency names at this date (YYYY-MM-DD; default: the plan\'s date, else the latest date it cites, else today)')
  .option('--max-warnings <n>', 'exit 1 when there are more than N warnings (-1: no limit)')
  .option('--no-error-on-unmatched-pattern', 'a path or glob that matches no file is one line, not a usage error')
  .option('--no-ignore', 'check files that .plansignore or the config\'s ignorePatterns leave out')
  .option('-q, --quiet', 'report errors only')
  .action(async (paths: string[], opts) => {
    const { runCheck } = await import('./check.js');
    process.exitCode = await runCheck({ paths, ...opts, today: new Date().toISOString().slice(0, 10) });
  });

// A usage error is one line and a hint, as ESLint gives it, not the whole help after the message.
for (const command of [program, ...program.commands]) {
  const name = command === program ? 'plans' : `plans ${command.name()}`;
  command.configureOutput({ outputError: (message, write) => write(`plans: ${message.trim().replace(/^error: /u, '').replace(/\.$/u, '')}; see ${name} --help\n`) });
}

// Standard output in one place. A reader that has seen enough (`plans … | head -1`) closes the pipe:
// stop quietly, as `git log | head` does. Any other failure (a full disk behind `> file`) is one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`plans: standard output: ${failureReason(error)}\n`);
  process.exit(EXIT_USAGE);
});

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
    } else if (error instanceof UsageError || error instanceof OutputError) {
      process.stderr.write(`plans: ${error.message}\n`);
      process.exitCode = EXIT_USAGE;
    } else {
      process.stderr.write(`plans: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    }
  }
}

await main();
