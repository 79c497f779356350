/**
 * What an import remembers for the next file, in the import's own write (undo keeps it, as it keeps every setting):
 * the column mapping per header set and the value-step answers. The window and the command line
 * both remember and both read what the other remembered.
 */
import type { ColumnMatch, ImportOptions, ImportPreview, RosterData } from '../../shared/types';
import { headerSignature } from './columns';
import { answersInUse } from './value-answers';

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

/** The mapping remembered for files with exactly these headers; undefined when none is. */
export function rememberedMapping(data: RosterData, headers: readonly string[]): Readonly<Record<string, string>> | undefined {
  const signature = headerSignature(headers);
  const mappings = data.settings.importMappings;
  return Object.hasOwn(mappings, signature) ? mappings[signature] : undefined;
}

/** The roster with the import's column mappings and value answers remembered. */
export function rememberChoices(next: RosterData, preview: ImportPreview, options: ImportOptions): RosterData {
  const withMappings = rememberMappings(next, preview.files.map((summary) => ({
    signature: headerSignature(summary.columns.map((c) => c.header)),
    mapping: mappingUsed(summary.columns, options.mapping),
  })));
  if (options.valueMappings === undefined) return withMappings;
  const importValueMappings = answersInUse(withMappings.settings.importValueMappings, options.valueMappings);
  return { ...withMappings, settings: { ...withMappings.settings, importValueMappings } };
}
