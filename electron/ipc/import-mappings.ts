import type { ColumnMatch, ImportOptions, RosterData } from '../../shared/types';

/** The column mapping actually used for a file: every header → its field, '' for an ignored column. */
export function mappingUsed(columns: readonly ColumnMatch[], overrides: ImportOptions['mapping']): Record<string, string> {
  const used: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const column of columns) {
    const override = overrides && Object.hasOwn(overrides, column.header) ? overrides[column.header] : undefined;
    used[column.header] = override ?? column.field ?? '';
  }
  return { ...used };
}

/** The roster with these mappings remembered under their header signatures (newer ones win). */
export function rememberMappings(
  data: RosterData,
  mappings: readonly { readonly signature: string; readonly mapping: Readonly<Record<string, string>> }[],
): RosterData {
  if (mappings.length === 0) return data;
  const importMappings: Record<string, Readonly<Record<string, string>>> = { ...data.settings.importMappings };
  for (const { signature, mapping } of mappings) {
    Object.defineProperty(importMappings, signature, { value: mapping, enumerable: true, writable: true, configurable: true });
  }
  return { ...data, settings: { ...data.settings, importMappings } };
}
