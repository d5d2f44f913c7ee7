// Read one input (a file path or '-') into raw bytes, refusing what is not a plan text before
// reading it: anything but a regular file (a FIFO would block for ever, a device never ends) and
// anything over the size limit (so a 10 GB dump is one error line, not an out-of-memory crash).
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { formatByteSize } from './byte-size.js';

/** Larger than any plan we have seen (the biggest corpus text is 124 KB) by a wide margin. */
export const DEFAULT_MAX_BYTES = 50 * 1024 ** 2;

/** The input is not something to read: the message says why, for one line on stderr. */
export class InputError extends Error {}

export interface ReadLimits {
  maxBytes: number;
}

export async function readInput(path: string, limits: ReadLimits = { maxBytes: DEFAULT_MAX_BYTES }): Promise<Uint8Array> {
  if (path === '-') return readStdin(limits.maxBytes);
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer before we can look at it.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('is a folder');
    if (!info.isFile()) throw new InputError('not a regular file (FIFO, socket or device): skipped');
    if (info.size > limits.maxBytes) throw new InputError(`${formatByteSize(info.size)} ${overLimit(limits.maxBytes)}`);
    return await readUpTo(handle, info.size);
  } finally {
    await handle.close();
  }
}

/** The file as it was when opened: a file that grows meanwhile is read to its size at open. */
async function readUpTo(handle: FileHandle, size: number): Promise<Uint8Array> {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return bytes.subarray(0, filled);
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw new InputError(`standard input ${overLimit(maxBytes)}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function overLimit(maxBytes: number): string {
  return `is over the ${formatByteSize(maxBytes)} size limit (raise it with --max-size)`;
}
