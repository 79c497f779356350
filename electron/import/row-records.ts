/** The typed records one table row is read into, and the problems found reading them. */
import type { Credential, EducationComponent, EmploymentStatus, ImportProblem, IsoDate } from '../../shared/types';
import type { RawCell } from './read-table';
import type { RowLayout } from './row-layout';

export interface PersonPatch {
  firstName?: string;
  lastName?: string;
  unit?: string;
  jobTitle?: string;
  employmentStatus?: EmploymentStatus;
  hireDate?: IsoDate;
  fte?: number;
  email?: string;
  isRn?: boolean;
  hsDiploma?: boolean;
}
export type PersonKey = keyof PersonPatch;

/** Where a value came from, for messages. */
export interface CellSource {
  readonly column: string;
  readonly value: string;
}

/** A credential as a row gives it: the stored fields it can fill, and where it came from. */
export interface CredentialRow
  extends Pick<Credential, 'code' | 'number' | 'issuer' | 'earnedOn' | 'expiresOn' | 'verifiedOn' | 'ceusEarned'> {
  /** The name a new user-defined entry gets, when the value is not in the catalog. */
  readonly unknownName: string | null;
  /** The catalog did not know the value by itself (it was answered in the value step, or will be kept as the user's own). */
  readonly asked: boolean;
  readonly source: CellSource;
}

export interface ExperienceRow {
  readonly employer?: string;
  readonly start: IsoDate;
  readonly end?: IsoDate;
  readonly directCoding?: boolean;
}

export interface EducationRow {
  readonly program: string;
  readonly completedOn?: IsoDate;
  readonly components?: readonly EducationComponent[];
  readonly cahiimAccredited?: boolean;
}

export interface RowRecord {
  readonly file: string;
  readonly row: number;
  readonly employeeId: string | null;
  /** The header of the column the ID came from; null when the row has no readable ID. */
  readonly idColumn: string | null;
  /** The ID was a number in a workbook, so leading zeros may have been lost. */
  readonly idFromNumber: boolean;
  /** The person's fields; rows that repeat the same person cells share one object. */
  readonly person: PersonPatch;
  /** The row's cells and how they are read: where a value came from is worked out only when a message needs it. */
  readonly cells: readonly RawCell[];
  readonly layout: RowLayout;
  readonly credentials: readonly CredentialRow[];
  readonly experience: readonly ExperienceRow[];
  readonly education: readonly EducationRow[];
  /** Errors and warnings of this row alone. */
  readonly problems: ImportProblem[];
  /** Reading the person's cells found no problem, so a next row with the same cells may share `person`. */
  readonly personClean: boolean;
}

export interface TableReading {
  readonly records: RowRecord[];
  /** File-level problems (row 0) and column notes. */
  readonly problems: ImportProblem[];
  /** True when some date column was read day first. */
  readonly dayFirst: boolean;
  /** Date columns whose day/month order only the user can settle. */
  readonly ambiguousDateColumns: readonly string[];
}

/** A written credential → its code; `known` when it is in the catalog, `asked` when only a value-step answer placed it. */
export type CredentialResolver = (value: string) => {
  readonly code: string;
  readonly known: boolean;
  readonly name: string;
  readonly asked: boolean;
};
