import { credentialStatus } from '../../shared/credential-status';
import { DIF_COUNTING_RULE, difAcceptedCodes, difByUnitAndCertification, difRows, difSummary, type DifRow, type DifUnitSummary } from '../../shared/dif';
import { catalogIndex, lookupCredential, mergeCatalog, normaliseCredentialKey } from '../../shared/catalog';
import { aboutTable } from './about-sheet';
import { filterLines, filterSummary, type ReportBuild, type ReportContext } from './report-context';
import { stateLabel } from './state-label';
import type { Row, Table } from './table';
import { date, decimal, id, integer, percent, text, yesNo } from './table';

export const DIF_SHEETS = {
  summary: 'Summary by unit',
  byCertification: 'By unit and certification',
  detail: 'Detail',
  accepted: 'Accepted certifications',
} as const;

const NOT_CERTIFIED = 'No accepted certification active';
const NOT_RECORDED = 'Not recorded';
export const NO_EXPIRY_RECORDED = 'no expiry recorded';

/** The rows of a DIF report for a context: the CLI and the window's warning count the same people the report does. */
export function difRowsFor(ctx: Pick<ReportContext, 'roster' | 'asOf' | 'rnOnly' | 'allEmployees'>): DifRow[] {
  return difRows(ctx.roster, { asOf: ctx.asOf, rnOnly: ctx.rnOnly, allEmployees: ctx.allEmployees, assumedFte: ctx.roster.settings.difAssumedFte });
}

/** The Magnet DIF/DDCT certification workbook (docs/domain.md, the Magnet DIF). */
export function buildDifReport(ctx: ReportContext): ReportBuild {
  const rows = difRowsFor(ctx);
  const summary = difSummary(rows);
  const accepted = difAcceptedCodes(ctx.roster);
  const noFte = rows.filter((r) => !r.fteRecorded).length;
  const assumedFte = ctx.roster.settings.difAssumedFte ?? null;
  const noExpiry = rows.filter((r) => r.counted !== null && r.counted.credential.expiresOn === undefined).length;
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
      [
        'FTE',
        'Each person is counted at their FTE; certified FTE is the FTE of the people with a counted certification. ' +
          'A person with no FTE on record is "FTE not recorded", never 0: the FTE figures leave them out and say how many, ' +
          'and a percentage with no recorded FTE is left blank.',
      ],
      ['Assumed FTE', assumedFte === null ? 'None: no FTE is assumed for people with none recorded.' : `${assumedFte}, used for every person with no FTE on record (the organisation's setting).`],
    ],
    filters: filterLines(ctx),
    sheets: [
      [DIF_SHEETS.summary, 'Per unit: headcount, FTE, certified headcount and FTE, percentages; the last line is the total.'],
      [DIF_SHEETS.byCertification, 'Per unit and counted certification: the headcount and FTE keyed into the DDCT.'],
      [DIF_SHEETS.detail, 'One row per person with the counted certification and the other accepted certifications held.'],
      [DIF_SHEETS.accepted, 'The accepted certifications used for this report.'],
    ],
    notes: [
      ...(noFte > 0
        ? [[
            'Missing FTE',
            assumedFte === null
              ? `${countText(noFte)} no FTE on record: FTE figures leave them out, and percentages with no recorded FTE are blank.`
              : `${countText(noFte)} no FTE on record and are counted at the assumed FTE of ${assumedFte}.`,
          ] as [string, string]]
        : []),
      ...(noExpiry > 0
        ? [['No expiry recorded', `${countText(noExpiry)} a counted certification with ${NO_EXPIRY_RECORDED}: confirm it with the certifying body.`] as [string, string]]
        : []),
    ],
  });
  return {
    title,
    subject: `Magnet DIF certification report as of ${ctx.asOf}`,
    basis: `Accepted certifications: ${accepted.join(', ') || 'none'}; ${filterSummary(ctx)}`,
    tables: [about, summaryTable(summary), byCertificationTable(rows), detailTable(ctx, rows), acceptedTable(ctx, accepted, rows)],
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
    u.fteNotRecorded,
    fteNote(u.fte, u.fteNotRecorded),
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
      integer('FTE not recorded (people)'),
      text('Note'),
    ],
    rows: [...summary.units.map(line), line(summary.total)],
    totalRow: true,
  };
}

function byCertificationTable(rows: readonly DifRow[]): Table {
  return {
    name: DIF_SHEETS.byCertification,
    columns: [text('Unit'), text('Counted certification'), integer('Headcount'), decimal('FTE'), integer('FTE not recorded (people)'), text('Note')],
    rows: difByUnitAndCertification(rows).map((g): Row => [g.unit, g.code, g.headcount, g.fte, g.fteNotRecorded, fteNote(g.fte, g.fteNotRecorded)]),
  };
}

/** Why an FTE figure is blank or partial; null when every FTE is known. */
function fteNote(fte: number | null, notRecorded: number): string | null {
  if (notRecorded === 0) return null;
  if (fte === null) return 'No FTE recorded: FTE figures left blank';
  return `FTE not recorded for ${notRecorded === 1 ? '1 person' : `${notRecorded} people`}: left out of the FTE figures`;
}

function countText(n: number): string {
  return n === 1 ? '1 person has' : `${n} people have`;
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
      text('FTE source'),
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
      const state = c ? stateLabel(credentialStatus(c.credential, c.definition, ctx.asOf, warningDays)) : NOT_CERTIFIED;
      const status = c && c.credential.expiresOn === undefined ? `${state} — ${NO_EXPIRY_RECORDED}` : state;
      return [
        r.employeeId,
        r.name,
        r.unit,
        r.isRn === null ? NOT_RECORDED : yesNo(r.isRn),
        r.fte,
        r.fteRecorded ? 'Recorded' : r.fteAssumed ? 'Assumed (setting)' : NOT_RECORDED,
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
