/**
 * Limits on what an .xlsx (a zip archive) may unpack to, checked before the workbook reader
 * inflates anything: a few megabytes of zip can hold gigabytes of sheet XML ("zip bomb"), and the
 * reader keeps every part in memory. The sizes the archive declares are checked first; then each
 * part is inflated as a stream and thrown away, stopping as soon as it grows past what it
 * declared, so an archive that lies about its sizes is caught too, with memory kept small.
 */
import { createInflateRaw } from 'node:zlib';

/** Most bytes all parts of a workbook may unpack to together. */
export const XLSX_MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Most parts (files inside the zip) a workbook may have. */
export const XLSX_MAX_ENTRIES = 2000;

export type ZipCheck =
  | { readonly kind: 'ok'; readonly entries: number; readonly unpackedBytes: number }
  /** Not a zip archive this check can read: the workbook reader will refuse it too. */
  | { readonly kind: 'unreadable' }
  /** Refused; `reason` completes the sentence "… cannot be imported: ". */
  | { readonly kind: 'refused'; readonly reason: string };

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;

/** Checks the bytes of a workbook, read once by the caller (the same bytes the workbook reader gets). */
export async function checkZipLimits(zip: Buffer): Promise<ZipCheck> {
  const directory = readCentralDirectory(zip);
  if (directory === null) return { kind: 'unreadable' };
  if (directory === 'too-many') {
    return {
      kind: 'refused',
      reason: `it holds more than the ${XLSX_MAX_ENTRIES.toLocaleString('en-US')} parts a workbook of a roster can have. It may be damaged or made to overload the computer; save the sheet as CSV and import that instead.`,
    };
  }
  const entries = directory;
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > XLSX_MAX_UNPACKED_BYTES) return tooBig(declared);
  let actual = 0;
  for (const entry of entries) {
    const size = await unpackedSize(zip, entry);
    if (size === null) return { kind: 'unreadable' };
    if (size > entry.size) {
      return {
        kind: 'refused',
        reason: `its parts unpack to more than their recorded sizes, so the file is damaged or made to overload the computer. Save the sheet as CSV and import that instead.`,
      };
    }
    actual += size;
  }
  return { kind: 'ok', entries: entries.length, unpackedBytes: actual };
}

function tooBig(bytes: number): ZipCheck {
  return {
    kind: 'refused',
    reason: `it unpacks to ${megabytes(bytes)}, more than the ${megabytes(XLSX_MAX_UNPACKED_BYTES)} that can be read safely. Save the sheet as CSV (or split it) and import that instead.`,
  };
}

/** The entries the central directory lists; null when there is no readable directory. */
function readCentralDirectory(zip: Buffer): Entry[] | 'too-many' | null {
  const eocd = findEndOfDirectory(zip);
  if (eocd < 0) return null;
  let count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // Zip64: the real figures are in the zip64 end record, found through its locator.
    const locator = eocd - 20;
    if (locator < 0 || zip.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return null;
    const record = safeNumber(zip.readBigUInt64LE(locator + 8));
    if (record === null || record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) return null;
    const count64 = safeNumber(zip.readBigUInt64LE(record + 32));
    const offset64 = safeNumber(zip.readBigUInt64LE(record + 48));
    if (count64 === null || offset64 === null) return null;
    count = count64;
    offset = offset64;
  }
  if (count > XLSX_MAX_ENTRIES) return 'too-many';
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_SIGNATURE) return null;
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    let compressedSize = zip.readUInt32LE(offset + 20);
    let size = zip.readUInt32LE(offset + 24);
    let localOffset = zip.readUInt32LE(offset + 42);
    const extraStart = offset + 46 + nameLength;
    if (extraStart + extraLength > zip.length) return null;
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const wide = zip64Extra(zip.subarray(extraStart, extraStart + extraLength), { size, compressedSize, localOffset });
      if (wide === null) return null;
      ({ size, compressedSize, localOffset } = wide);
    }
    entries.push({ method: zip.readUInt16LE(offset + 10), compressedSize, size, localOffset });
    offset = extraStart + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= stop; i -= 1) {
    if (zip.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/** The 64-bit values of the zip64 extra field, for those the central entry marks as 0xFFFFFFFF. */
function zip64Extra(
  extra: Buffer,
  narrow: { size: number; compressedSize: number; localOffset: number },
): { size: number; compressedSize: number; localOffset: number } | null {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = (): number | null => {
        if (p + 8 > at + 4 + length || p + 8 > extra.length) return null;
        const value = safeNumber(extra.readBigUInt64LE(p));
        p += 8;
        return value;
      };
      const size = narrow.size === 0xffffffff ? next() : narrow.size;
      const compressedSize = narrow.compressedSize === 0xffffffff ? next() : narrow.compressedSize;
      const localOffset = narrow.localOffset === 0xffffffff ? next() : narrow.localOffset;
      if (size === null || compressedSize === null || localOffset === null) return null;
      return { size, compressedSize, localOffset };
    }
    at += 4 + length;
  }
  return null;
}

function safeNumber(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}

/**
 * How many bytes the entry really unpacks to, but never counting far past its declared size:
 * inflation stops one chunk after the declared size is exceeded. Null when the data is unreadable.
 */
async function unpackedSize(zip: Buffer, entry: Entry): Promise<number | null> {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return data.length;
  // Other methods: the workbook reader cannot read them either, and will refuse the file.
  if (entry.method !== DEFLATED) return 0;
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let total = 0;
    let settled = false;
    const finish = (value: number | null): void => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > entry.size) finish(total);
    });
    inflate.on('end', () => finish(total));
    // Cut short or corrupt data: the workbook reader will refuse it with its own message.
    inflate.on('error', () => finish(total > entry.size ? total : null));
    inflate.end(data);
  });
}
