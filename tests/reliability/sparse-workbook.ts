/** Workbooks whose few cells lie far apart on the sheet (a stray value at XFD1 or A1048576). */
import ExcelJS from 'exceljs';

/** A cell by its Excel reference (`XFD1`) and its value. */
export type SparseCell = readonly [ref: string, value: string | number];

/** The bytes of a one-sheet workbook holding exactly `cells`. */
export async function sparseWorkbook(cells: readonly SparseCell[], sheet = 'Staff'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const [ref, value] of cells) ws.getCell(ref).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A small HR table at A1 (a header and two people) to put stray cells beside. */
export const HR_CELLS: readonly SparseCell[] = [
  ['A1', 'Employee ID'], ['B1', 'Name'], ['C1', 'Certification'],
  ['A2', '000123'], ['B2', 'Lee, Ann'], ['C2', 'CCS'],
  ['A3', '000456'], ['B3', 'Kim, Bo'], ['C3', 'RHIT'],
];

/** Runs `work`, sampling the resident memory; returns how far it rose above where it started (MB). */
export async function peakGrowthMb(work: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 2);
  try {
    await work();
  } finally {
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return (peak - before) / (1024 * 1024);
}
