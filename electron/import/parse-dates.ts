import { isoFromParts } from '../../shared/dates';
import type { IsoDate } from '../../shared/types';
import type { RawCell } from './read-table';

/** Parsed value or a plain-words reason it could not be read. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Excel's day 0 is 1899-12-30 once its phantom 29 Feb 1900 is allowed for (true for serials after 60). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 1900-03-01 … 9999-12-31 */
const MIN_SERIAL = 61;
const MAX_SERIAL = 2_958_465;

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_NAME = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s,-]+(\d{2}|\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL_TEXT = /^\d{2,7}(?:\.\d+)?$/;
const TIME_SUFFIX = /\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?$/i;

/** Two-digit years follow Excel's window: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS[lower] ?? (lower.length > 3 ? MONTHS[lower.slice(0, 3)] : undefined);
}

/** The date of an Excel serial number (fractions are a time of day and are dropped). */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL) return null;
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** What the values of one column prove about its day/month order. */
export interface DateOrderEvidence {
  /** Some value like 25/03/2024: the first part cannot be a month. */
  readonly dayFirstSeen: boolean;
  /** Some value like 03/25/2024: the second part cannot be a month. */
  readonly monthFirstSeen: boolean;
  /** Some value written with numbers only (03/04/2024), whose order the column must decide. */
  readonly numericSeen: boolean;
}

export function dateOrderEvidence(cells: Iterable<RawCell>): DateOrderEvidence {
  const tally = { dayFirstSeen: false, monthFirstSeen: false, numericSeen: false };
  for (const cell of cells) if (noteDateOrder(tally, cell)) break;
  return tally;
}

/** `dateOrderEvidence` of one column of a table's rows, without making a list of its cells. */
export function columnDateOrderEvidence(rows: readonly (readonly RawCell[])[], column: number): DateOrderEvidence {
  const tally = { dayFirstSeen: false, monthFirstSeen: false, numericSeen: false };
  for (const row of rows) if (noteDateOrder(tally, row[column] ?? null)) break;
  return tally;
}

/** Adds what one cell proves; true once both orders have been seen (nothing more can change). */
function noteDateOrder(tally: { -readonly [K in keyof DateOrderEvidence]: boolean }, cell: RawCell): boolean {
  if (typeof cell !== 'string' || isIsoLayout(cell)) return false;
  let a: number;
  let b: number;
  if (isNumericLayout(cell)) {
    a = twoDigits(cell, 0);
    b = twoDigits(cell, 3);
  } else {
    const m = NUMERIC_DATE.exec(stripTime(cell.trim()));
    if (!m) return false;
    a = Number(m[1]);
    b = Number(m[2]);
  }
  tally.numericSeen = true;
  if (a > 12 && b <= 12) tally.dayFirstSeen = true;
  if (b > 12 && a <= 12) tally.monthFirstSeen = true;
  return tally.dayFirstSeen && tally.monthFirstSeen;
}

/** True when nothing in the column settles whether 03/04/2024 is 4 March or 3 April. */
export function isAmbiguousOrder(evidence: DateOrderEvidence): boolean {
  return evidence.numericSeen && !evidence.dayFirstSeen && !evidence.monthFirstSeen;
}

/** Day-first only when the column proves it, or when nothing decides and the user asked for it. */
export function decideDayFirst(evidence: DateOrderEvidence, preferDayFirst: boolean): boolean {
  if (evidence.dayFirstSeen && !evidence.monthFirstSeen) return true;
  if (evidence.monthFirstSeen && !evidence.dayFirstSeen) return false;
  return preferDayFirst;
}

function stripTime(text: string): string {
  return text.replace(TIME_SUFFIX, '');
}

const orderName = (dayFirst: boolean): string => (dayFirst ? 'day first (DD/MM/YYYY)' : 'month first (MM/DD/YYYY)');

/*
 * The two layouts nearly every HR export uses, `MM/DD/YYYY` (or `DD/MM/YYYY`) and `YYYY-MM-DD`,
 * read by character codes: an import of 100,000 rows meets them hundreds of thousands of times.
 * Anything else, and every value that is not a real date, goes through the regular expressions.
 */
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const twoDigits = (text: string, i: number): number => (text.charCodeAt(i) - 48) * 10 + (text.charCodeAt(i + 1) - 48);
const isSeparator = (c: number): boolean => c === 47 || c === 45 || c === 46; // / - .

/** `nn/nn/nnnn` with `/`, `-` or `.` between the parts. */
function isNumericLayout(text: string): boolean {
  if (text.length !== 10) return false;
  const sep = text.charCodeAt(2);
  return isSeparator(sep) && text.charCodeAt(5) === sep && isDigitAt(text, 0) && isDigitAt(text, 1) && isDigitAt(text, 3)
    && isDigitAt(text, 4) && isDigitAt(text, 6) && isDigitAt(text, 7) && isDigitAt(text, 8) && isDigitAt(text, 9);
}

/** `nnnn-nn-nn` */
function isIsoLayout(text: string): boolean {
  return text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && isDigitAt(text, 0)
    && isDigitAt(text, 1) && isDigitAt(text, 2) && isDigitAt(text, 3) && isDigitAt(text, 5) && isDigitAt(text, 6)
    && isDigitAt(text, 8) && isDigitAt(text, 9);
}

/**
 * The date of a text cell in one of the common layouts, or null: then `parseDateCell` decides,
 * and gives the reason when it is not a date. Same answers as `parseDateCell` where not null.
 */
export function quickDate(text: string, dayFirst: boolean): IsoDate | null {
  if (isIsoLayout(text)) {
    const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
    return isoFromParts(year, twoDigits(text, 5), twoDigits(text, 8)) === null ? null : text;
  }
  if (!isNumericLayout(text)) return null;
  const first = twoDigits(text, 0);
  const second = twoDigits(text, 3);
  const year = twoDigits(text, 6) * 100 + twoDigits(text, 8);
  return dayFirst ? isoFromParts(year, second, first) : isoFromParts(year, first, second);
}

/** Reads one date cell; `dayFirst` is the column's order for `nn/nn/yyyy` values. */
export function parseDateCell(cell: RawCell, dayFirst: boolean): Parsed<IsoDate> {
  if (cell instanceof Date) {
    // exceljs gives date cells as UTC midnight of the calendar date shown in Excel.
    if (Number.isNaN(cell.getTime())) return fail('is not a date');
    const iso = isoFromParts(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    return iso ? ok(iso) : fail('is outside the range of dates this app accepts');
  }
  if (typeof cell === 'number') {
    const iso = excelSerialToIso(cell);
    return iso ? ok(iso) : fail('is a number that is not an Excel date');
  }
  if (typeof cell === 'boolean' || cell === null) return fail('is not a date');
  const text = cell.trim();
  const iso = ISO_LIKE.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), 'year-month-day (YYYY-MM-DD)');
  const plain = stripTime(text);
  const numeric = NUMERIC_DATE.exec(plain);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    const year = fullYear(numeric[3] ?? '');
    const [month, day] = dayFirst ? [second, first] : [first, second];
    if (month > 12) {
      return fail(`cannot be read: ${month} is not a month, and this column reads dates ${orderName(dayFirst)}`);
    }
    return fromParts(year, month, day, orderName(dayFirst));
  }
  const dmy = DAY_MONTH_NAME.exec(plain);
  if (dmy) {
    const month = monthNumber(dmy[2] ?? '');
    if (month !== undefined) return fromParts(fullYear(dmy[3] ?? ''), month, Number(dmy[1]), 'day-month-year');
  }
  const mdy = MONTH_NAME_DAY.exec(plain);
  if (mdy) {
    const month = monthNumber(mdy[1] ?? '');
    if (month !== undefined) return fromParts(Number(mdy[3]), month, Number(mdy[2]), 'month-day-year');
  }
  const compact = COMPACT.exec(plain);
  if (compact) return fromParts(Number(compact[1]), Number(compact[2]), Number(compact[3]), 'YYYYMMDD');
  if (SERIAL_TEXT.test(plain)) {
    const serial = excelSerialToIso(Number(plain));
    if (serial) return ok(serial);
  }
  return fail('is not a date this app can read (write dates as YYYY-MM-DD or MM/DD/YYYY)');
}

function fromParts(year: number, month: number, day: number, order: string): Parsed<IsoDate> {
  const iso = isoFromParts(year, month, day);
  if (iso) return ok(iso);
  return fail(`is not a real calendar date (read as ${order})`);
}

