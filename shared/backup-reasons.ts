/**
 * Why a backup was taken, in words, from the reason its file name carries
 * (`roster-2026-01-02T10-15-00-123Z-before-import.json`).
 */
const REASONS: Readonly<Record<string, string>> = {
  startup: 'When the app started',
  'before-import': 'Before an import',
  'before-undo': 'Before an import was undone',
  'before-restore': 'Before a backup was restored',
  'before-bulk-change': 'Before a change to several people at once',
  manual: 'Taken by hand',
};

/** The reason slug in a backup's name; null when the name has none. */
export function backupReasonSlug(name: string): string | null {
  return /Z-([a-z0-9-]+)\.json$/.exec(name)?.[1] ?? null;
}

export function backupReason(name: string): string {
  const slug = backupReasonSlug(name);
  if (slug === null) return 'Reason not recorded';
  const known = REASONS[slug];
  if (known) return known;
  const migration = /^before-migration-from-v(\d+)$/.exec(slug);
  if (migration) return `Before the data file was updated from format ${migration[1]}`;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
