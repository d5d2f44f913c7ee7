// Where data goes: stdout, or a file written atomically (a temp file renamed into place, so an
// interrupted run never leaves a half-written output and an existing file is never truncated),
// or, for a device or FIFO, straight into it. Nothing the user had is lost: an output that is one
// of the inputs is refused, a symbolic link keeps pointing where it did (its target is replaced),
// the file keeps its mode, a write that fails (a full disk) leaves the old file as it was with one
// line saying why, and the temp file goes on every signal we can catch, and on the next run for
// those we cannot (SIGKILL, a power cut).
import { accessSync, chmodSync, constants, createWriteStream, lstatSync, readdirSync, readlinkSync, realpathSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { failureReason } from './failure-reason.js';
import { OutputError, UsageError } from './exit.js';

export interface Output {
  write(chunk: string): void;
  /** Finish: rename the temp file into place (or flush stdout). */
  commit(): Promise<void>;
  /** Give up: remove the temp file, leave any existing output untouched. */
  abort(): Promise<void>;
  readonly isTerminal: boolean;
}

const CAUGHT_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** `inputs`: the files the run reads, none of which the output may replace. */
export function openOutput(outPath: string | undefined, inputs: string[] = []): Output {
  if (!outPath) {
    return {
      write: (chunk) => void process.stdout.write(chunk),
      commit: () => new Promise((done) => process.stdout.write('', () => done())),
      abort: async () => {},
      isTerminal: Boolean(process.stdout.isTTY),
    };
  }
  const target = finalTarget(outPath);
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UsageError(`--out ${outPath}: is a folder; give a file name`);
  // A device or FIFO (`-o /dev/null`, a named pipe) is written as it is: renaming a temp file onto
  // it would replace the device with a regular file (as root, /dev/null itself).
  if (existing && !existing.isFile()) return openDirect(outPath);
  if (existing && inputs.some((input) => sameFile(input, target))) throw new UsageError(`--out ${outPath}: is one of the inputs; writing it would replace what is being read`);
  const folder = dirname(target);
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : failureReason(error);
    throw new UsageError(`--out ${outPath}: cannot write in ${folder} (${why})`);
  }
  removeStaleTemps(folder, basename(target));
  const temp = join(folder, `.${basename(target)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(temp, { encoding: 'utf8', mode: existing ? existing.mode & 0o7777 : 0o666 });
  let failure: Error | null = null;
  stream.on('error', (error) => (failure ??= error));
  // On Ctrl-C, kill or a closed terminal: drop the temp file, then let the signal end the process.
  const onSignal = (signal: NodeJS.Signals) => {
    stream.destroy();
    rmSync(temp, { force: true });
    process.kill(process.pid, signal);
  };
  for (const signal of CAUGHT_SIGNALS) process.once(signal, onSignal);
  const stopListening = () => {
    for (const signal of CAUGHT_SIGNALS) process.removeListener(signal, onSignal);
  };
  return {
    write: (chunk) => void (failure || stream.write(chunk)),
    commit: async () => {
      await ended(stream);
      stopListening();
      if (failure) {
        await rm(temp, { force: true });
        throw new OutputError(`--out ${outPath}: ${failureReason(failure)}; nothing written${existing ? ', the file is as it was' : ''}`);
      }
      // The mode given at creation is masked by the umask: set the old file's mode exactly.
      if (existing) chmodSync(temp, existing.mode & 0o7777);
      await rename(temp, target);
    },
    abort: async () => {
      await ended(stream);
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

/** The file an output path names: a symbolic link's target (followed to its end), else the path. */
function finalTarget(outPath: string): string {
  const link = lstatSync(outPath, { throwIfNoEntry: false });
  if (!link?.isSymbolicLink()) return outPath;
  try {
    return realpathSync(outPath);
  } catch {
    // A link to a file not made yet: the file it names.
    return resolve(dirname(outPath), readlinkSync(outPath));
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Temp files of this output left by a run that was killed outright: its process is gone. */
function removeStaleTemps(folder: string, name: string): void {
  const prefix = `.${name}.`;
  for (const entry of readdirSync(folder)) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const pid = Number(entry.slice(prefix.length, -'.tmp'.length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) rmSync(join(folder, entry), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function openDirect(outPath: string): Output {
  const stream = createWriteStream(outPath, { encoding: 'utf8' });
  let failure: Error | null = null;
  stream.on('error', (error) => (failure ??= error));
  return {
    write: (chunk) => void (failure || stream.write(chunk)),
    commit: async () => {
      await ended(stream);
      if (failure) throw new OutputError(`--out ${outPath}: ${failureReason(failure)}`);
    },
    abort: () => ended(stream),
    isTerminal: false,
  };
}

/** Resolves once the stream has ended, whether it failed or not (a failure is kept by its 'error' handler). */
function ended(stream: WriteStream): Promise<void> {
  return new Promise((done) => stream.end(() => done()));
}
