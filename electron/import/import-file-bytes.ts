/**
 * Reads the bytes of a file to import through one open descriptor: the checks (a regular file,
 * not empty, within the size limit) are made on that descriptor, and the bytes read are the ones
 * checked. Checking a path and then reading it again lets another file be swapped in between.
 * The file is opened without waiting, so a named pipe (FIFO) or a device is refused at once
 * instead of hanging the read until some other program writes to it.
 */
import fs, { type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Why a file cannot be read. `reason` completes the sentence `"name" cannot be imported: …`,
 * except for an empty or too big file, where it follows the name (`"name" is empty: …`).
 */
export class ImportFileRefusal extends Error {
  override readonly name = 'ImportFileRefusal';
  constructor(
    readonly kind: 'not-found' | 'not-allowed' | 'not-regular' | 'empty' | 'too-big' | 'unreadable',
    readonly reason: string,
  ) {
    super(reason);
  }

  /** The whole sentence, naming the file. */
  sentence(name: string): string {
    return this.kind === 'empty' || this.kind === 'too-big' ? `"${name}" ${this.reason}.` : `"${name}" cannot be imported: ${this.reason}.`;
  }
}

const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

// Absent on Windows, where opening a pipe by path does not wait either.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** What a path that is not a regular file is, in words; null for a regular file. */
export function notRegularFile(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'it is a folder, not a file';
  const what = info.isFIFO()
    ? 'a named pipe'
    : info.isCharacterDevice() || info.isBlockDevice()
      ? 'a device'
      : info.isSocket()
        ? 'a socket'
        : 'a special file';
  return `it is not a regular file (it is ${what}). Only a saved .csv or .xlsx file can be imported`;
}

/** The reason an open failed, in words. */
function openFailure(error: unknown): ImportFileRefusal {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ImportFileRefusal('not-found', 'the file was not found');
    case 'EACCES':
    case 'EPERM':
      return new ImportFileRefusal('not-allowed', 'this user account is not allowed to read it');
    case 'EISDIR':
      return new ImportFileRefusal('not-regular', 'it is a folder, not a file');
    case 'ELOOP':
      return new ImportFileRefusal('not-found', 'it is a link that leads back to itself');
    default:
      return new ImportFileRefusal('unreadable', 'the file cannot be opened');
  }
}

/**
 * Opens `file`, checks on the open descriptor that it is a regular file of 1..`limit` bytes, and
 * reads it. A file that grows past the limit while it is read is refused too.
 */
export async function readImportBytes(file: string, limit: number, kind: 'CSV' | 'Excel'): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    throw openFailure(error);
  }
  try {
    const info = await handle.stat();
    const notRegular = notRegularFile(info);
    if (notRegular !== null) throw new ImportFileRefusal('not-regular', notRegular);
    if (info.size === 0) throw new ImportFileRefusal('empty', 'is empty: there is nothing to import');
    if (info.size > limit) throw tooBig(info.size, limit, kind);
    return await readAll(handle, info.size, limit, kind);
  } finally {
    await handle.close();
  }
}

/** A file over its size limit, in words. */
export function tooBig(size: number, limit: number, kind: 'CSV' | 'Excel'): ImportFileRefusal {
  return new ImportFileRefusal(
    'too-big',
    `is ${megabytes(size)}; the largest ${kind} file that can be imported is ${megabytes(limit)}. Split it into smaller files`,
  );
}

/** Reads to the end, expecting `expected` bytes; more than `limit` in all is refused. */
async function readAll(handle: FileHandle, expected: number, limit: number, kind: 'CSV' | 'Excel'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // The size fstat gave first, then whatever is still there (a file written to while read).
  let want = expected;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(want, 64 * 1024));
    let filled = 0;
    while (filled < chunk.length) {
      const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > 0) chunks.push(chunk.subarray(0, filled));
    total += filled;
    if (total > limit) throw tooBig(total, limit, kind);
    if (filled < chunk.length) break;
    want = 64 * 1024;
  }
  if (total === 0) throw new ImportFileRefusal('empty', 'is empty: there is nothing to import');
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, total);
}
