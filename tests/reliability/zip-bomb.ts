/**
 * Writes .xlsx files built to exhaust a reader's memory, at test time (they are a few megabytes
 * on disk and would be gigabytes unpacked): a small zip writer, with the huge sheet made of one
 * compressed chunk repeated. Deflate pieces flushed with Z_SYNC_FLUSH end on a byte boundary and
 * carry no final-block bit, so they can be laid end to end and closed with an empty final block.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';

interface Part {
  readonly name: string;
  /** The entry's content as pieces; a piece may be repeated many times. */
  readonly pieces: readonly { readonly data: Buffer; readonly times: number }[];
  /** Size written into the headers instead of the true one (a lying archive). */
  readonly declaredSize?: number;
}

const text = (s: string): Buffer => Buffer.from(s, 'utf8');

const CONTENT_TYPES = text(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
);
const ROOT_RELS = text(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
);
const WORKBOOK = text(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
const WORKBOOK_RELS = text(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
);
const SHEET_HEAD = text(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Employee ID</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>',
);
const SHEET_TAIL = text('</t></is></c></row></sheetData></worksheet>');
/** One mebibyte of digits: the inside of the one data cell, repeated as often as wanted. */
const ROWS_MIB = text('0123456789abcdef'.repeat(65_536));

const once = (data: Buffer) => ({ data, times: 1 });

function workbookParts(sheet: Part['pieces'], declaredSheetSize?: number): Part[] {
  return [
    { name: '[Content_Types].xml', pieces: [once(CONTENT_TYPES)] },
    { name: '_rels/.rels', pieces: [once(ROOT_RELS)] },
    { name: 'xl/workbook.xml', pieces: [once(WORKBOOK)] },
    { name: 'xl/_rels/workbook.xml.rels', pieces: [once(WORKBOOK_RELS)] },
    { name: 'xl/worksheets/sheet1.xml', pieces: sheet, ...(declaredSheetSize === undefined ? {} : { declaredSize: declaredSheetSize }) },
  ];
}

/** A workbook whose one sheet unpacks to `mebibytes` MiB of rows (under 4096: no zip64 needed). */
export function writeZipBomb(file: string, mebibytes: number): void {
  writeZip(file, workbookParts([once(SHEET_HEAD), { data: ROWS_MIB, times: mebibytes }, once(SHEET_TAIL)]));
}

/** The same, but the headers claim the sheet is 10 kB: only inflating it shows the truth. */
export function writeLyingZipBomb(file: string, mebibytes: number): void {
  writeZip(file, workbookParts([once(SHEET_HEAD), { data: ROWS_MIB, times: mebibytes }, once(SHEET_TAIL)], 10_000));
}

/** A small, valid workbook plus `extra` tiny parts. */
export function writeManyPartsZip(file: string, extra: number): void {
  const parts = workbookParts([once(SHEET_HEAD), once(SHEET_TAIL)]);
  for (let i = 0; i < extra; i += 1) parts.push({ name: `customXml/item${i}.xml`, pieces: [once(text('<x/>'))] });
  writeZip(file, parts);
}

function writeZip(file: string, parts: readonly Part[]): void {
  const out = fs.openSync(file, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  const put = (buf: Buffer): void => {
    fs.writeSync(out, buf);
    offset += buf.length;
  };
  try {
    for (const part of parts) {
      let crc = 0;
      let size = 0;
      const compressed: Buffer[] = [];
      for (const piece of part.pieces) {
        const deflated = zlib.deflateRawSync(piece.data, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
        for (let i = 0; i < piece.times; i += 1) {
          crc = zlib.crc32(piece.data, crc);
          size += piece.data.length;
          compressed.push(deflated);
        }
      }
      // An empty stored block with the final bit set closes the deflate stream.
      compressed.push(Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]));
      const data = Buffer.concat(compressed);
      const declared = part.declaredSize ?? size;
      const name = text(part.name);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(8, 8);
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(declared, 22);
      local.writeUInt16LE(name.length, 26);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(8, 10);
      entry.writeUInt32LE(crc >>> 0, 16);
      entry.writeUInt32LE(data.length, 20);
      entry.writeUInt32LE(declared, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(offset, 42);
      central.push(entry, name);
      put(local);
      put(name);
      put(data);
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    put(directory);
    put(end);
  } finally {
    fs.closeSync(out);
  }
}
