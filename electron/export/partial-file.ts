import { createWriteStream, type WriteStream } from 'node:fs';
import { lstat, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../shared/user-error';

/** A report cannot be written under the name chosen; the message says why, for the user. */
export class ReportFileError extends UserError {
  override readonly name = 'ReportFileError';
}

/** `<report>.<pid>.partial`: what writeThroughPartial writes before the rename. */
const PARTIAL_NAME = /^.+\.(?:xlsx|csv)\.(\d+)\.partial$/i;

/**
 * Writes `outFile` through a stream under a temporary name beside it, then renames it into place:
 * a failure leaves neither a cut-short report nor a changed earlier one. `write` must end the
 * stream. On failure the stream is closed before the temporary file is removed, because a stream
 * opens its file asynchronously and a removal before that open would leave the file behind.
 * A process killed while writing cannot remove its temporary file: the next write in the same
 * folder removes those whose process is gone.
 */
export async function writeThroughPartial(outFile: string, write: (stream: WriteStream) => Promise<void>): Promise<void> {
  await refuseFolder(outFile);
  await removeDeadPartials(path.dirname(outFile));
  const partial = `${outFile}.${process.pid}.partial`;
  const stream = createWriteStream(partial);
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  try {
    await write(stream);
    await closed;
    await rename(partial, outFile);
  } catch (error) {
    stream.destroy();
    await closed;
    await rm(partial, { force: true });
    throw error;
  }
}

/** A folder of the report's name would make the final rename fail with words blaming its parent. */
async function refuseFolder(outFile: string): Promise<void> {
  const info = await lstat(outFile).catch(() => null);
  if (info?.isDirectory() === true) {
    throw new ReportFileError(
      `The report could not be saved as ${outFile}: that is a folder, not a file. Choose another name, or a file inside that folder (${path.join(outFile, 'report' + path.extname(outFile))}).`,
    );
  }
}

/** True while a process with this id runs (EPERM: it runs, under another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the app's own temporary report files in `folder` left by a process that is no longer
 * running. Only regular files named `<report>.xlsx|csv.<pid>.partial` are touched, never one of a
 * running process (another export may be writing it). Best effort: a file that cannot be removed
 * is left, and the export goes on.
 */
export async function removeDeadPartials(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = PARTIAL_NAME.exec(name);
    if (match === null) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || !Number.isSafeInteger(pid) || pid <= 0 || processAlive(pid)) continue;
    const file = path.join(folder, name);
    const info = await lstat(file).catch(() => null);
    if (info === null || !info.isFile()) continue;
    try {
      await rm(file);
      removed.push(name);
    } catch {
      // Not ours to fight over: left for the user, the report is still written.
    }
  }
  return removed;
}
