import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { batch, createAtom } from '@tanstack/react-store';
import { renderPhaseReactivity } from '@tanstack/table-core/reactivity';
import {
  constructTable,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_text,
  tableFeatures,
  type SortingState,
} from '@tanstack/table-core';
import type { CredentialBadge, PersonSummary } from '../../shared/view-models';
import { mulberry32 } from '../fixtures/mulberry32';
import { ccsOrder, credentialCodes, inOrder, rankColumnsWhenIdle, ROSTER_SORT_KEYS, sortOrder } from '../../renderer/src/roster/roster-sort';

// The reference: the table library's own sorted row model, with the column set-up the roster used before it sorted itself.
const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns: { text: sortFn_text } });
const helper = createColumnHelper<typeof features, PersonSummary>();
const referenceColumns = helper.columns([
  helper.accessor('name', { sortFn: 'text' }),
  helper.accessor('employeeId', { sortFn: 'text' }),
  helper.accessor('unit', { sortFn: 'text' }),
  helper.accessor('jobTitle', { sortFn: 'text' }),
  helper.accessor('employmentStatus', { sortFn: 'text' }),
  helper.accessor(credentialCodes, { id: 'credentials', sortFn: 'text' }),
  helper.accessor(ccsOrder, { id: 'ccs', sortFn: 'text' }),
  helper.accessor('experienceYears', { sortDescFirst: true }),
]);

function referenceSort(people: readonly PersonSummary[], sorting: SortingState): string[] {
  const table = constructTable({
    features: { coreReactivityFeature: renderPhaseReactivity({ createAtom, batch }), ...features },
    columns: referenceColumns,
    data: people as PersonSummary[],
    state: { sorting },
    getRowId: (_p: PersonSummary, i: number) => String(i),
  } as never) as unknown as { getRowModel(): { rows: { id: string }[] } };
  return table.getRowModel().rows.map((r) => r.id);
}

const word = fc.constantFrom('ann', 'Ann', 'bob', 'Émile', 'zoë', 'Zed', 'o’neil', 'van Dyke', '', 'ann ', '10', '9');
const badge = fc.record({ code: fc.constantFrom('CCS', 'CPC', 'RHIT', 'ccs-p', 'RHIA') }).map(
  ({ code }, ) => ({ id: code, code, state: 'active', expiresOn: null, daysLeft: null }) as unknown as CredentialBadge,
);
const person = fc
  .record({
    first: word,
    last: word,
    employeeId: fc.constantFrom('000123', '123', 'A-9', 'a-9', '0'),
    unit: word,
    jobTitle: word,
    employmentStatus: fc.constantFrom('active', 'leave', 'terminated'),
    credentials: fc.array(badge, { maxLength: 3 }),
    ccsStatus: fc.constantFrom('certified', 'eligible', 'not-yet', 'diploma-not-recorded'),
    eligibleOn: fc.option(fc.constantFrom('2026-01-31', '2027-06-30', '2026-01-01'), { nil: null }),
    experienceYears: fc.constantFrom(0, 0.5, 1, 2.3, 10, 10),
  })
  .map(
    (r) =>
      ({
        employeeId: r.employeeId,
        firstName: r.first,
        lastName: r.last,
        name: `${r.last}, ${r.first}`,
        unit: r.unit,
        jobTitle: r.jobTitle,
        employmentStatus: r.employmentStatus,
        isRn: false,
        fte: null,
        credentials: r.credentials,
        ccsStatus: r.ccsStatus,
        eligibleOn: r.eligibleOn,
        preparedOn: null,
        diplomaOnRecord: null,
        diplomaAssumed: false,
        inactiveNotes: [],
        pathwaysMet: [],
        ccsSummary: '',
        experienceYears: r.experienceYears,
        problems: [],
      }) as PersonSummary,
  );
const columnId = fc.constantFrom(...Object.keys(ROSTER_SORT_KEYS));
const sorting = fc.uniqueArray(fc.record({ id: columnId, desc: fc.boolean() }), { minLength: 1, maxLength: 3, selector: (s) => s.id });

describe('sortOrder', () => {
  it('orders people exactly as the table library sorted them, ties in roster order, for single and multi-column sorts', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 60 }), sorting, (people, state) => {
        expect(sortOrder(people, state).map(String)).toEqual(referenceSort(people, state));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the right order when one roster is sorted one way, another, then the first again', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 2, maxLength: 40 }), fc.array(sorting, { minLength: 2, maxLength: 4 }), (people, states) => {
        for (const state of [...states, ...states]) {
          expect(sortOrder(people, state).map(String)).toEqual(referenceSort(people, state));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('sorts text case-insensitively by code unit and numbers numerically, descending keeping ties in roster order', () => {
    const make = (name: string, years: number, id: string) =>
      ({ name, experienceYears: years, employeeId: id, credentials: [], ccsStatus: 'not-yet', eligibleOn: null }) as unknown as PersonSummary;
    const people = [make('bob', 9, 'a'), make('Ann', 10, 'b'), make('ann', 9, 'c'), make('Émile', 2, 'd')];
    expect(inOrder(people, sortOrder(people, [{ id: 'name', desc: false }])).map((p) => p.employeeId)).toEqual(['b', 'c', 'a', 'd']);
    expect(inOrder(people, sortOrder(people, [{ id: 'experienceYears', desc: true }])).map((p) => p.employeeId)).toEqual(['b', 'a', 'c', 'd']);
    expect(sortOrder(people, [{ id: 'no-such-column', desc: true }])).toEqual([0, 1, 2, 3]);
  });

  it('sorts a large roster by several columns of mostly distinct values in the same order', () => {
    const random = mulberry32(7);
    const pick = (n: number) => String(Math.floor(random() * n)).padStart(5, '0');
    const people = Array.from({ length: 20_000 }, (_, i) => ({
      employeeId: `E${i}`,
      name: pick(15_000),
      unit: pick(15_000),
      jobTitle: pick(15_000),
      experienceYears: Math.floor(random() * 40) / 4,
      credentials: [],
      ccsStatus: 'not-yet',
      eligibleOn: null,
    }) as unknown as PersonSummary);
    const state = [{ id: 'unit', desc: true }, { id: 'name', desc: false }, { id: 'jobTitle', desc: true }, { id: 'experienceYears', desc: false }];
    expect(sortOrder(people, state).map(String)).toEqual(referenceSort(people, state));
  });

  it('puts certified first, then eligible, then by the date people will qualify, with no date last', () => {
    const make = (id: string, ccsStatus: string, eligibleOn: string | null) =>
      ({ employeeId: id, ccsStatus, eligibleOn, credentials: [] }) as unknown as PersonSummary;
    const people = [make('late', 'not-yet', '2027-01-01'), make('never', 'not-yet', null), make('soon', 'not-yet', '2026-07-01'), make('ok', 'eligible', '2025-01-01'), make('cert', 'certified', null)];
    expect(inOrder(people, sortOrder(people, [{ id: 'ccs', desc: false }])).map((p) => p.employeeId)).toEqual(['cert', 'ok', 'soon', 'late', 'never']);
  });
});

describe('rankColumnsWhenIdle', () => {
  // The window's idle callbacks, run by hand with the idle time each test chooses.
  let queue: ((deadline: IdleDeadline) => void)[] = [];
  const runIdle = (ms: number) => {
    const callback = queue.shift();
    callback?.({ didTimeout: false, timeRemaining: () => ms });
    return callback !== undefined;
  };
  const stubIdle = () => {
    queue = [];
    vi.stubGlobal('requestIdleCallback', (cb: (deadline: IdleDeadline) => void) => queue.push(cb));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => queue.splice(handle - 1, 1));
  };
  afterEach(() => vi.unstubAllGlobals());

  const roster = (seed: number, size: number) => {
    const random = mulberry32(seed);
    return Array.from({ length: size }, (_, i) => ({
      employeeId: `E${Math.floor(random() * size)}`,
      name: `N${Math.floor(random() * 500)}`,
      firstName: '',
      lastName: '',
      unit: `U${Math.floor(random() * 9)}`,
      jobTitle: `T${Math.floor(random() * 5)}`,
      employmentStatus: 'active',
      experienceYears: Math.floor(random() * 40) / 4,
      credentials: [],
      ccsStatus: i % 3 === 0 ? 'eligible' : 'not-yet',
      eligibleOn: null,
    }) as unknown as PersonSummary);
  };

  it('ranks every column in long idle periods, then stops asking, and sorts exactly as before', () => {
    stubIdle();
    const people = roster(11, 10_000);
    rankColumnsWhenIdle(people);
    let periods = 0;
    while (runIdle(50)) periods += 1;
    expect(periods).toBeGreaterThan(0);
    expect(queue).toHaveLength(0);
    for (const id of Object.keys(ROSTER_SORT_KEYS)) {
      for (const desc of [false, true]) {
        expect(sortOrder(people, [{ id, desc }]).map(String)).toEqual(referenceSort(people, [{ id, desc }]));
      }
    }
  });

  it('keeps to short slices in short idle periods and leaves the long step for a long one', () => {
    stubIdle();
    const people = roster(12, 10_000);
    rankColumnsWhenIdle(people);
    for (let i = 0; i < 200; i += 1) expect(runIdle(10)).toBe(true);
    // Still waiting: no column can be sorted in 10 ms periods, so it keeps asking.
    expect(queue).toHaveLength(1);
    let periods = 0;
    while (runIdle(50)) periods += 1;
    expect(periods).toBeGreaterThan(0);
  });

  it('stops asking for idle time once stopped', () => {
    stubIdle();
    const stop = rankColumnsWhenIdle(roster(13, 1000));
    expect(queue).toHaveLength(1);
    stop();
    expect(queue).toHaveLength(0);
  });
});
