import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/**
 * Writes `outFile` through a stream under a temporary name beside it, then renames it into place:
 * a failure leaves neither a cut-short report nor a changed earlier one. `write` must end the
 * stream. On failure the stream is closed before the temporary file is removed, because a stream
 * opens its file asynchronously and a removal before that open would leave the file behind.
 */
export async function writeThroughPartial(outFile: string, write: (stream: WriteStream) => Promise<void>): Promise<void> {
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
