/** How a file is read: as a workbook, as delimited text, or not at all (the old binary .xls). */
export type FileKind = 'xlsx' | 'delimited' | 'xls';

/** The four bytes every zip archive (and so every .xlsx workbook) starts with. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
/** The start of an old binary Office file (OLE compound document), as .xls workbooks are. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const;

const startsWith = (head: Uint8Array, magic: readonly number[]): boolean =>
  head.length >= magic.length && magic.every((b, i) => head[i] === b);

/**
 * Decides from the file's first bytes, not its name: HR systems save delimited text as .txt, .tsv,
 * .psv, .dat or with no extension at all, and refusing a file for its name alone sends the manager
 * back to HR. A zip is a workbook whatever it is called; an OLE file is the old Excel format; a
 * text file called .xls (some systems write tab-separated text under that name) is read as text.
 */
export function fileKindOf(head: Uint8Array, name: string): FileKind {
  // A file called .xlsx that is not a zip is a damaged workbook, not text: the workbook reader says so.
  if (startsWith(head, ZIP_MAGIC) || name.toLowerCase().endsWith('.xlsx')) return 'xlsx';
  if (startsWith(head, OLE_MAGIC)) return 'xls';
  return 'delimited';
}
