// Read one input (a file path or '-') into raw bytes.
import { readFile } from 'node:fs/promises';

export async function readInput(path: string): Promise<Uint8Array> {
  if (path === '-') return readStdin();
  return readFile(path);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
