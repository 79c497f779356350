import { FIELD_LABELS } from '../../shared/field-labels';

/** "Credential ▸ Expiry date", "Files ▸ item 2"; the whole request when the path is empty. */
export function labelForPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The request';
  return path
    .map((key) => {
      if (typeof key === 'number') return `item ${key + 1}`;
      const name = String(key);
      return FIELD_LABELS[name] ?? `"${name}"`;
    })
    .join(' ▸ ');
}
