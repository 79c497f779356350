/**
 * A note beside the data file saying "these exact bytes passed this build's checks": its size and
 * SHA-256, and which checks. Every save validates the roster first, so the file the store wrote
 * needs no second look when it is opened again; checking 50,000 people is a fifth of opening them.
 * Anything else (an edited or damaged file, a file from another build, a crash between the data
 * file and the note, a missing or unreadable note) does not match, and gets every check.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Names the checks a stamp vouches for. Raise the revision whenever a validation rule changes
 * without a new data format, so files stamped by an earlier build are checked in full once.
 */
const CHECKS_REVISION = 1;
export const CHECKS_ID = `format-${CURRENT_SCHEMA_VERSION}-checks-${CHECKS_REVISION}`;

export interface FileDigest {
  readonly size: number;
  readonly sha256: string;
}

interface Stamp extends FileDigest {
  readonly checks: string;
}

export function stampFileOf(dataFile: string): string {
  return path.join(path.dirname(dataFile), `${path.basename(dataFile, '.json')}.checked.json`);
}

export function digestOf(bytes: string | Uint8Array): FileDigest {
  if (typeof bytes !== 'string') return { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
  const size = Buffer.byteLength(bytes, 'utf8');
  // One UTF-8 byte per character means ASCII (the data file's text, roster-json.ts): the same bytes
  // as Latin-1, which hashes without the UTF-8 encoder.
  const encoding = size === bytes.length ? 'latin1' : 'utf8';
  return { size, sha256: createHash('sha256').update(bytes, encoding).digest('hex') };
}

/** True when the stamp beside `dataFile` vouches for exactly these bytes under this build's checks. */
export function isStamped(dataFile: string, bytes: Uint8Array): boolean {
  let stamp: Partial<Stamp>;
  try {
    stamp = JSON.parse(fs.readFileSync(stampFileOf(dataFile), 'utf8')) as Partial<Stamp>;
  } catch {
    return false;
  }
  if (typeof stamp !== 'object' || stamp === null) return false;
  // The size first: a changed file rarely keeps it, and comparing it costs nothing.
  if (stamp.checks !== CHECKS_ID || stamp.size !== bytes.byteLength || typeof stamp.sha256 !== 'string') return false;
  return digestOf(bytes).sha256 === stamp.sha256;
}

/**
 * Records that the data file now holds the bytes with this digest, checked. Written aside and
 * renamed; a failure only costs the next open a full check, so it never fails a save.
 */
export function writeStamp(dataFile: string, digest: FileDigest): void {
  const target = stampFileOf(dataFile);
  const partial = `${target}.partial`;
  try {
    const stamp: Stamp = { checks: CHECKS_ID, size: digest.size, sha256: digest.sha256 };
    fs.writeFileSync(partial, JSON.stringify(stamp));
    fs.renameSync(partial, target);
  } catch {
    removeStamp(dataFile);
  }
}

/** Drops the stamp (best effort): the data file is then checked in full when next opened. */
export function removeStamp(dataFile: string): void {
  for (const file of [stampFileOf(dataFile), `${stampFileOf(dataFile)}.partial`]) {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // A stamp that cannot be removed cannot match a different file either.
    }
  }
}
