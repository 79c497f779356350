/** Reads the credential, experience period and education record of one numbered column group of a row. */
import { credentialInputSchema, educationInputSchema, experienceInputSchema } from '../../shared/ipc';
import type { ImportField } from '../../shared/types';
import { cellText } from './columns';
import { parseComponents, parseNumber, parseText } from './parse-values';
import { allFieldsStored, isStoredCredentialField, isStoredEducationField, isStoredExperienceField } from '../store/canonical-person';
import { CREDENTIAL_FIELDS, EDUCATION_FIELDS, EXPERIENCE_FIELDS, pick, type Column, type GroupLayout } from './row-layout';
import { dropUndefined, reportIssues, sourceOf, type RowContext } from './row-context';
import type { CredentialResolver, CredentialRow, EducationRow, ExperienceRow } from './row-records';

/** Dates reach the schema already proven real by `parseDateCell`, so they are not checked twice. */
const CREDENTIAL_SCHEMA = credentialInputSchema.omit({ earnedOn: true, expiresOn: true, verifiedOn: true });

function firstPresent(ctx: RowContext, group: GroupLayout, fields: readonly ImportField[]): Column | undefined {
  for (const field of fields) {
    const column = pick(ctx.cells, group, field);
    if (column) return column;
  }
  return undefined;
}

export function readCredential(ctx: RowContext, group: GroupLayout, resolve: CredentialResolver): CredentialRow | null {
  const nameCell = pick(ctx.cells, group, 'credential');
  if (!nameCell) {
    const first = firstPresent(ctx, group, CREDENTIAL_FIELDS);
    if (!first) return null;
    ctx.add(first, first.header, `${first.header} is filled in but the credential itself is blank; fill in the credential (e.g. CCS) or clear the row's credential columns.`);
    return null;
  }
  const written = parseText(ctx.raw(nameCell));
  const resolved = resolve(written);
  const numberCell = pick(ctx.cells, group, 'credential_number');
  const issuerCell = pick(ctx.cells, group, 'issuer');
  const expiresCell = pick(ctx.cells, group, 'expires_on');
  const ceuCell = pick(ctx.cells, group, 'ceus_earned');
  const number = ctx.text(numberCell);
  const issuer = ctx.text(issuerCell);
  const earnedOn = ctx.date(pick(ctx.cells, group, 'earned_on'));
  const expiresOn = ctx.date(expiresCell);
  const verifiedOn = ctx.date(pick(ctx.cells, group, 'verified_on'));
  const ceusEarned = ceuCell ? ctx.parse(ceuCell, parseNumber) : undefined;
  let code = resolved.code;
  const stored = isStoredCredentialField('code', code)
    && (number === undefined || isStoredCredentialField('number', number))
    && (issuer === undefined || isStoredCredentialField('issuer', issuer))
    && (ceusEarned === undefined || isStoredCredentialField('ceusEarned', ceusEarned));
  if (!stored) {
    const checked = CREDENTIAL_SCHEMA.safeParse(dropUndefined({ code, number, issuer, ceusEarned }));
    if (!checked.success) {
      const cellFor: Readonly<Record<string, Column | undefined>> = { code: nameCell, number: numberCell, issuer: issuerCell, ceusEarned: ceuCell };
      reportIssues(ctx, checked.error.issues, (k) => sourceOf(ctx, cellFor[k] ?? nameCell));
      return null;
    }
    code = checked.data.code;
  }
  if (expiresOn && earnedOn && expiresOn < earnedOn) {
    const header = expiresCell?.header ?? '';
    ctx.add(expiresCell, header, `${expiresCell?.header ?? 'Expiration date'} "${cellText(expiresCell ? ctx.raw(expiresCell) : null)}" is before the date the credential was earned (${earnedOn}).`);
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

export function readExperience(ctx: RowContext, group: GroupLayout): ExperienceRow | null {
  const startCell = pick(ctx.cells, group, 'experience_start');
  if (!startCell) {
    const first = firstPresent(ctx, group, EXPERIENCE_FIELDS);
    if (!first) return null;
    ctx.add(first, first.header, `${first.header} is filled in but the experience start date is blank; a coding experience period needs a start date.`);
    return null;
  }
  const employerCell = pick(ctx.cells, group, 'employer');
  const endCell = pick(ctx.cells, group, 'experience_end');
  const directCell = pick(ctx.cells, group, 'direct_coding');
  const period = {
    employer: ctx.text(employerCell),
    start: ctx.date(startCell),
    end: ctx.date(endCell),
    directCoding: directCell ? ctx.parse(directCell, ctx.values.yesNo) : undefined,
  };
  if (period.start === undefined) return null;
  const values = { ...dropUndefined(period), directCoding: period.directCoding ?? false };
  const stored = allFieldsStored(values, isStoredExperienceField) && (values.end === undefined || values.end >= period.start);
  const checked = stored ? null : experienceInputSchema.safeParse(values);
  if (checked && !checked.success) {
    const cellFor: Readonly<Record<string, Column | undefined>> = { employer: employerCell, start: startCell, end: endCell };
    reportIssues(ctx, checked.error.issues, (k) => sourceOf(ctx, cellFor[k] ?? startCell));
    return null;
  }
  return dropUndefined(period) as ExperienceRow;
}

export function readEducation(ctx: RowContext, group: GroupLayout): EducationRow | null {
  const programCell = pick(ctx.cells, group, 'program_name');
  if (!programCell) {
    const first = firstPresent(ctx, group, EDUCATION_FIELDS);
    if (!first) return null;
    ctx.add(first, first.header, `${first.header} is filled in but the program name is blank; an education record needs the program's name.`);
    return null;
  }
  const completedCell = pick(ctx.cells, group, 'completed_on');
  const componentsCell = pick(ctx.cells, group, 'components');
  const cahiimCell = pick(ctx.cells, group, 'cahiim_accredited');
  const record = {
    program: parseText(ctx.raw(programCell)),
    completedOn: ctx.date(completedCell),
    components: componentsCell ? ctx.parse(componentsCell, parseComponents, false) : undefined,
    cahiimAccredited: cahiimCell ? ctx.parse(cahiimCell, ctx.values.yesNo) : undefined,
  };
  const values = { ...dropUndefined(record), components: record.components ?? [] };
  const checked = allFieldsStored(values, isStoredEducationField) ? null : educationInputSchema.safeParse(values);
  if (checked && !checked.success) {
    const cellFor: Readonly<Record<string, Column | undefined>> = { program: programCell, completedOn: completedCell, components: componentsCell };
    reportIssues(ctx, checked.error.issues, (k) => sourceOf(ctx, cellFor[k] ?? programCell));
    return null;
  }
  return dropUndefined(record) as EducationRow;
}
