// Why a file could not be extracted, in words the user can act on instead of a Node error code.
export function failureReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (e?.code === 'ELOOP') return 'symbolic link loop';
  if (e?.code === 'ENOSPC') return 'no space left on the disk';
  if (e?.code === 'EDQUOT') return 'disk quota exceeded';
  if (e?.code === 'EROFS') return 'read-only file system';
  return e?.message ?? String(error);
}
