import { memo } from 'react';
import type { PersonSummary } from '../../../shared/view-models';
import { proseDates } from '../lib/format';
import { ROSTER_CELLS } from './roster-columns';

interface RosterRowProps {
  readonly person: PersonSummary;
  readonly index: number;
  readonly selected: boolean;
  readonly onOpen: (employeeId: string) => void;
  readonly onSelect: (employeeId: string, selected: boolean, range: boolean) => void;
}

/** Only problems that can change this person's answers mark the row; the rest are counted on the dashboard. */
function problemMark(person: PersonSummary) {
  const marked = person.problems.filter((p) => p.changesAnswers);
  if (marked.length === 0) return null;
  const words = marked.map((p) => proseDates(p.text));
  return (
    <span className="problem-flag" title={words.join('\n')}>
      <span aria-hidden="true"> ⚠</span>
      <span className="visually-hidden">. To check: {words.join('; ')}</span>
    </span>
  );
}

/** One visible roster row; memoised so scrolling re-renders only rows that move into view. */
export const RosterRow = memo(function RosterRow({ person, index, selected, onOpen, onSelect }: RosterRowProps) {
  return (
    <tr
      className={selected ? 'roster-row roster-row-selected' : 'roster-row'}
      aria-rowindex={index + 2}
      data-employee-id={person.employeeId}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('button, input, label')) return;
        onOpen(person.employeeId);
      }}
    >
      <th scope="row" className="name-cell">
        <input
          type="checkbox"
          className="row-check"
          checked={selected}
          aria-label={`Select ${person.name}`}
          onChange={(e) => onSelect(person.employeeId, e.target.checked, (e.nativeEvent as MouseEvent).shiftKey === true)}
        />
        <button type="button" className="link-button" onClick={() => onOpen(person.employeeId)}>
          {person.name}
        </button>
        {problemMark(person)}
      </th>
      {ROSTER_CELLS.map((cell) => (
        <td key={cell.id}>{cell.render(person)}</td>
      ))}
    </tr>
  );
});
