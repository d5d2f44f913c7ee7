// Where data goes: stdout, or a file written atomically (a temp file renamed into place, so an
// interrupted run never leaves a half-written output and an existing file is never truncated),
// or, for a device or FIFO, straight into it.
import { createWriteStream, rmSync, statSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './exit.js';

export interface Output {
  write(chunk: string): void;
  /** Finish: rename the temp file into place (or flush stdout). */
  commit(): Promise<void>;
  /** Give up: remove the temp file, leave any existing output untouched. */
  abort(): Promise<void>;
  readonly isTerminal: boolean;
}

export function openOutput(outPath: string | undefined): Output {
  if (!outPath) {
    return {
      write: (chunk) => void process.stdout.write(chunk),
      commit: () => new Promise((resolve) => process.stdout.write('', () => resolve())),
      abort: async () => {},
      isTerminal: Boolean(process.stdout.isTTY),
    };
  }
  // A device or FIFO (`-o /dev/null`, a named pipe) is written as it is: renaming a temp file onto
  // it would replace the device with a regular file (as root, /dev/null itself).
  const existing = statSync(outPath, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UsageError(`--out ${outPath}: is a folder; give a file name`);
  if (existing && !existing.isFile()) return openDirect(outPath);
  const temp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(temp, { encoding: 'utf8' });
  // On Ctrl-C or kill: drop the temp file, then let the signal end the process as it would have.
  const onSignal = (signal: NodeJS.Signals) => {
    stream.destroy();
    rmSync(temp, { force: true });
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stopListening = () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  const closed = () => new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return {
    write: (chunk) => void stream.write(chunk),
    commit: async () => {
      await closed();
      stopListening();
      await rename(temp, outPath);
    },
    abort: async () => {
      await closed().catch(() => {});
      stopListening();
      await rm(temp, { force: true });
    },
    isTerminal: false,
  };
}

/** Write a whole text made by `produce` and commit it; on any error leave the old output as it was. */
export async function writeWhole(output: Output, produce: () => string | Promise<string>): Promise<void> {
  try {
    output.write(await produce());
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
}

function openDirect(outPath: string): Output {
  const stream = createWriteStream(outPath, { encoding: 'utf8' });
  const closed = () => new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return {
    write: (chunk) => void stream.write(chunk),
    commit: closed,
    abort: () => closed().catch(() => {}),
    isTerminal: false,
  };
}
