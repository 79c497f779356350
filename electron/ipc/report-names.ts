import { assertNever } from '../../shared/assert-never';
import type { ExportKind } from '../../shared/schemas';
import type { IsoDate } from '../../shared/types';

/** The file name a save dialog proposes for a report. */
export function defaultReportName(kind: ExportKind, asOf: IsoDate): string {
  switch (kind) {
    case 'dif':
      return `magnet-dif-${asOf}.xlsx`;
    case 'eligibility':
      return `ccs-eligibility-${asOf}.xlsx`;
    case 'roster':
      return `roster-${asOf}.xlsx`;
    case 'expiring':
      return `expiring-credentials-${asOf}.xlsx`;
    case 'change-log':
      return `change-log-${asOf}.xlsx`;
    default:
      return assertNever(kind);
  }
}
