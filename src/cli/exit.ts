// Exit codes, in one place: 0 ok, 1 findings or failed files, 2 usage or configuration error.
// Commands throw UsageError or return a code; only src/cli/index.ts calls process.exit.

export const EXIT_OK = 0;
export const EXIT_FAILURES = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  readonly exitCode = EXIT_USAGE;
}

/** The output could not be written (a full disk, a closed pipe): one line, exit 2, nothing half-written. */
export class OutputError extends Error {
  readonly exitCode = EXIT_USAGE;
}
