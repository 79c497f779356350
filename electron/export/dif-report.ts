import { credentialStatus } from '../../shared/credential-status';
import { DIF_COUNTING_RULE, difAcceptedCodes, difRows, difSummary, type DifRow, type DifUnitSummary } from '../../shared/dif';
import { catalogIndex, lookupCredential, mergeCatalog, normaliseCredentialKey } from '../../shared/catalog';
import { aboutTable } from './about-sheet';
import { filterLines, filterSummary, type ReportBuild, type ReportContext } from './report-context';
import { stateLabel } from './state-label';
import type { Row, Table } from './table';
import { date, decimal, id, integer, percent, text, yesNo } from './table';

export const DIF_SHEETS = {
  summary: 'Summary by unit',
  detail: 'Detail',
  accepted: 'Accepted certifications',
} as const;

const NOT_CERTIFIED = 'No accepted certification active';

/** The Magnet DIF/DDCT certification workbook (DOMAIN.md section 5). */
export function buildDifReport(ctx: ReportContext): ReportBuild {
  const rows = difRows(ctx.roster, { asOf: ctx.asOf, rnOnly: ctx.rnOnly, allEmployees: ctx.allEmployees });
  const summary = difSummary(rows);
  const accepted = difAcceptedCodes(ctx.roster);
  const noFte = rows.filter((r) => !r.fteRecorded).length;
  const title = 'Magnet DIF certification report';
  const about = aboutTable(ctx, {
    title,
    purpose:
      'Nationally certified staff by unit for the Magnet Demographic Data Collection Tool (DDCT, formerly the DIF): ' +
      'headcount and FTE, certified headcount and FTE, and the one certification counted for each person.',
    rules: [
      ['Accepted certifications', accepted.length > 0 ? accepted.join(', ') : '(none: no certification is counted)'],
      ['Counting rule', DIF_COUNTING_RULE],
      ['Active on the as-of date', 'Only certifications active on the as-of date count: earned on or before it and not expired, inactive or revoked.'],
      ['FTE', 'Each person is counted at their FTE; certified FTE is the FTE of the people with a counted certification.'],
    ],
    filters: filterLines(ctx),
    sheets: [
      [DIF_SHEETS.summary, 'Per unit: headcount, FTE, certified headcount and FTE, percentages; the last line is the total.'],
      [DIF_SHEETS.detail, 'One row per person with the counted certification and the other accepted certifications held.'],
      [DIF_SHEETS.accepted, 'The accepted certifications used for this report.'],
    ],
    notes: noFte > 0 ? [['Missing FTE', `${noFte} people have no FTE on record and count as 0 FTE.`]] : [],
  });
  return {
    title,
    subject: `Magnet DIF certification report as of ${ctx.asOf}`,
    basis: `Accepted certifications: ${accepted.join(', ') || 'none'}; ${filterSummary(ctx)}`,
    tables: [about, summaryTable(summary), detailTable(ctx, rows), acceptedTable(ctx, accepted, rows)],
    primary: DIF_SHEETS.detail,
    rows: rows.length,
  };
}

function summaryTable(summary: { units: readonly DifUnitSummary[]; total: DifUnitSummary }): Table {
  const line = (u: DifUnitSummary): Row => [
    u.unit,
    u.headcount,
    u.fte,
    u.certifiedHeadcount,
    u.certifiedFte,
    u.pctHeadcount,
    u.pctFte,
  ];
  return {
    name: DIF_SHEETS.summary,
    columns: [
      text('Unit'),
      integer('Headcount'),
      decimal('FTE'),
      integer('Certified headcount'),
      decimal('Certified FTE'),
      percent('% certified (headcount)'),
      percent('% certified (FTE)'),
    ],
    rows: [...summary.units.map(line), line(summary.total)],
    totalRow: true,
  };
}

function detailTable(ctx: ReportContext, rows: readonly DifRow[]): Table {
  const index = catalogIndex(mergeCatalog(ctx.roster.customCredentials));
  const warningDays = ctx.roster.settings.expiryWarningDays;
  const codeOf = (code: string): string => index.get(normaliseCredentialKey(code))?.code ?? code;
  return {
    name: DIF_SHEETS.detail,
    columns: [
      id('Employee ID'),
      text('Name'),
      text('Unit'),
      text('RN'),
      decimal('FTE'),
      text('Counted certification'),
      text('Full name'),
      text('Certifying body'),
      date('Earned on'),
      date('Expires on'),
      text('Status on as-of date'),
      text('Other accepted certifications held'),
    ],
    rows: rows.map((r): Row => {
      const c = r.counted;
      const status = c ? stateLabel(credentialStatus(c.credential, c.definition, ctx.asOf, warningDays)) : NOT_CERTIFIED;
      return [
        r.employeeId,
        r.name,
        r.unit,
        yesNo(r.isRn),
        r.fte,
        c?.definition.code ?? null,
        c?.definition.name ?? null,
        c?.definition.body ?? null,
        c?.credential.earnedOn ?? null,
        c?.credential.expiresOn ?? null,
        status,
        r.others.map((o) => codeOf(o.code)).join(', ') || null,
      ];
    }),
  };
}

function acceptedTable(ctx: ReportContext, accepted: readonly string[], rows: readonly DifRow[]): Table {
  const catalog = mergeCatalog(ctx.roster.customCredentials);
  const counted = new Map<string, number>();
  for (const r of rows) {
    if (r.counted) counted.set(r.counted.definition.code, (counted.get(r.counted.definition.code) ?? 0) + 1);
  }
  return {
    name: DIF_SHEETS.accepted,
    columns: [text('Code'), text('Name'), text('Certifying body'), integer('People counted with it')],
    rows: accepted.map((code): Row => {
      const def = lookupCredential(catalog, code);
      return [def?.code ?? code, def?.name ?? '(not in the credential catalog)', def?.body ?? null, counted.get(def?.code ?? code) ?? 0];
    }),
  };
}
