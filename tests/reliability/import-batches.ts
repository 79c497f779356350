/**
 * The roster and HR files the import-loop child commits. Batch k changes the job title of every
 * base person and adds one new person, so a file that held part of a batch would show a mix of
 * titles; the parent rebuilds the exact roster expected after each batch with the real planner.
 */
import type { Person, RosterData } from '../../shared/types';
import { emptyRoster } from '../../electron/store/schema';

/** People on the roster before any batch, and updated by every batch. */
export const BATCH_PEOPLE = 150;

export const batchFileName = (k: number): string => `batch-${k}.csv`;

const idOf = (i: number): string => `E${String(i).padStart(5, '0')}`;

export function baseRoster(): RosterData {
  const people: Person[] = [];
  for (let i = 0; i < BATCH_PEOPLE; i += 1) {
    people.push({
      employeeId: idOf(i),
      firstName: `Given${i}`,
      lastName: `Family${i}`,
      employmentStatus: 'active',
      credentials: [],
      experience: [],
      education: [],
    });
  }
  return { ...emptyRoster(), people };
}

/** The CSV of batch k: every base person with the batch's title and unit, and one new person. */
export function batchCsv(k: number): string {
  const lines = ['Employee ID,Last Name,First Name,Job Title,Department'];
  for (let i = 0; i < BATCH_PEOPLE; i += 1) {
    lines.push(`${idOf(i)},Family${i},Given${i},Coder batch ${k},Unit ${(i + k) % 5}`);
  }
  lines.push(`NEW${k},Newcomer,Batch${k},Trainee batch ${k},Unit 0`);
  return `${lines.join('\r\n')}\r\n`;
}
