import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOG } from '../../shared/catalog';
import { reminderDigest, reminderKey, thresholdReached } from '../../shared/recert/reminders';
import type { Credential, Person } from '../../shared/types';

const AS_OF = '2026-11-23';

let seq = 0;
const person = (employeeId: string, name: string, credentials: Credential[], extra: Partial<Person> = {}): Person => {
  const [firstName = '', lastName = ''] = name.split(' ');
  return { employeeId, firstName, lastName, employmentStatus: 'active', credentials, experience: [], education: [], ...extra };
};
const cred = (code: string, fields: Partial<Credential>): Credential => ({ id: `c${++seq}`, code, ...fields });

const ann = person('E1', 'Ann Lee', [{ id: 'ann-ccs', code: 'CCS', earnedOn: '2025-01-10' }]);
const bob = person('E2', 'Bob Diaz', [{ id: 'bob-cpc', code: 'CPC', earnedOn: '2024-11-29', expiresOn: '2026-11-28' }]);
const cara = person('E3', 'Cara Ng', [{ id: 'cara-rhit', code: 'RHIT', number: '12345', earnedOn: '2022-07-01', expiresOn: '2026-06-30' }]);
const dan = person('E4', 'Dan Roe', [cred('CPC', { earnedOn: '2024-12-01', expiresOn: '2026-11-30' })], { employmentStatus: 'terminated' });
const eve = person('E5', 'Eve Park', [], {
  examApplications: [{ id: 'eve-1', appliedOn: '2026-07-15', approvedOn: '2026-08-01', extensions: [] }],
});
const fay = person('E6', 'Fay Wu', [{ id: 'fay-ccs', code: 'CCS', earnedOn: '2026-01-15', ceuEntries: [{ date: '2026-03-01', title: 'Coding clinic', hours: 1, provider: 'AHIMA' }] }], {
  examApplications: [{ id: 'fay-1', exam: 'CCS-P', appliedOn: '2026-07-15', approvedOn: '2026-08-01', extensions: [], scheduledOn: '2026-11-25' }],
});
const gus = person('E7', 'Gus Ortiz', [
  cred('CCA', { earnedOn: '2015-01-01', expiresOn: '2017-01-01' }),
  cred('CCA', { earnedOn: '2020-01-01', expiresOn: '2027-06-01', ceusEarned: 20 }),
]);
const roster = [ann, bob, cara, dan, eve, fay, gus];

/** CEUs complete for an AHIMA cycle: 20 hours from AHIMA, with both coding self-reviews. */
const completeAhimaCeus = [
  { date: '2025-03-01', title: 'Coding self-review 1', hours: 5, provider: 'AHIMA', selfReview: true, hiimDomain: true },
  { date: '2026-03-01', title: 'Coding self-review 2', hours: 5, provider: 'AHIMA', selfReview: true, hiimDomain: true },
  { date: '2026-04-01', title: 'Coding clinic', hours: 10, provider: 'Florida Health Information Management Association', hiimDomain: true },
];
/** Ann and Bob with their CEUs complete: only their credential dates remain to remind. */
const annDone = person('E1', 'Ann Lee', [{ id: 'ann-ccs', code: 'CCS', earnedOn: '2025-01-10', ceuEntries: completeAhimaCeus }]);
const bobDone = person('E2', 'Bob Diaz', [{ id: 'bob-cpc', code: 'CPC', earnedOn: '2024-11-29', expiresOn: '2026-11-28', ceusEarned: 36 }]);

describe('thresholdReached', () => {
  it('gives the tightest lead time reached', () => {
    const leads = [90, 60, 30, 7];
    expect(thresholdReached(91, leads)).toBeNull();
    expect(thresholdReached(90, leads)).toBe(90);
    expect(thresholdReached(61, leads)).toBe(90);
    expect(thresholdReached(60, leads)).toBe(60);
    expect(thresholdReached(25, leads)).toBe(30);
    expect(thresholdReached(0, leads)).toBe(7);
  });
});

describe('reminderDigest', () => {
  const digest = reminderDigest(roster, BUILT_IN_CATALOG, AS_OF);

  it('makes one digest for the whole roster, most urgent first', () => {
    expect(digest.items.map((i) => [i.employeeId, i.kind, i.subject, i.threshold, i.daysLeft, i.severity])).toEqual([
      ['E3', 'lapsed', 'RHIT', 'inactive', -146, 'urgent'],
      ['E2', 'expiring', 'CPC', '7', 5, 'urgent'],
      ['E5', 'exam-window', 'CCS', 'window-30', 6, 'urgent'],
      // No CEUs recorded is not tracked, and listed: never quieter than someone who logged some.
      ['E2', 'ceu', 'AAPC', 'not-tracked', 5, 'soon'],
      ['E1', 'ceu', 'AHIMA', 'not-tracked', 47, 'soon'],
      ['E1', 'expiring', 'CCS', '60', 47, 'notice'],
      // The hours are there, but not the provider share or the mandatory self-reviews.
      ['E7', 'ceu', 'AHIMA', 'incomplete', 190, 'notice'],
      ['E6', 'ceu', 'AHIMA', 'behind', 417, 'notice'],
    ]);
    expect(digest.title).toBe('8 items need attention');
    expect(digest.acknowledged).toBe(0);
    expect(digest.asOf).toBe(AS_OF);
  });

  it('summarises the top three in the body and counts the rest', () => {
    expect(digest.body).toBe(
      [
        'Cara Ng: RHIT (no. 12345) inactive since the cycle ended on 2026-06-30; revoked 180 days after unless reinstated.',
        'Bob Diaz: CPC expires on 2026-11-28 (in 5 days).',
        'Eve Park: CCS exam window closes on 2026-11-29 (in 6 days) with no exam booked in it.',
        '…and 5 more.',
      ].join('\n'),
    );
  });

  it('words items clearly and keys them by person, subject, due date and threshold', () => {
    const byPerson = new Map(digest.items.map((i) => [i.employeeId, i]));
    expect(byPerson.get('E1')).toMatchObject({
      key: 'E1|ann-ccs|2027-01-09|60',
      dueOn: '2027-01-09',
      message: 'CCS recertification cycle ends on 2027-01-09 (in 47 days)',
    });
    expect(byPerson.get('E5')?.key).toBe('E5|exam:eve-1|2026-11-29|window-30');
    expect(byPerson.get('E6')).toMatchObject({ key: 'E6|ceu:AHIMA|2028-01-14|behind' });
    expect(byPerson.get('E6')?.message).toContain('AHIMA CEUs 1 of 20 for the cycle 2026-01-15 to 2028-01-14: behind');
  });

  it('leaves out terminated staff, replaced lapsed credentials and booked exams; an ended cycle with nothing recorded is the lapse alone', () => {
    const ids = digest.items.map((i) => i.employeeId);
    expect(ids).not.toContain('E4');
    expect(digest.items.filter((i) => i.employeeId === 'E7').map((i) => i.kind)).toEqual(['ceu']);
    expect(digest.items.filter((i) => i.employeeId === 'E6').map((i) => i.kind)).toEqual(['ceu']);
    expect(digest.items.filter((i) => i.employeeId === 'E3').map((i) => i.kind)).toEqual(['lapsed']);
    expect(digest.items.filter((i) => i.kind === 'ceu').map((i) => i.employeeId)).toEqual(['E2', 'E1', 'E7', 'E6']);
  });

  it('lists the same CEU status the person page shows, whether CEUs were logged or not', () => {
    const noCeus = person('E8', 'Ida Moe', [cred('CCS', { earnedOn: '2026-01-15' })]);
    const some = person('E9', 'Jo Kim', [cred('CCS', { earnedOn: '2026-01-15', ceuEntries: [{ date: '2026-05-01', title: 'Webinar', hours: 12, provider: 'AHIMA' }] })]);
    const items = reminderDigest([noCeus, some], BUILT_IN_CATALOG, AS_OF).items.filter((i) => i.kind === 'ceu');
    // 12 CEUs by November of the first year is on track: only the coder who logged nothing is listed.
    expect(items.map((i) => [i.employeeId, i.threshold])).toEqual([['E8', 'not-tracked']]);
    expect(items[0]!.message).toBe('AHIMA CEUs not tracked: none recorded for the cycle 2026-01-15 to 2028-01-14 (20 required)');
  });

  it('an acknowledgement hides an item until its next threshold', () => {
    const ack = [{ itemKey: reminderKey('E1', 'ann-ccs', '2027-01-09', '60'), at: '2026-11-20', note: 'Ann booked her CEUs' }];
    const hidden = reminderDigest(roster, BUILT_IN_CATALOG, AS_OF, {}, ack);
    expect(hidden.items.map((i) => i.employeeId)).toEqual(['E3', 'E2', 'E5', 'E2', 'E1', 'E7', 'E6']);
    expect(hidden.acknowledged).toBe(1);
    expect(hidden.body).toContain('1 acknowledged item is hidden.');
    expect(reminderDigest(roster, BUILT_IN_CATALOG, '2026-12-01', {}, ack).items.some((i) => i.employeeId === 'E1' && i.kind === 'expiring')).toBe(false);
    const later = reminderDigest(roster, BUILT_IN_CATALOG, '2026-12-10', {}, ack).items.find((i) => i.employeeId === 'E1' && i.kind === 'expiring');
    expect(later).toMatchObject({ threshold: '30', daysLeft: 30, severity: 'soon', key: 'E1|ann-ccs|2027-01-09|30' });
  });

  it('an inactive acknowledgement does not hide the revocation', () => {
    const ack = [{ itemKey: 'E3|cara-rhit|2026-06-30|inactive', at: '2026-11-01' }];
    expect(reminderDigest([cara], BUILT_IN_CATALOG, AS_OF, {}, ack).items).toEqual([]);
    const revoked = reminderDigest([cara], BUILT_IN_CATALOG, '2026-12-28', {}, ack);
    expect(revoked.items.map((i) => i.threshold)).toEqual(['revoked']);
    expect(revoked.title).toBe('1 credential needs attention');
  });

  it('ignores acknowledgements made after the as-of date', () => {
    const ack = [{ itemKey: 'E2|bob-cpc|2026-11-28|7', at: '2026-11-25T09:30:00Z' }];
    expect(reminderDigest([bobDone], BUILT_IN_CATALOG, AS_OF, {}, ack).items).toHaveLength(1);
    expect(reminderDigest([bobDone], BUILT_IN_CATALOG, '2026-11-26', {}, ack).items).toHaveLength(0);
  });

  it('uses per-code lead times and other settings', () => {
    const custom = reminderDigest([annDone, bobDone], BUILT_IN_CATALOG, AS_OF, { leadDaysByCode: { CCS: [30, 14] }, bodyItems: 1 });
    expect(custom.items.map((i) => i.employeeId)).toEqual(['E2']);
    expect(custom.title).toBe('1 credential needs attention');
    const wide = reminderDigest([annDone, bobDone], BUILT_IN_CATALOG, AS_OF, { leadDays: [120], bodyItems: 1 });
    expect(wide.items.map((i) => [i.employeeId, i.threshold])).toEqual([
      ['E2', '120'],
      ['E1', '120'],
    ]);
    expect(wide.title).toBe('2 credentials need attention');
    expect(wide.body).toBe('Bob Diaz: CPC expires on 2026-11-28 (in 5 days).\n…and 1 more.');
    expect(reminderDigest([eve], BUILT_IN_CATALOG, AS_OF, { examWindowDays: 5 }).items).toEqual([]);
  });

  it('says so when nothing needs attention', () => {
    const gusDone = person('E7', 'Gus Ortiz', [cred('CCA', { earnedOn: '2025-01-10', expiresOn: '2027-06-01', ceuEntries: completeAhimaCeus })]);
    const quiet = reminderDigest([gusDone, dan], BUILT_IN_CATALOG, AS_OF);
    expect(quiet).toEqual({ asOf: AS_OF, items: [], acknowledged: 0, title: 'Nothing needs attention', body: 'Nothing is due or overdue as of 2026-11-23.' });
  });

  it('reminds on the expiry day itself and treats the next day as lapsed', () => {
    expect(reminderDigest([bob], BUILT_IN_CATALOG, '2026-11-28').items[0]).toMatchObject({ kind: 'expiring', threshold: '7', message: 'CPC expires on 2026-11-28 (today)' });
    expect(reminderDigest([bob], BUILT_IN_CATALOG, '2026-11-29').items[0]).toMatchObject({ kind: 'lapsed', threshold: 'expired', message: 'CPC expired on 2026-11-28' });
  });
});
