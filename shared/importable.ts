/**
 * The file names the window offers, accepts dropped and lets an import read: CSV, the delimited
 * text HR systems write (.txt, .tsv, .psv, .dat), and Excel workbooks. Which way a file is read is
 * decided from its content, not from this list; the list only keeps the window from reading files
 * that are no HR export at all.
 */
export const IMPORTABLE_EXTENSIONS = ['csv', 'txt', 'tsv', 'psv', 'dat', 'xlsx'] as const;

/** The extensions as words for messages. */
export const IMPORTABLE_WORDS = 'CSV, delimited text (.txt, .tsv, .psv, .dat) and Excel (.xlsx)';

/** True when a file of this name may be imported (case does not matter). */
export function isImportableName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return false;
  const ext = name.slice(dot + 1).toLowerCase();
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(ext);
}
