/** Reads the credential, experience period and education record of one numbered column group of a row. */
import { credentialInputSchema, educationInputSchema, experienceInputSchema } from '../../shared/schemas';
import type { ImportField } from '../../shared/types';
import { cellText } from './columns';
import { parseComponents, parseNumber, parseText } from './parse-values';
import { allFieldsStored, isStoredCredentialField, isStoredEducationField, isStoredExperienceField } from '../store/canonical-person';
import { CREDENTIAL_FIELDS, EDUCATION_FIELDS, EXPERIENCE_FIELDS, pick, type Column, type GroupLayout } from './row-layout';
import { reportIssues, sourceOf, type RowBeingRead } from './row-being-read';
import { withoutUndefined } from '../../shared/without-undefined';
import type { CredentialResolver, CredentialRow, EducationRow, ExperienceRow } from './row-records';

/** Dates reach the schema already proven real by `parseDateCell`, so they are not checked twice. */
const CREDENTIAL_SCHEMA = credentialInputSchema.omit({ earnedOn: true, expiresOn: true, verifiedOn: true });

function firstPresent(current: RowBeingRead, group: GroupLayout, fields: readonly ImportField[]): Column | undefined {
  for (const field of fields) {
    const column = pick(current.cells, group, field);
    if (column) return column;
  }
  return undefined;
}

export function readCredential(current: RowBeingRead, group: GroupLayout, resolve: CredentialResolver): CredentialRow | null {
  const nameCell = pick(current.cells, group, 'credential');
  if (!nameCell) {
    const first = firstPresent(current, group, CREDENTIAL_FIELDS);
    if (!first) return null;
    current.add(first, first.header, `${first.header} is filled in but the credential itself is blank; fill in the credential (e.g. CCS) or clear the row's credential columns.`);
    return null;
  }
  const written = parseText(current.raw(nameCell));
  const resolved = resolve(written);
  const numberCell = pick(current.cells, group, 'credential_number');
  const issuerCell = pick(current.cells, group, 'issuer');
  const expiresCell = pick(current.cells, group, 'expires_on');
  const ceuCell = pick(current.cells, group, 'ceus_earned');
  const number = current.text(numberCell);
  const issuer = current.text(issuerCell);
  const earnedOn = current.date(pick(current.cells, group, 'earned_on'));
  const expiresOn = current.date(expiresCell);
  const verifiedOn = current.date(pick(current.cells, group, 'verified_on'));
  const ceusEarned = ceuCell ? current.parse(ceuCell, parseNumber) : undefined;
  let code = resolved.code;
  const stored = isStoredCredentialField('code', code)
    && (number === undefined || isStoredCredentialField('number', number))
    && (issuer === undefined || isStoredCredentialField('issuer', issuer))
    && (ceusEarned === undefined || isStoredCredentialField('ceusEarned', ceusEarned));
  if (!stored) {
    const checked = CREDENTIAL_SCHEMA.safeParse(withoutUndefined({ code, number, issuer, ceusEarned }));
    if (!checked.success) {
      const cellFor: Readonly<Record<string, Column | undefined>> = { code: nameCell, number: numberCell, issuer: issuerCell, ceusEarned: ceuCell };
      reportIssues(current, checked.error.issues, (k) => sourceOf(current, cellFor[k] ?? nameCell));
      return null;
    }
    code = checked.data.code;
  }
  if (expiresOn && earnedOn && expiresOn < earnedOn) {
    const header = expiresCell?.header ?? '';
    current.add(expiresCell, header, `${expiresCell?.header ?? 'Expiration date'} "${cellText(expiresCell ? current.raw(expiresCell) : null)}" is before the date the credential was earned (${earnedOn}).`);
    return null;
  }
  const credential: Mutable<CredentialRow> = {
    code, unknownName: resolved.known ? null : resolved.name, asked: resolved.asked, source: { column: nameCell.header, value: written },
  };
  if (number !== undefined) credential.number = number;
  if (issuer !== undefined) credential.issuer = issuer;
  if (earnedOn !== undefined) credential.earnedOn = earnedOn;
  if (expiresOn !== undefined) credential.expiresOn = expiresOn;
  if (verifiedOn !== undefined) credential.verifiedOn = verifiedOn;
  if (ceusEarned !== undefined) credential.ceusEarned = ceusEarned;
  return credential;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function readExperience(current: RowBeingRead, group: GroupLayout): ExperienceRow | null {
  const startCell = pick(current.cells, group, 'experience_start');
  if (!startCell) {
    const first = firstPresent(current, group, EXPERIENCE_FIELDS);
    if (!first) return null;
    current.add(first, first.header, `${first.header} is filled in but the experience start date is blank; a coding experience period needs a start date.`);
    return null;
  }
  const employerCell = pick(current.cells, group, 'employer');
  const endCell = pick(current.cells, group, 'experience_end');
  const directCell = pick(current.cells, group, 'direct_coding');
  const period = {
    employer: current.text(employerCell),
    start: current.date(startCell),
    end: current.date(endCell),
    directCoding: directCell ? current.parse(directCell, current.values.yesNo) : undefined,
  };
  if (period.start === undefined) return null;
  const values = { ...withoutUndefined(period), directCoding: period.directCoding ?? false };
  const stored = allFieldsStored(values, isStoredExperienceField) && (values.end === undefined || values.end >= period.start);
  const checked = stored ? null : experienceInputSchema.safeParse(values);
  if (checked && !checked.success) {
    const cellFor: Readonly<Record<string, Column | undefined>> = { employer: employerCell, start: startCell, end: endCell };
    reportIssues(current, checked.error.issues, (k) => sourceOf(current, cellFor[k] ?? startCell));
    return null;
  }
  return withoutUndefined(period) as ExperienceRow;
}

export function readEducation(current: RowBeingRead, group: GroupLayout): EducationRow | null {
  const programCell = pick(current.cells, group, 'program_name');
  if (!programCell) {
    const first = firstPresent(current, group, EDUCATION_FIELDS);
    if (!first) return null;
    current.add(first, first.header, `${first.header} is filled in but the program name is blank; an education record needs the program's name.`);
    return null;
  }
  const completedCell = pick(current.cells, group, 'completed_on');
  const componentsCell = pick(current.cells, group, 'components');
  const cahiimCell = pick(current.cells, group, 'cahiim_accredited');
  const record = {
    program: parseText(current.raw(programCell)),
    completedOn: current.date(completedCell),
    components: componentsCell ? current.parse(componentsCell, parseComponents, false) : undefined,
    cahiimAccredited: cahiimCell ? current.parse(cahiimCell, current.values.yesNo) : undefined,
  };
  const values = { ...withoutUndefined(record), components: record.components ?? [] };
  const checked = allFieldsStored(values, isStoredEducationField) ? null : educationInputSchema.safeParse(values);
  if (checked && !checked.success) {
    const cellFor: Readonly<Record<string, Column | undefined>> = { program: programCell, completedOn: completedCell, components: componentsCell };
    reportIssues(current, checked.error.issues, (k) => sourceOf(current, cellFor[k] ?? programCell));
    return null;
  }
  return withoutUndefined(record) as EducationRow;
}
