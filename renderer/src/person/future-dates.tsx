import type { Person } from '../../../shared/types';
import { futureDateNotes } from '../../../shared/future-dates';
import { todayIso } from '../../../shared/dates';

/** Dates on the record that are after today: kept as entered, and said so until corrected. */
export function FutureDates({ person }: { readonly person: Person }) {
  const notes = futureDateNotes(person, todayIso(new Date()));
  if (notes.length === 0) return null;
  return (
    <div className="banner banner-warning" role="status" data-testid="future-dates">
      <strong>Dates in the future</strong>
      <ul>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
