/**
 * Files built to exhaust memory are refused, with a message, before anything big is unpacked:
 * a zip bomb (an .xlsx whose sheet unpacks to 2 GB), one that lies about its sizes, one with too
 * many parts, an .xlsx over 20 MB and a CSV over 50 MB. Peak memory is sampled while each is read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_MAX_BYTES, ImportFileError, XLSX_MAX_BYTES, readTable } from '../../electron/import/read-table';
import { XLSX_MAX_ENTRIES, XLSX_MAX_UNPACKED_BYTES } from '../../electron/import/zip-guard';
import { commitImport } from '../../electron/import/commit';
import { RosterStore } from '../../electron/store/roster-store';
import { writeLyingZipBomb, writeManyPartsZip, writeZipBomb } from '../reliability/zip-bomb';
import { person, rosterWith } from '../fixtures/store/roster-builders';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-limits-'));
const file = (name: string): string => path.join(dir, name);
/** Unpacked size of the bomb: 2 GiB less one MiB keeps it a plain (not zip64) archive. */
const BOMB_MIB = 2047;
/** Memory a refusal may take at most; inflating the bomb would take over 2,000 MB. */
const MAX_GROWTH_MB = 150;

beforeAll(() => {
  writeZipBomb(file('bomb.xlsx'), BOMB_MIB);
  writeLyingZipBomb(file('liar.xlsx'), BOMB_MIB);
  writeManyPartsZip(file('many-parts.xlsx'), XLSX_MAX_ENTRIES);
  writeZipBomb(file('fine.xlsx'), 2);
  fs.writeFileSync(file('big.xlsx'), 'x');
  fs.truncateSync(file('big.xlsx'), XLSX_MAX_BYTES + 1);
  fs.writeFileSync(file('big.csv'), 'Employee ID,Last Name\n');
  fs.truncateSync(file('big.csv'), CSV_MAX_BYTES + 1);
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `work`, sampling the resident memory; returns how far it rose above where it started (MB). */
async function peakGrowth(work: () => Promise<unknown>): Promise<number> {
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

async function refusal(name: string): Promise<{ message: string; growthMb: number; ms: number }> {
  let message = '';
  const started = performance.now();
  const growthMb = await peakGrowth(async () => {
    try {
      await readTable(file(name));
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      message = (error as Error).message;
    }
  });
  expect(message, `${name} was read instead of refused`).not.toBe('');
  return { message, growthMb, ms: performance.now() - started };
}

describe('import size limits', () => {
  it('states the limits', () => {
    expect(XLSX_MAX_UNPACKED_BYTES).toBe(200 * 1024 * 1024);
    expect(XLSX_MAX_ENTRIES).toBe(2000);
    expect(XLSX_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(CSV_MAX_BYTES).toBe(50 * 1024 * 1024);
    // The bomb is small on disk: the file size limit alone cannot stop it.
    expect(fs.statSync(file('bomb.xlsx')).size).toBeLessThan(XLSX_MAX_BYTES);
  });

  it('refuses a zip bomb from the sizes it declares, before unpacking it', async () => {
    const r = await refusal('bomb.xlsx');
    expect(r.message).toBe(
      '"bomb.xlsx" cannot be imported: it unpacks to 2,047 MB, more than the 200 MB that can be read safely. Save the sheet as CSV (or split it) and import that instead.',
    );
    console.log(`zip bomb (${BOMB_MIB} MiB unpacked, ${(fs.statSync(file('bomb.xlsx')).size / 1e6).toFixed(1)} MB on disk): refused in ${r.ms.toFixed(0)} ms, memory +${r.growthMb.toFixed(0)} MB`);
    expect(r.growthMb).toBeLessThan(MAX_GROWTH_MB);
  });

  it('refuses a zip bomb that declares small sizes, stopping the inflation early', async () => {
    const r = await refusal('liar.xlsx');
    expect(r.message).toMatch(/^"liar.xlsx" cannot be imported: its parts unpack to more than their recorded sizes/);
    console.log(`lying zip bomb: refused in ${r.ms.toFixed(0)} ms, memory +${r.growthMb.toFixed(0)} MB`);
    expect(r.growthMb).toBeLessThan(MAX_GROWTH_MB);
  });

  it('refuses a workbook with too many parts', async () => {
    const r = await refusal('many-parts.xlsx');
    expect(r.message).toMatch(/^"many-parts.xlsx" cannot be imported: it holds more than the 2,000 parts/);
  });

  it('still reads a workbook built the same way within the limits', async () => {
    const table = await readTable(file('fine.xlsx'));
    expect(table.headers).toEqual(['Employee ID']);
    expect(String(table.rows[0]?.[0])).toHaveLength(2 * 1024 * 1024);
  });

  it.each([
    ['big.xlsx', /"big.xlsx" is 20 MB; the largest Excel file that can be imported is 20 MB/],
    ['big.csv', /"big.csv" is 50 MB; the largest CSV file that can be imported is 50 MB/],
  ])('refuses %s over the file size limit without reading it', async (name, says) => {
    const r = await refusal(name);
    expect(r.message).toMatch(says);
    expect(r.growthMb).toBeLessThan(MAX_GROWTH_MB);
  });

  it('leaves the roster byte for byte as it was when any of them is committed', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-limits-store-'));
    const { store } = RosterStore.open({ dataDir });
    store.write(rosterWith(person('000001'), person('000002')));
    const before = fs.readFileSync(store.dataFile);
    for (const name of ['bomb.xlsx', 'liar.xlsx', 'many-parts.xlsx', 'big.xlsx', 'big.csv']) {
      await expect(commitImport(store, [file(name)], {})).rejects.toBeInstanceOf(ImportFileError);
      expect(fs.readFileSync(store.dataFile).equals(before), name).toBe(true);
    }
    // Nothing was backed up either: the refusal came before the commit started.
    expect(store.listBackups()).toEqual([]);
  });
});
