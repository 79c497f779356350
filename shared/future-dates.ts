import type { IsoDate, Person } from './types';

/**
 * Dates that cannot be right yet: after today. They are warned about, not refused (a hire date can
 * be planned), wherever they are entered: the person's page, its forms, the import preview.
 */

export type FutureDateKind = 'hire' | 'earned' | 'experience';

/** The warning for one date after today, in a manager's words. */
export function futureDateNote(kind: FutureDateKind, date: IsoDate, today: IsoDate, code?: string): string {
  switch (kind) {
    case 'hire':
      return `The hire date ${date} is after today (${today}): check it.`;
    case 'earned':
      return `${code ?? 'The credential'} is recorded as earned on ${date}, after today (${today}): it counts only from that date. Check it.`;
    case 'experience':
      return `Coding experience starting on ${date}, after today (${today}), counts only from that date. Check it.`;
  }
}

/** Every date on a person's record that is after today, as warnings. */
export function futureDateNotes(person: Person, today: IsoDate): string[] {
  const notes: string[] = [];
  if (person.hireDate !== undefined && person.hireDate > today) notes.push(futureDateNote('hire', person.hireDate, today));
  for (const c of person.credentials) {
    if (c.earnedOn !== undefined && c.earnedOn > today) notes.push(futureDateNote('earned', c.earnedOn, today, c.code));
  }
  for (const p of person.experience) if (p.start > today) notes.push(futureDateNote('experience', p.start, today));
  return notes;
}

/** A form's hint for a date field: the warning when the date is after today, else the usual hint. */
export function futureHint(date: string, today: IsoDate, usual?: string): string | undefined {
  return date !== '' && date > today ? 'After today: check the date (it is kept as entered)' : usual;
}
