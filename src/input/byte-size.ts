// Sizes as written on the command line ("50MB", "1.5 GB", "800k", "1048576") and as shown in
// messages ("100.0 MB"). Units are binary, as `ls -lh` and `du -h` count: 1 MB = 1024 × 1024 bytes.

const UNIT_BYTES: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "50MB", "50 mb", "50M", "50MiB", "1.5G", "800k", "1048576" (bytes). */
const BYTE_SIZE = /^(\d{1,9}(?:\.\d{1,3})?) ?(?:([kmg])(?:i?b)?|b)?$/i;

/** Bytes for a size as people write it, or null when the text is not a size. */
export function parseByteSize(text: string): number | null {
  const m = BYTE_SIZE.exec(text.trim());
  if (!m) return null;
  return Math.floor(Number(m[1]) * UNIT_BYTES[(m[2] ?? '').toLowerCase()]);
}

/** "512 B", "800.0 KB", "100.0 MB", "1.5 GB". */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [unit, size] = bytes < 1024 ** 2 ? ['KB', 1024] : bytes < 1024 ** 3 ? ['MB', 1024 ** 2] : ['GB', 1024 ** 3];
  return `${(bytes / (size as number)).toFixed(1)} ${unit}`;
}
