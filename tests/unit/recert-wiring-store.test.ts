/** The store keeps the recertification fields across a reopen and refuses bad ones, naming where. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Person, RosterData } from '../../shared/types';
import { RosterStore } from '../../electron/store/roster-store';
import { emptyRoster } from '../../electron/store/schema';

const PERSON: Person = {
  employeeId: '00123',
  firstName: 'Maya',
  lastName: 'Okafor',
  employmentStatus: 'active',
  aapcMembershipRenewsOn: '2026-05-31',
  examApplications: [
    { id: 'a1', appliedOn: '2025-01-10', approvedOn: '2025-01-12', extensions: [{ grantedOn: '2025-04-01', newEnd: '2025-06-30' }], scheduledOn: '2025-05-01', result: 'pass', scaledScore: 330, resultOn: '2025-05-01' },
  ],
  credentials: [
    { id: 'c1', code: 'CPC', earnedOn: '2020-01-01', cycleStart: '2024-06-01', cycleEnd: '2026-05-31', ceuEntries: [{ date: '2025-02-01', title: 'Audit workshop', hours: 7.5, provider: 'AAPC' }] },
  ],
  experience: [],
  education: [],
};

function withRoster(change: (data: RosterData) => RosterData): RosterData {
  const data = emptyRoster();
  return change({ ...data, people: [PERSON] });
}

function openStore(): RosterStore {
  return RosterStore.open({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'roster-recert-store-')) }).store;
}

describe('recertification fields in the store', () => {
  it('round-trips credential, person, settings and acknowledgement fields through the file', () => {
    const store = openStore();
    const data = withRoster((d) => ({
      ...d,
      settings: { ...d.settings, reminders: { leadDays: [60, 14], leadDaysByCode: { CCS: [120] } }, examFacts: { questionCount: '115–140' } },
      acknowledgements: [{ itemKey: '00123|c1|2026-05-31|60', at: '2026-04-02T10:00:00+01:00', note: 'Seen' }],
    }));
    store.write(data);
    const reopened = RosterStore.open({ dataDir: store.dataDir });
    expect(reopened.recovery).toBeNull();
    expect(reopened.store.read()).toEqual(data);
  });

  it.each([
    ['a CEU entry with no hours', (d: RosterData) => personWith(d, { credentials: [{ ...PERSON.credentials[0]!, ceuEntries: [{ date: '2025-02-01', title: 'X', hours: 0 }] }] }),
      /employee ID 00123 \(Okafor, Maya\), credential CPC, CEU entry 1, hours: must be more than 0 hours/],
    ['a cycle that ends before it starts', (d: RosterData) => personWith(d, { credentials: [{ id: 'c1', code: 'CPC', cycleStart: '2026-01-01', cycleEnd: '2025-01-01' }] }),
      /employee ID 00123 \(Okafor, Maya\), credential CPC, cycle end date: cycle start must not be after cycle end/],
    ['a cycle date that is not a date', (d: RosterData) => personWith(d, { credentials: [{ id: 'c1', code: 'CPC', cycleStart: '2025-02-30' }] }),
      /credential CPC, cycle start date: must be a date written YYYY-MM-DD/],
    ['an approval before the application', (d: RosterData) => personWith(d, { examApplications: [{ id: 'a1', appliedOn: '2025-02-01', approvedOn: '2025-01-01', extensions: [] }] }),
      /employee ID 00123 \(Okafor, Maya\), exam application a1, approvedOn: approval date must not be before the application date/],
    ['a membership date that is not a date', (d: RosterData) => personWith(d, { aapcMembershipRenewsOn: '31/05/2026' }),
      /employee ID 00123 \(Okafor, Maya\), AAPC membership renewal date: must be a date written YYYY-MM-DD \(value '31\/05\/2026'\)/],
    ['a negative reminder lead time', (d: RosterData) => ({ ...d, settings: { ...d.settings, reminders: { leadDays: [-1] } } }),
      /reminder settings, reminder lead days, item 1/],
    ['exam facts with the pass mark off the scale', (d: RosterData) => ({ ...d, settings: { ...d.settings, examFacts: { passingScore: 500 } } }),
      /exam facts: Exam facts: passing score 500 must lie within the scale 100–400/],
    ['an acknowledgement with no item', (d: RosterData) => ({ ...d, acknowledgements: [{ itemKey: '', at: '2026-01-01' }] }),
      /acknowledgement 1, itemKey/],
  ])('refuses %s and says where', (_label, change, message) => {
    const store = openStore();
    store.write(withRoster((d) => d));
    const before = store.read();
    expect(() => store.write(withRoster(change))).toThrow(message);
    expect(store.read()).toBe(before);
  });

  it('refuses a damaged recertification field in a file on disk, moving the file aside', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-recert-file-'));
    const bad = withRoster((d) => personWith(d, { credentials: [{ id: 'c1', code: 'CPC', ceuEntries: [{ date: 'soon', title: 'X', hours: 1 }] }] }));
    writeFileSync(path.join(dir, 'roster.json'), JSON.stringify(bad));
    const { recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery?.message).toMatch(/credential CPC, CEU entry 1, date: must be a date written YYYY-MM-DD/);
  });
});

function personWith(data: RosterData, fields: Partial<Person>): RosterData {
  return { ...data, people: data.people.map((p) => ({ ...p, ...fields })) };
}
