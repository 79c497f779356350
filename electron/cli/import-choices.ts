/** The import's `--map` and `--value` options: column and value choices written on the command line. */
import type { EmploymentStatus, ImportField, ImportValueKind, ImportValueMappings } from '../../shared/types';
import { EMPLOYMENT_STATUSES, IMPORT_FIELDS } from '../../shared/types';
import { BUILT_IN_CATALOG, lookupCredential, mergeCatalog } from '../../shared/catalog';
import type { CredentialDefinition } from '../../shared/types';
import { fieldForHeader } from '../import/columns';
import { valueKey } from '../import/credential-cell';
import { parseBoolean } from '../import/parse-values';
import { UsageError } from './cli-io';

/** `--map "Associate ID=employee_id"` (or `=Employee ID`, or `=` to ignore the column) → header → field. */
export function parseMapOptions(values: readonly string[]): Record<string, ImportField | ''> {
  const mapping: Record<string, ImportField | ''> = Object.create(null) as Record<string, ImportField | ''>;
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const header = at < 0 ? '' : value.slice(0, at).trim();
    if (at < 0 || header === '') {
      throw new UsageError(`--map needs "COLUMN=FIELD", like --map "Associate ID=employee_id" (got '${value}').`, 'import');
    }
    const target = value.slice(at + 1).trim();
    const field = target === '' ? '' : (IMPORT_FIELDS as readonly string[]).includes(target) ? (target as ImportField) : fieldForHeader(target);
    if (field === null) {
      throw new UsageError(`--map: "${target}" is not an import field. The fields are: ${IMPORT_FIELDS.join(', ')} (or nothing after = to ignore the column).`, 'import');
    }
    mapping[header] = field;
  }
  return { ...mapping };
}

const KIND_WORDS: Readonly<Record<string, ImportValueKind>> = {
  credential: 'credential', cred: 'credential', certification: 'credential', license: 'credential',
  status: 'employment_status', employment_status: 'employment_status', 'employment-status': 'employment_status',
  yes_no: 'yes_no', 'yes-no': 'yes_no', yesno: 'yes_no', boolean: 'yes_no',
};

/** Words that keep an unknown credential as the user's own rather than mapping it to the catalog. */
const OWN_WORDS = new Set(['own', 'user-defined', 'userdefined', 'keep', 'custom']);

interface ValueChoice {
  readonly kind: ImportValueKind;
  readonly key: string;
  readonly answer: string | boolean;
}

/**
 * `--value "status:Inactive=leave"`, `--value "credential:Coding Cert=CPC"`, `--value "yes-no:GED=yes"`.
 * Without a kind, the answer says it: a status word, yes or no, else a credential.
 */
export function parseValueOptions(values: readonly string[], custom: readonly CredentialDefinition[]): ImportValueMappings {
  const catalog = mergeCatalog(custom);
  const out: Record<ImportValueKind, Record<string, string | boolean>> = { credential: {}, employment_status: {}, yes_no: {} };
  for (const value of values) {
    const choice = parseValueOption(value, catalog);
    Object.defineProperty(out[choice.kind], choice.key, { value: choice.answer, enumerable: true, writable: true, configurable: true });
  }
  const result: { -readonly [K in keyof ImportValueMappings]: ImportValueMappings[K] } = {};
  if (Object.keys(out.credential).length > 0) result.credential = out.credential as Record<string, string>;
  if (Object.keys(out.employment_status).length > 0) result.employment_status = out.employment_status as Record<string, EmploymentStatus>;
  if (Object.keys(out.yes_no).length > 0) result.yes_no = out.yes_no as Record<string, boolean>;
  return result;
}

function parseValueOption(option: string, catalog: readonly CredentialDefinition[]): ValueChoice {
  const usage = `--value needs "VALUE=ANSWER", like --value "status:Inactive=leave" or --value "credential:Coding Cert=CPC" (got '${option}').`;
  const at = option.lastIndexOf('=');
  if (at < 0) throw new UsageError(usage, 'import');
  let written = option.slice(0, at).trim();
  const answer = option.slice(at + 1).trim();
  let kind: ImportValueKind | undefined;
  const colon = written.indexOf(':');
  if (colon > 0) {
    kind = KIND_WORDS[written.slice(0, colon).trim().toLowerCase()];
    if (kind !== undefined) written = written.slice(colon + 1).trim();
  }
  const key = valueKey(written);
  if (key === '' || answer === '') throw new UsageError(usage, 'import');
  const status = EMPLOYMENT_STATUSES.find((s) => s === answer.toLowerCase());
  const yesNo = parseBoolean(answer);
  kind ??= status !== undefined ? 'employment_status' : /^(yes|no|y|n)$/i.test(answer) ? 'yes_no' : 'credential';
  switch (kind) {
    case 'employment_status':
      if (status === undefined) throw new UsageError(`--value "${option}": a status must be ${EMPLOYMENT_STATUSES.join(', ')}.`, 'import');
      return { kind, key, answer: status };
    case 'yes_no':
      if (!yesNo.ok) throw new UsageError(`--value "${option}": a yes/no answer must be yes or no.`, 'import');
      return { kind, key, answer: yesNo.value };
    case 'credential': {
      if (OWN_WORDS.has(answer.toLowerCase())) return { kind, key, answer: '' };
      const def = lookupCredential(catalog, answer);
      if (def === undefined) {
        const codes = BUILT_IN_CATALOG.map((c) => c.code).join(', ');
        throw new UsageError(`--value "${option}": "${answer}" is not in the credential catalog (${codes}…), or write "own" to keep the value as your own credential.`, 'import');
      }
      return { kind, key, answer: def.code };
    }
  }
}
