// Why a file could not be extracted, in words the user can act on instead of a Node error code.

/**
 * A name Node.js could not pass on: a file name with bytes that are not UTF-8 reaches the program
 * with U+FFFD in their place (from the command line and from a folder alike), and no file has
 * that name.
 */
const NOT_UTF8_NAME = 'its name holds bytes that are not UTF-8, so it cannot be opened by name: rename the file';

export function failureReason(error: unknown, path?: string): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT' && path?.includes('\uFFFD')) return NOT_UTF8_NAME;
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (e?.code === 'ELOOP') return 'symbolic link loop';
  if (e?.code === 'ENOSPC') return 'no space left on the disk';
  if (e?.code === 'EDQUOT') return 'disk quota exceeded';
  // The file-size limit of the shell (`ulimit -f`) or of the file system.
  if (e?.code === 'EFBIG') return 'larger than the system lets a file be';
  if (e?.code === 'EROFS') return 'read-only file system';
  return e?.message ?? String(error);
}

/** For an argument that named nothing. */
export function missingReason(path: string): string {
  return path.includes('\uFFFD') ? NOT_UTF8_NAME : 'no such file or folder';
}
