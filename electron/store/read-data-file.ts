/**
 * Reads and checks a roster file in the JSON format the app kept before its database (the file
 * the database is made from, and backups taken then), without writing anything.
 */
import fs from 'node:fs';
import type { RosterData } from '../../shared/types';
import { NewerVersionError, StoreError } from './errors';
import { migrate } from './schema';

export type DataFileProblem = 'unparsable' | 'invalid' | 'newer-version' | 'unreadable';

export type DataFileState =
  | { readonly kind: 'missing' }
  | {
      readonly kind: 'ok';
      readonly data: RosterData;
      readonly fromVersion: number;
    }
  | { readonly kind: 'bad'; readonly problem: DataFileProblem; readonly detail: string };

/** What is in the file: nothing yet, usable data (migrated), or what is wrong with it. */
/** The largest JSON roster read: 50,000 people took about 25 MB; anything far past that is not one. */
export const MAX_DATA_FILE_BYTES = 400 * 1024 * 1024;

export function readDataFile(file: string): DataFileState {
  let bytes: Buffer;
  try {
    // Checked before reading: a pipe or device in the file's place would block a read for ever.
    const stat = fs.lstatSync(file);
    if (stat.isDirectory()) return { kind: 'bad', problem: 'unreadable', detail: unreadableDetail('EISDIR') };
    if (!stat.isFile()) return { kind: 'bad', problem: 'unreadable', detail: 'it is not a regular file (a link, a pipe or a device is in its place)' };
    if (stat.size > MAX_DATA_FILE_BYTES) {
      return { kind: 'bad', problem: 'unreadable', detail: `it is ${Math.round(stat.size / 1024 / 1024)} MB, far larger than any roster file` };
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'bad', problem: 'unreadable', detail: unreadableDetail(code) };
  }
  // Reading the bytes and then decoding them is measurably faster on a 40 MB file than asking for text.
  const text = bytes.toString('utf8');
  let raw: unknown;
  try {
    // A file saved by a Windows text editor may start with a byte-order mark; the data is still fine.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const detail =
      text.trim() === ''
        ? 'the file is empty'
        : 'the file is not complete or not valid JSON (it may have been cut short by a crash, a full disk or a sync tool)';
    return { kind: 'bad', problem: 'unparsable', detail };
  }
  if (deeperThan(raw, MAX_NESTING)) {
    return { kind: 'bad', problem: 'invalid', detail: `The roster data is not valid: it is nested more than ${MAX_NESTING} levels deep, which no roster is.` };
  }
  try {
    const { data, fromVersion } = migrate(raw);
    return { kind: 'ok', data, fromVersion };
  } catch (error) {
    if (error instanceof NewerVersionError) return { kind: 'bad', problem: 'newer-version', detail: error.message };
    if (error instanceof StoreError) return { kind: 'bad', problem: 'invalid', detail: error.message };
    throw error;
  }
}

/** A roster is a few levels deep; far deeper data would only exhaust the checks' stack. */
export const MAX_NESTING = 64;

/** True when `value` holds objects or arrays nested more than `limit` deep; walked without recursion. */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The file's text, decoded as UTF-8. Reading the bytes and then decoding them is measurably faster
 * on a 40 MB file than asking readFileSync for text.
 */
export function readText(file: string): string {
  return fs.readFileSync(file).toString('utf8');
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function unreadableDetail(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'this user account is not allowed to read the file';
    case 'EISDIR':
      return 'there is a folder where the file should be';
    case 'EBUSY':
      return 'another program has the file locked';
    default:
      return `the file could not be read (${code ?? 'unknown error'})`;
  }
}
