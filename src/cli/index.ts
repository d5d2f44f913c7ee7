// The `plans` program: argument parsing, lazy loading of each command, and the single exit point.
// Only commander loads on start-up; a command's modules load when it runs.
import { Command, CommanderError, Option } from 'commander';
import { EXIT_USAGE, UsageError } from './exit.js';

const program = new Command('plans')
  .description('Read Vietnamese government plans: extract plan records, compare provinces, lint drafts.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

program
  .command('extract')
  .description('turn plan texts into plan records (files, folders, globs, or - for stdin)')
  .argument('<paths...>', 'files, folders (searched for *.txt, *.md), globs, or -')
  .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(['json', 'jsonl', 'table']))
  .option('-o, --out <file>', 'write to FILE atomically instead of stdout')
  .option('--catalog <file>', 'extra indicator catalogue (JSON: { "indicators": [...] })')
  .option('--max-size <size>', 'refuse input files larger than SIZE, e.g. 200MB (default: 50MB)')
  .option('-q, --quiet', 'no progress or summary on stderr')
  .action(async (paths: string[], opts) => {
    const { runExtract } = await import('./extract.js');
    process.exitCode = await runExtract({ paths, ...opts });
  });

// Further commands register here.

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
    } else if (error instanceof UsageError) {
      process.stderr.write(`plans: ${error.message}\n`);
      process.exitCode = EXIT_USAGE;
    } else {
      process.stderr.write(`plans: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    }
  }
}

await main();
