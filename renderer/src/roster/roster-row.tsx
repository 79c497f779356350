import { memo } from 'react';
import type { PersonSummary } from '../../../shared/ipc';
import { ROSTER_CELLS } from './roster-columns';

interface RosterRowProps {
  readonly person: PersonSummary;
  readonly index: number;
  readonly onOpen: (employeeId: string) => void;
}

/** One visible roster row; memoised so scrolling re-renders only rows that move into view. */
export const RosterRow = memo(function RosterRow({ person, index, onOpen }: RosterRowProps) {
  return (
    <tr
      className="roster-row"
      aria-rowindex={index + 2}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('button')) return;
        onOpen(person.employeeId);
      }}
    >
      <th scope="row">
        <button type="button" className="link-button" onClick={() => onOpen(person.employeeId)}>
          {person.name}
        </button>
        {person.problems.length > 0 ? (
          <span className="problem-flag" title={person.problems.join('\n')}>
            <span aria-hidden="true"> ⚠</span>
            <span className="visually-hidden">, {person.problems.length} record problems</span>
          </span>
        ) : null}
      </th>
      {ROSTER_CELLS.map((cell) => (
        <td key={cell.id}>{cell.render(person)}</td>
      ))}
    </tr>
  );
});
