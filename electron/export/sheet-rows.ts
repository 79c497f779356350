import type ExcelJS from 'exceljs';
import type { CellValue } from './cell-content';

/**
 * Writes plain data rows of a streaming exceljs sheet as sheet XML, the same XML exceljs writes for
 * them, without building exceljs row and cell objects. exceljs spends most of a large export on those
 * objects (an address string, a style merge and an XML tree per cell); a 50,000-person roster has
 * two million cells. Rows that need more than values and shared styles (a row height, a bold total
 * line) still go through exceljs, which numbers its rows from the sheet's row number, so the two
 * kinds of row can follow each other in any order.
 *
 * It relies on two parts of exceljs 4.4's streaming writer that its typings leave out: the workbook's
 * style table (`styles.addStyleModel`, the call exceljs makes for every cell) and the sheet's part
 * stream (`stream.write`). The export tests read such workbooks back with exceljs and LibreOffice.
 */

interface StyleTable {
  addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number;
}
interface PartStream {
  write(xml: string): unknown;
}

/** exceljs's value types, which its style table takes into account for cells with no number format. */
const VALUE_TYPE = { null: 0, number: 2, string: 3, date: 4 } as const;
/** Excel's serial number of 1970-01-01, the day Date times count from. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 24 * 3600 * 1000;
/** Rows are handed to the sheet's stream in chunks of about this many characters. */
const CHUNK = 1 << 16;

export class SheetRowWriter {
  private readonly styles: StyleTable;
  private readonly stream: PartStream;
  /** Style ids by style object, found as exceljs finds them: by identity, first use decides. */
  private readonly styleIds = new Map<Partial<ExcelJS.Style>, number>();
  private readonly letters: string[] = [];
  private readonly rowStyle: Partial<ExcelJS.Style>;
  // The row being written: reused from row to row.
  private rowNumber = 0;
  private count = 0;
  private readonly values: CellValue[] = [];
  private readonly cellStyles: Partial<ExcelJS.Style>[] = [];
  private pending = '';

  /** `rowStyle` is the style every row written here has (its id is looked up before the row's cells, as exceljs does). */
  constructor(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet, rowStyle: Partial<ExcelJS.Style>) {
    this.styles = (workbook as unknown as { styles: StyleTable }).styles;
    this.stream = (sheet as unknown as { stream: PartStream }).stream;
    this.rowStyle = rowStyle;
  }

  startRow(rowNumber: number): void {
    this.rowNumber = rowNumber;
    this.count = 0;
  }

  cell(value: CellValue, style: Partial<ExcelJS.Style>): void {
    this.values[this.count] = value;
    this.cellStyles[this.count] = style;
    this.count += 1;
  }

  /** Adds the row's XML; like exceljs, a row with no value at all is left out. */
  endRow(): void {
    let hasValue = false;
    for (let c = 0; c < this.count; c += 1) if (this.values[c] !== null) hasValue = true;
    if (!hasValue) return;
    const r = this.rowNumber;
    const rowStyleId = this.styleId(this.rowStyle, undefined);
    let xml = `<row r="${r}" spans="1:${this.count}"`;
    if (rowStyleId !== 0) xml += ` s="${rowStyleId}" customFormat="1"`;
    xml += ' x14ac:dyDescent="0.25">';
    for (let c = 0; c < this.count; c += 1) {
      const value = this.values[c] ?? null;
      const styleId = this.styleId(this.cellStyles[c]!, valueType(value));
      if (value === null && styleId === 0) continue;
      xml += `<c r="${this.letter(c)}${r}"`;
      if (styleId !== 0) xml += ` s="${styleId}"`;
      if (value === null) xml += '/>';
      else if (typeof value === 'string') xml += ` t="str"><v>${xmlText(value)}</v></c>`;
      else if (typeof value === 'number') xml += `><v>${xmlText(String(value))}</v></c>`;
      else xml += `><v>${UNIX_EPOCH_SERIAL + value.getTime() / MS_PER_DAY}</v></c>`;
    }
    this.pending += `${xml}</row>`;
    if (this.pending.length >= CHUNK) this.flush();
  }

  /** Hands the rows added so far to the sheet; call before exceljs writes a row of its own, and at the end. */
  flush(): void {
    if (this.pending === '') return;
    this.stream.write(this.pending);
    this.pending = '';
  }

  private styleId(style: Partial<ExcelJS.Style>, cellType: number | undefined): number {
    let id = this.styleIds.get(style);
    if (id === undefined) {
      id = this.styles.addStyleModel(style, cellType);
      this.styleIds.set(style, id);
    }
    return id;
  }

  private letter(c: number): string {
    let letter = this.letters[c];
    if (letter === undefined) {
      letter = columnLetter(c + 1);
      this.letters[c] = letter;
    }
    return letter;
  }
}

function valueType(value: CellValue): number {
  if (value === null) return VALUE_TYPE.null;
  if (typeof value === 'string') return VALUE_TYPE.string;
  if (typeof value === 'number') return VALUE_TYPE.number;
  return VALUE_TYPE.date;
}

/**
 * Text for an XML element, escaped as exceljs escapes it: markup characters become entities, and the
 * control characters XML 1.0 cannot hold (all below 0x20 except tab, line feed and carriage return,
 * and DEL) are dropped.
 */
export function xmlText(text: string): string {
  let i = 0;
  while (i < text.length && !needsEscape(text.charCodeAt(i))) i += 1;
  // Most text has nothing to escape and is returned as it is.
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!needsEscape(code)) out += text[i];
    else if (code === 34) out += '&quot;';
    else if (code === 38) out += '&amp;';
    else if (code === 39) out += '&apos;';
    else if (code === 60) out += '&lt;';
    else if (code === 62) out += '&gt;';
    // Anything else that needs escaping is a control character, dropped.
  }
  return out;
}

/** " & ' < > and the control characters XML 1.0 cannot hold (below 0x20 but tab, LF and CR; DEL). */
function needsEscape(code: number): boolean {
  if (code < 32) return code !== 9 && code !== 10 && code !== 13;
  return code === 34 || code === 38 || code === 39 || code === 60 || code === 62 || code === 127;
}

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
