import { organisationName, producedAtText, producedBy, type ReportContext } from './report-context';
import type { Row, Table } from './table';
import { text } from './table';

export const ABOUT_SHEET = 'About';

export interface AboutContent {
  readonly title: string;
  /** What the workbook is for, in a sentence or two. */
  readonly purpose: string;
  /** Rule set, accepted lists, counting rules: [label, value]. */
  readonly rules: readonly (readonly [string, string])[];
  /** Which people are included: [label, value]. */
  readonly filters: readonly (readonly [string, string])[];
  /** Each sheet and what it holds. */
  readonly sheets: readonly (readonly [string, string])[];
  readonly notes?: readonly (readonly [string, string])[];
}

/** The front sheet: what the workbook is, as of when, under which rules and filters, made by what. */
export function aboutTable(ctx: ReportContext, content: AboutContent): Table {
  const rows: Row[] = [
    ['Report', content.title],
    ['What it is', content.purpose],
    ['Organisation', organisationName(ctx)],
    ['As-of date', { date: ctx.asOf }],
    ...content.rules.map(([k, v]) => [k, v]),
    ...content.filters.map(([k, v]) => [`Filter: ${k}`, v]),
    ...content.sheets.map(([k, v]) => [`Sheet "${k}"`, v]),
    ...(content.notes ?? []).map(([k, v]) => [k, v]),
    ['Produced', producedAtText(ctx)],
    ['Produced by', producedBy(ctx)],
  ];
  return { name: ABOUT_SHEET, columns: [text('Item'), text('Details')], rows };
}
