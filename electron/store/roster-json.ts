/**
 * The data file's text form. Every character outside ASCII is written as a \uXXXX escape: still
 * plain JSON holding the same data, but a file of one-byte characters reads and parses about twice
 * as fast as one holding even a single curly quote (Node then decodes the whole file into a
 * two-byte string). Files written before, with raw UTF-8, still read the same way.
 */

import { digestOf, type FileDigest } from './checked-stamp';

const NON_ASCII = /[\u0080-\uffff]/g;
const ANY_NON_ASCII = /[\u0080-\uffff]/;
/** Characters past Latin-1: only they make V8 store a string with two bytes per character. */
const ANY_WIDE = /[\u0100-\uffff]/;
/** Array items serialised at a time: small pieces keep the text one-byte and the memory low. */
const CHUNK_ITEMS = 1000;

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `json` with its non-ASCII characters escaped, as a one-byte string. JSON.stringify returns
 * two-byte text as soon as one value holds a character past Latin-1, and that text (and its
 * escaped copy) takes twice the memory; re-encoding the escaped, now ASCII, text as Latin-1
 * narrows it again. Text with only Latin-1 accents (é) is one-byte already and skips that copy.
 */
function asciiOnly(json: string): string {
  if (!ANY_NON_ASCII.test(json)) return json;
  const escaped = json.replace(NON_ASCII, escapeChar);
  return ANY_WIDE.test(json) ? Buffer.from(escaped, 'latin1').toString('latin1') : escaped;
}

function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** An array's JSON a slice at a time, so only people holding non-ASCII text pay for escaping. */
function arrayJson(items: readonly unknown[]): string {
  if (items.length <= CHUNK_ITEMS) return asciiOnly(JSON.stringify(items));
  const parts: string[] = [];
  for (let start = 0; start < items.length; start += CHUNK_ITEMS) {
    const slice = JSON.stringify(items.slice(start, start + CHUNK_ITEMS));
    parts.push(asciiOnly(slice.slice(1, -1)));
  }
  return `[${parts.join(',')}]`;
}

/**
 * Compact JSON with only ASCII characters, for the same value JSON.stringify would write (for
 * ASCII-only data, the very same text). Characters above U+FFFF are written as their two escaped
 * surrogate halves, as JSON requires; lone surrogates are already escaped by JSON.stringify.
 */
export function serializeRosterJson(value: unknown): string {
  if (!isPlainRecord(value)) return asciiOnly(JSON.stringify(value));
  // Key by key, as JSON.stringify does: own enumerable keys in order, undefined and functions left out.
  const members: string[] = [];
  for (const key of Object.keys(value)) {
    const field = value[key];
    let json: string | undefined;
    if (Array.isArray(field) && typeof (field as { toJSON?: unknown }).toJSON !== 'function') json = arrayJson(field);
    else {
      const text = JSON.stringify(field) as string | undefined;
      json = text === undefined ? undefined : asciiOnly(text);
    }
    if (json !== undefined) members.push(`${asciiOnly(JSON.stringify(key))}:${json}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * How conf / electron-store turn the data file into text and back. The store reads and checks the
 * file itself (read-data-file.ts) and only ever writes through the backend, but conf's constructor
 * reads and parses the whole file again to merge default settings the store does not use: the
 * first save of a session at 50,000 people paid as much as loading the roster, and held two copies
 * of it in memory. So to the backend the file holds nothing of its own.
 */
export const ROSTER_FILE_FORMAT = {
  serialize: serializeAndDigest,
  deserialize: (): Record<string, unknown> => ({}),
} as const;

/** The digest of the text each value was last serialised to, for the stamp the store writes after a save. */
const digests = new WeakMap<object, FileDigest>();

function serializeAndDigest(value: unknown): string {
  const text = serializeRosterJson(value);
  if (typeof value === 'object' && value !== null) digests.set(value, digestOf(text));
  return text;
}

/** Size and SHA-256 of the text `value` was written as through ROSTER_FILE_FORMAT; undefined when it was not. */
export function writtenDigest(value: object): FileDigest | undefined {
  return digests.get(value);
}
