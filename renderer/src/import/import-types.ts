import type { ImportField, ImportOptions, ImportValueMappings } from '../../../shared/types';
import { IMPORT_FIELD_LABELS } from '../../../shared/field-labels';

export type Mapping = Readonly<Record<string, ImportField | ''>>;

/** The value-step answers and the direct-coding answer, as chosen in this import. */
export interface ValueChoices {
  readonly valueMappings: ImportValueMappings;
  readonly directCoding: boolean;
}

export const NO_VALUE_CHOICES: ValueChoices = { valueMappings: {}, directCoding: true };

const hasAnswers = (m: ImportValueMappings): boolean => Object.values(m).some((r) => r !== undefined && Object.keys(r).length > 0);

/** The options sent with every preview and commit; the user's choices only. */
export function importOptions(mapping: Mapping, dayFirst: boolean | undefined, skipInvalid: boolean, choices: ValueChoices = NO_VALUE_CHOICES): ImportOptions {
  return {
    ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
    ...(dayFirst === undefined ? {} : { dayFirst }),
    skipInvalid,
    ...(hasAnswers(choices.valueMappings) ? { valueMappings: choices.valueMappings } : {}),
    ...(choices.directCoding ? {} : { directCoding: false }),
  };
}

/** The file name without its folder, for display. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The words a manager sees for an import field (`fte` → `FTE`). */
export function fieldLabel(field: ImportField): string {
  return IMPORT_FIELD_LABELS[field];
}

/** A remembered mapping whose headers are exactly this file's headers. */
export function findRememberedMapping(
  remembered: Readonly<Record<string, Readonly<Record<string, string>>>>,
  headers: readonly string[],
): Mapping | null {
  const wanted = new Set(headers);
  for (const mapping of Object.values(remembered)) {
    const keys = Object.keys(mapping);
    if (keys.length === wanted.size && keys.every((k) => wanted.has(k))) return mapping as Mapping;
  }
  return null;
}
