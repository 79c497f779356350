/**
 * The known states the save-loop child moves through. State n is a pure function of n, so the
 * parent can rebuild exactly what any announced save should have put on disk.
 */
import type { Person, RosterData } from '../../shared/types';
import { emptyRoster } from '../../electron/store/schema';

/** People in every state; large enough that one save takes a measurable time. */
export const BASE_PEOPLE = 250;

const UNITS = ['Inpatient Coding', 'Outpatient Coding', 'CDI', 'HIM Operations'] as const;

function basePerson(i: number): Person {
  return {
    employeeId: String(i).padStart(6, '0'),
    firstName: `First${i}`,
    lastName: `Last${i}`,
    unit: UNITS[i % UNITS.length] ?? 'CDI',
    employmentStatus: 'active',
    credentials: [{ id: `c${i}`, code: i % 2 === 0 ? 'CCS' : 'CPC', earnedOn: '2020-01-15', expiresOn: '2027-12-31' }],
    experience: [{ id: `e${i}`, start: '2018-03-01', directCoding: true }],
    education: [],
  };
}

/**
 * State n: the base people, one of them changed with the counter, a few extra people whose number
 * varies with n (so consecutive states differ in length too), and the counter in the settings.
 */
export function stateFor(n: number): RosterData {
  const people: Person[] = [];
  for (let i = 0; i < BASE_PEOPLE; i += 1) {
    const p = basePerson(i);
    people.push(i === n % BASE_PEOPLE ? { ...p, notes: `changed by save ${n}`, fte: (n % 10) / 10 + 0.5 } : p);
  }
  for (let k = 0; k < n % 7; k += 1) people.push({ ...basePerson(BASE_PEOPLE + k), notes: `extra ${k} of save ${n}` });
  const empty = emptyRoster();
  return { ...empty, people, settings: { ...empty.settings, organisationName: `save ${n}` } };
}

/** The counter of a state read back from disk, or null when the data is not one of these states. */
export function counterOf(data: RosterData): number | null {
  const m = /^save (\d+)$/.exec(data.settings.organisationName);
  return m ? Number(m[1]) : null;
}
