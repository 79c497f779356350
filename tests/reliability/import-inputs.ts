/**
 * fast-check generators of HR tables and files as they arrive in real life and worse: known and
 * unknown headers, wide numbered groups, formula-looking cells, dates on the edges of the
 * calendar and of Excel's serial numbers, huge fields, thousands of columns, and the bytes of
 * CSV files in several encodings and line endings.
 */
import fc from 'fast-check';
import type { RawCell, RawTable } from '../../electron/import/read-table';
import { columnLetters } from '../../electron/import/xlsx-grid';

const KNOWN_HEADERS = [
  'Employee ID', 'EMPLOYEE_ID', 'Person Number', 'Last Name', 'First Name', 'Name', 'Full Name', 'Department', 'Job Title',
  'Status', 'Hire Date', 'FTE', 'Email', 'RN', 'HS Diploma', 'Certification', 'Credential Code', 'Cert Number', 'Issued By',
  'Issue Date', 'Expiration Date', 'Verified On', 'CEUs', 'Experience Start', 'Experience End', 'Employer', 'Direct Coding',
  'Program', 'Completion Date', 'Components', 'CAHIIM Accredited', 'License Type 1', 'License Expiration Date 1',
  'License Type 2', 'License Number 2', 'License Expiration Date 2',
] as const;

/** Dates and numbers at the edges: year 0000 and 9999, 29 February in non-leap years, Excel serials 0, -1, 60, 2958466. */
export const EDGE_DATES = [
  '0000-01-01', '0000-00-00', '9999-12-31', '10000-01-01', '2023-02-29', '2100-02-29', '2024-02-29', '1900-02-29',
  '02/29/2023', '2/29/2100', '02/29/2024', '29/02/2023', '12/31/9999', '01/01/0000', '1/1/00', '13/13/2020', '00/00/0000',
  '2024-13-01', '2024-04-31', '31.12.2024', '2024/02/30', '20240229', 'Feb 29 2023', '29-Feb-2023',
] as const;
export const EDGE_SERIALS = [0, -1, 1, 59, 60, 61, 2958465, 2958466, 0.5, 45000.999, 1e15, -1e15, Number.MAX_VALUE] as const;
const FORMULAS = ['=HYPERLINK("http://x","y")', '+1-1', '-2+3', '@SUM(A1)', '=cmd|"/c calc"!A1', "'=1+1", '\t=1', '\r=1'] as const;
const CODES = ['CCS', 'ccs', 'CCS-P', 'RHIT', 'Certified Coding Specialist', 'CPC-A', 'XYZ', 'C C S', '', 'RHIA; RHIT'] as const;

const cellText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...EDGE_DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...FORMULAS) },
  { weight: 2, arbitrary: fc.constantFrom(...CODES) },
  { weight: 2, arbitrary: fc.stringMatching(/^0{0,3}\d{1,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('Y', 'N', 'yes', 'no', 'TRUE', 'x', 'active', 'Terminated', 'LOA', '1.0', '0.75', '2', '-0.5') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('Lee, Ann', 'O\'Brien, Seán', 'Smith Jr., Bob', ', ', ',', 'Zoë Łukasz', '李 华') },
);

export const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 8, arbitrary: cellText },
  { weight: 2, arbitrary: fc.constantFrom(...EDGE_SERIALS) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(-1, 0, 1)), max: new Date(Date.UTC(10_000, 0, 1)) }) },
);

const header = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KNOWN_HEADERS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });

/** A small table: up to 14 columns and 12 rows (size is not the point here; variety is). */
export const smallTable: fc.Arbitrary<RawTable> = fc
  .tuple(fc.uniqueArray(header, { minLength: 1, maxLength: 14 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 2, max: 5 }))
  .chain(([headers, rowCount, firstRowNumber]) =>
    fc
      .array(fc.array(rawCell, { minLength: headers.length, maxLength: headers.length }), { minLength: rowCount, maxLength: rowCount })
      .map((rows): RawTable => ({ file: 'fuzz.csv', sheet: null, headers, rows, firstRowNumber })),
  );

/** A table with thousands of columns, or a field of hundreds of thousands of characters. */
export const extremeTable: fc.Arbitrary<RawTable> = fc.oneof(
  fc.integer({ min: 1_000, max: 5_000 }).map((width): RawTable => {
    const headers = Array.from({ length: width }, (_, i) => (i === 0 ? 'Employee ID' : i === 1 ? 'Name' : `Column ${i + 1}`));
    const row = (id: string): RawCell[] => headers.map((_, i) => (i === 0 ? id : i === 1 ? 'Lee, Ann' : i % 7 === 0 ? '=1+1' : null));
    return { file: 'wide.csv', sheet: null, headers, rows: [row('1'), row('2')], firstRowNumber: 2 };
  }),
  fc.tuple(fc.integer({ min: 50_000, max: 600_000 }), fc.constantFrom('Name', 'Certification', 'Expiration Date', 'Employee ID', 'Notes'))
    .map(([length, column]): RawTable => ({
      file: 'huge-field.csv',
      sheet: null,
      headers: ['Employee ID', 'Name', column === 'Employee ID' || column === 'Name' ? 'Department' : column],
      rows: [[column === 'Employee ID' ? 'X'.repeat(length) : '7', column === 'Name' ? `Lee, ${'A'.repeat(length)}` : 'Lee, Ann', 'B'.repeat(length)]],
      firstRowNumber: 2,
    })),
);

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'windows-1252';

/** The bytes of `text` as a spreadsheet program or HR system might save it. */
export function encode(text: string, encoding: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'windows-1252':
      // Latin-1 bytes: what a windows-1252 file holds for these characters, with anything else lost.
      return Buffer.from([...text].map((ch) => (ch.charCodeAt(0) > 0xff ? '?' : ch)).join(''), 'latin1');
  }
}

function csvField(cell: RawCell, delimiter: string): string {
  const s = cell === null ? '' : cell instanceof Date ? (Number.isNaN(cell.getTime()) ? '' : cell.toISOString()) : String(cell);
  return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file's bytes: a generated table written with some delimiter, line ending and encoding, or plain random bytes. */
export const csvBytes: fc.Arbitrary<{ bytes: Buffer; label: string }> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        smallTable,
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.constantFrom<TextEncoding>('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'windows-1252'),
        fc.boolean(),
      )
      .map(([table, delimiter, eol, encoding, trailing]) => {
        const lines = [table.headers, ...table.rows].map((row) => row.map((c) => csvField(c, delimiter)).join(delimiter));
        const text = lines.join(eol) + (trailing ? eol : '');
        return { bytes: encode(text, encoding), label: `${encoding}, ${JSON.stringify(delimiter)}, ${JSON.stringify(eol)}` };
      }),
  },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 2_000 }).map((b) => ({ bytes: Buffer.from(b), label: 'random bytes' })) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 500 }).map((s) => ({ bytes: Buffer.from(`Employee ID,Name\n${s}`, 'utf8'), label: 'random text' })),
  },
);

/** A cell reference far or near: the first rows and columns, the sheet's last ones, or anywhere between. */
const sheetRow = fc.oneof(
  fc.integer({ min: 1, max: 20 }),
  fc.integer({ min: 1_048_560, max: 1_048_576 }),
  fc.integer({ min: 1, max: 1_048_576 }),
);
const sheetColumn = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 16_370, max: 16_384 }), fc.integer({ min: 1, max: 16_384 }));

/**
 * The cells of a sparse workbook: a small HR table at A1 (or none), and a few stray values placed
 * anywhere on the 1,048,576 × 16,384 sheet, the corners included.
 */
export const sparseCells: fc.Arbitrary<(readonly [string, string | number])[]> = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(sheetRow, sheetColumn, fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constantFrom('000123', 'Lee, Ann', 'CCS'))), {
      minLength: 1,
      maxLength: 8,
    }),
  )
  .map(([withTable, strays]) => {
    const cells = new Map<string, string | number>();
    if (withTable) {
      const table = [['Employee ID', 'Name', 'Certification'], ['000123', 'Lee, Ann', 'CCS'], ['000456', 'Kim, Bo', 'RHIT']];
      table.forEach((row, r) => row.forEach((value, c) => cells.set(`${columnLetters(c + 1)}${r + 1}`, value)));
    }
    for (const [row, column, value] of strays) cells.set(`${columnLetters(column)}${row}`, value);
    return [...cells];
  });

/** Names whose accented letters differ between UTF-8 and windows-1252 bytes, and plain ones. */
const FIRST_NAMES = ['José', 'Zoë', 'Renée', 'François', 'Søren', 'Åsa', 'Ann', 'Bo', 'Cy'] as const;
const LAST_NAMES = ['Núñez', 'Müller', 'Côté', 'Øyen', 'Ångström', 'Lee', 'Kim', 'Diaz'] as const;

export interface MixedEncodingFile {
  readonly bytes: Buffer;
  /** Each data row as written, in order (row 2 first), and how its line was encoded. */
  readonly rows: readonly { readonly id: string; readonly first: string; readonly last: string; readonly encoding: 'utf-8' | 'windows-1252' }[];
  readonly bom: boolean;
}

/** A CSV pasted together from exports saved in UTF-8 and in windows-1252, line by line, with or without a BOM. */
export const mixedEncodingCsv: fc.Arbitrary<MixedEncodingFile> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...LAST_NAMES), fc.constantFrom('utf-8', 'windows-1252') as fc.Arbitrary<'utf-8' | 'windows-1252'>), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.boolean(),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([people, bom, eol]) => {
    const rows = people.map(([first, last, encoding], i) => ({ id: String(i + 1).padStart(6, '0'), first, last, encoding }));
    const lines = rows.map((r) => Buffer.from(`${r.id},${r.first},${r.last}${eol}`, r.encoding === 'utf-8' ? 'utf8' : 'latin1'));
    const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(`Employee ID,First Name,Last Name${eol}`), ...lines]);
    return { bytes, rows, bom };
  });
