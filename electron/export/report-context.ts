import { format } from 'date-fns/format';
import type { ImportProgress } from '../../shared/view-models';
import type { IsoDate, RosterData, RuleSetId } from '../../shared/types';
import type { Table } from './table';
import type { ChangeLogEntry } from '../../shared/change-log';

/** Everything a report needs; the clock and the version come in from the caller. */
export interface ReportContext {
  readonly roster: RosterData;
  readonly asOf: IsoDate;
  readonly ruleSet: RuleSetId;
  readonly rnOnly?: boolean;
  readonly allEmployees?: boolean;
  /** Set when the roster was cut to the people chosen in the window: how many were chosen. */
  readonly selected?: number;
  /** Expiring report windows in days; [30, 60, 90] when absent. */
  readonly windows?: readonly number[];
  readonly appVersion: string;
  readonly producedAt: Date;
  readonly onProgress?: (p: ImportProgress) => void;
  /** The change log, newest first: only the change-log report uses it. */
  readonly changeLog?: readonly ChangeLogEntry[];
}

/** A report ready to write: its sheets in order, the first being the About sheet. */
export interface ReportBuild {
  readonly title: string;
  /** One line for the document's subject property. */
  readonly subject: string;
  /** The rules or lists the figures rest on, in one line for the document's description. */
  readonly basis: string;
  readonly tables: readonly Table[];
  /** The sheet written when the report is saved as CSV. */
  readonly primary: string;
  /** Rows in the primary sheet: what `writeReport` reports back. */
  readonly rows: number;
}

export const APP_NAME = 'Credential Roster';

export function producedBy(ctx: ReportContext): string {
  return `${APP_NAME} ${ctx.appVersion}`;
}

/** Local date and time, to the minute. */
export function producedAtText(ctx: ReportContext): string {
  return format(ctx.producedAt, 'yyyy-MM-dd HH:mm');
}

export function organisationName(ctx: ReportContext): string {
  return ctx.roster.settings.organisationName.trim() || '(organisation name not set)';
}

/** The people filters in a few words, for the document's description. */
export function filterSummary(ctx: ReportContext): string {
  return `${ctx.selected === undefined ? '' : `${ctx.selected} selected people, `}${ctx.allEmployees === true ? 'all employees' : 'current staff only'}, ${ctx.rnOnly === true ? 'RNs only' : 'RN and non-RN'}`;
}

/** The people filters in words, one line each. */
export function filterLines(ctx: ReportContext): [string, string][] {
  return [
    ...selectionLines(ctx),
    [
      'Employment',
      ctx.allEmployees === true
        ? 'Everyone on the roster, including terminated staff'
        : 'Current staff only (employment status active or on leave); terminated staff are left out',
    ],
    ['Role', ctx.rnOnly === true ? 'Registered nurses (RN) only' : 'All roles, RN and non-RN'],
  ];
}

/** The selection line, when the report covers only the people chosen in the roster. */
export function selectionLines(ctx: ReportContext): [string, string][] {
  return ctx.selected === undefined ? [] : [['Selection', `Only the ${ctx.selected} people selected in the roster`]];
}
