import { once } from 'node:events';
import { neutraliseFormula } from './formula-guard';
import { writeThroughPartial } from './partial-file';
import { CSV_LINE_END, quoteCsvField } from '../import/csv-cell';
import type { ProgressCounter } from './progress';
import type { Cell, Table } from './table';

const LINE_END = CSV_LINE_END;
/** Lines gathered before each write to the file. */
const CHUNK_LINES = 500;

/**
 * Writes one table as CSV: UTF-8 with a byte-order mark (so Excel picks the right encoding), CRLF
 * line ends, dates as `YYYY-MM-DD`, numbers unformatted, text guarded against formulas. Like the
 * workbooks, it appears under its name only when complete (partial-file.ts).
 */
export async function writeCsv(outFile: string, table: Table, progress: ProgressCounter): Promise<void> {
  await writeThroughPartial(outFile, async (out) => {
    const failed = new Promise<never>((_, reject) => out.once('error', reject));
    failed.catch(() => undefined);
    let chunk = `\uFEFF${csvLine(table.columns.map((c) => c.header))}${LINE_END}`;
    let lines = 0;
    for (const row of table.rows) {
      chunk += csvLine(row.map(csvText)) + LINE_END;
      progress.tick();
      if (++lines % CHUNK_LINES === 0) {
        if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
        chunk = '';
      }
    }
    out.end(chunk);
    await Promise.race([once(out, 'finish'), failed]);
  });
}

function csvText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.date;
  if (typeof cell === 'number') return String(cell);
  return neutraliseFormula(cell);
}

function csvLine(fields: readonly string[]): string {
  return fields.map(quoteCsvField).join(',');
}
