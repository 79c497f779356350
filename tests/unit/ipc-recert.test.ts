/**
 * The recertification channels end to end on a real store in a temp folder: CEU entries and cycle
 * dates, reminders and acknowledgements, CCS exam applications and results, and the settings.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc';
import { RosterStore } from '../../electron/store/roster-store';
import { createHandlers, type Handlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { storedFingerprint, storedRoster } from '../fixtures/stored-roster';

describe('recertification channels on a real store', () => {
  let store: RosterStore;
  let handlers: Handlers;
  let clock: Date;

  async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(handlers, channel, input, { log: (m, e) => { throw new Error(`${m}: ${String(e)}`); } });
    if (!result.ok) throw new Error(`${channel} refused: ${result.error}`);
    return result.value;
  }
  async function refusal<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<string> {
    const result = await dispatch(handlers, channel, input, { log: (m, e) => { throw new Error(`${m}: ${String(e)}`); } });
    if (result.ok) throw new Error(`${channel} was accepted`);
    return result.error;
  }
  const onDisk = () => storedRoster(store.dataDir) as unknown as Record<string, unknown> & {
    people: { employeeId: string; credentials: Record<string, unknown>[]; examApplications?: Record<string, unknown>[] }[];
  };

  beforeEach(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-recert-ipc-'));
    store = RosterStore.open({ dataDir: path.join(dir, 'data') }).store;
    clock = new Date(2026, 0, 15, 9, 30);
    let n = 0;
    handlers = createHandlers({
      store,
      appName: 'Credential Roster',
      appVersion: '9.9.9',
      newId: () => `id-${++n}`,
      dialogs: { openImportFiles: async () => null, saveFile: async () => null },
      shell: { showInFolder: () => undefined, openExternal: async () => undefined },
      emit: () => undefined,
      now: () => clock,
    });
    await call('person:create', { person: { employeeId: '00123', firstName: 'Maya', lastName: 'Okafor', employmentStatus: 'active' } });
    // RHIT earned 2024-03-01: AHIMA cycle 2024-03-01..2026-02-28, 20 CEUs.
    await call('credential:save', { employeeId: '00123', credential: { code: 'RHIT', earnedOn: '2024-03-01' } });
  });

  it('CEU entries move the status from not tracked to on track to complete, and survive a credential save', async () => {
    const asOf = '2025-09-01';
    const status = async () => (await call('person:get', { employeeId: '00123', asOf })).ceu?.[0];
    expect(await status()).toMatchObject({ body: 'AHIMA', earned: 0, status: 'not-tracked', requirement: expect.objectContaining({ hours: 20 }) });

    await call('ceu:add', { employeeId: '00123', credentialId: 'id-1', entry: { date: '2024-06-01', title: 'Coding Clinic review', hours: 10, provider: 'AHIMA', hiimDomain: true } });
    await call('ceu:add', { employeeId: '00123', credentialId: 'id-1', entry: { date: '2025-02-01', title: 'ICD-10-PCS update', hours: 6, hiimDomain: true } });
    expect(await status()).toMatchObject({ earned: 16, earnedFrom: 'entries', status: 'on-track' });
    // An entry that does not say its domain: the 16 hours that do are the 80% of 20.
    await call('ceu:add', { employeeId: '00123', credentialId: 'id-1', entry: { date: '2025-08-01', title: 'Ethics', hours: 4 } });
    expect(await status()).toMatchObject({ earned: 20, status: 'complete', domainShare: { domainHours: 16, unrecordedHours: 4, met: true } });
    await call('ceu:update', { employeeId: '00123', credentialId: 'id-1', entry: { date: '2025-08-01', title: 'Ethics', hours: 4 }, next: { date: '2025-08-01', title: 'Ethics', hours: 4, hiimDomain: false } });
    expect(await status()).toMatchObject({ earned: 20, status: 'complete' });
    expect((onDisk().people[0]?.credentials[0]?.ceuEntries as unknown[] | undefined)?.[2]).toEqual({ date: '2025-08-01', title: 'Ethics', hours: 4, hiimDomain: false });
    expect(await refusal('ceu:update', { employeeId: '00123', credentialId: 'id-1', entry: { date: '2025-08-02', title: 'Ethics', hours: 4 }, next: { date: '2025-08-01', title: 'Ethics', hours: 4 } }))
      .toMatch(/has no CEU entry "Ethics" on 2025-08-02/);

    // The credential form does not send CEU entries: saving it keeps them.
    const saved = await call('credential:save', { employeeId: '00123', credential: { id: 'id-1', code: 'RHIT', earnedOn: '2024-03-01', number: 'R-1' } });
    expect(saved.credentials[0]?.ceuEntries).toHaveLength(3);
    expect(onDisk().people[0]?.credentials[0]?.ceuEntries).toHaveLength(3);

    const removed = await call('ceu:delete', { employeeId: '00123', credentialId: 'id-1', entry: { date: '2025-08-01', title: 'Ethics', hours: 4 } });
    expect(removed.credentials[0]?.ceuEntries).toHaveLength(2);
    expect(await status()).toMatchObject({ earned: 16, status: 'on-track' });
    expect(await refusal('ceu:delete', { employeeId: '00123', credentialId: 'id-1', entry: { date: '2025-08-01', title: 'Ethics', hours: 4 } }))
      .toBe('Employee ID 00123, credential RHIT, has no CEU entry "Ethics" on 2025-08-01 for 4 hours.');
    expect(await refusal('ceu:add', { employeeId: '00123', credentialId: 'nope', entry: { date: '2025-08-01', title: 'Ethics', hours: 4 } }))
      .toBe('Employee ID 00123 has no credential with id nope.');
    expect(await refusal('ceu:add', { employeeId: '00123', credentialId: 'id-1', entry: { date: '2025-08-01', title: 'Ethics', hours: -1 } }))
      .toContain('hours');
  });

  it('saves cycle dates on a credential, keeps them when left out, and clears them with null', async () => {
    const withCycle = await call('credential:save', {
      employeeId: '00123',
      credential: { id: 'id-1', code: 'RHIT', earnedOn: '2024-03-01', cycleStart: '2024-01-01', cycleEnd: '2025-12-31' },
    });
    expect(withCycle.credentials[0]).toMatchObject({ cycleStart: '2024-01-01', cycleEnd: '2025-12-31' });
    const detail = await call('person:get', { employeeId: '00123', asOf: '2025-06-01' });
    expect(detail.ceu?.[0]?.cycle).toMatchObject({ start: '2024-01-01', end: '2025-12-31', source: 'override' });

    const kept = await call('credential:save', { employeeId: '00123', credential: { id: 'id-1', code: 'RHIT', earnedOn: '2024-03-01' } });
    expect(kept.credentials[0]).toMatchObject({ cycleStart: '2024-01-01', cycleEnd: '2025-12-31' });
    const cleared = await call('credential:save', { employeeId: '00123', credential: { id: 'id-1', code: 'RHIT', earnedOn: '2024-03-01', cycleStart: null, cycleEnd: null } });
    expect(cleared.credentials[0]).not.toHaveProperty('cycleStart');
    expect(cleared.credentials[0]).not.toHaveProperty('cycleEnd');

    expect(await refusal('credential:save', { employeeId: '00123', credential: { id: 'id-1', code: 'RHIT', cycleStart: '2026-01-01', cycleEnd: '2025-01-01' } }))
      .toContain('cycle end is before the cycle start');
    // Only the start sent, after the stored end: the store refuses the combination.
    await call('credential:save', { employeeId: '00123', credential: { id: 'id-1', code: 'RHIT', cycleEnd: '2025-12-31' } });
    expect(await refusal('credential:save', { employeeId: '00123', credential: { id: 'id-1', code: 'RHIT', cycleStart: '2026-06-01' } }))
      .toMatch(/employee ID 00123 \(Okafor, Maya\), credential RHIT, .*cycle start must not be after cycle end/);
  });

  it('lists reminders, and an acknowledged item stays hidden until its next threshold', async () => {
    // 2026-01-15: the cycle ends 2026-02-28, 44 days away: the 60-day threshold; 5 of 20 CEUs is behind.
    await call('ceu:add', { employeeId: '00123', credentialId: 'id-1', entry: { date: '2025-01-10', title: 'Webinar', hours: 5 } });
    const first = await call('reminders:get', { asOf: '2026-01-15' });
    const expiring = first.items.find((i) => i.kind === 'expiring');
    expect(expiring).toMatchObject({ employeeId: '00123', subject: 'RHIT', threshold: '60', dueOn: '2026-02-28', daysLeft: 44 });
    expect(first.items.find((i) => i.kind === 'ceu')).toMatchObject({ subject: 'AHIMA', threshold: 'behind' });
    expect(first.acknowledged).toBe(0);

    const ack = await call('reminders:acknowledge', { itemKey: expiring!.key, note: 'Renewal booked' });
    expect(ack).toEqual({ itemKey: expiring!.key, at: expect.stringMatching(/^2026-01-15T09:30:00/), note: 'Renewal booked' });
    const after = await call('reminders:get', { asOf: '2026-01-15' });
    expect(after.items.map((i) => i.key)).not.toContain(expiring!.key);
    expect(after.acknowledged).toBe(1);
    expect(after.acknowledgements).toEqual([ack]);
    expect(onDisk().acknowledgements).toEqual([ack]);

    // 25 days before the end the 30-day threshold is a new item.
    const later = await call('reminders:get', { asOf: '2026-02-03' });
    expect(later.items.find((i) => i.kind === 'expiring')).toMatchObject({ threshold: '30' });

    // Lead times from the settings.
    await call('settings:update', { reminders: { leadDays: [14] } });
    const quiet = await call('reminders:get', { asOf: '2026-01-15' });
    expect(quiet.items.filter((i) => i.kind === 'expiring')).toEqual([]);
  });

  it('exam applications: warnings, a retake refused inside the wait, a pass that certifies the person', async () => {
    await call('person:create', { person: { employeeId: '00456', firstName: 'Ben', lastName: 'Ito', employmentStatus: 'active' } });
    await call('experience:save', { employeeId: '00456', experience: { start: '2024-06-01', directCoding: true } });
    // One year of coding on 2025-06-10: not eligible under ccs-required.
    // Asked first with checkOnly, the warnings come back and nothing is written.
    const before = storedFingerprint(store.dataDir);
    const asked = await call('exam:save', {
      employeeId: '00456',
      application: { appliedOn: '2025-06-10', approvedOn: '2025-06-20', scheduledOn: '2025-07-15' },
      checkOnly: true,
    });
    expect(asked.warnings.map((w) => w.code)).toEqual(['not-eligible', 'refund-fee']);
    expect(storedFingerprint(store.dataDir)).toBe(before);
    const early = await call('exam:save', {
      employeeId: '00456',
      application: { appliedOn: '2025-06-10', approvedOn: '2025-06-20', scheduledOn: '2025-07-15' },
    });
    expect(early.application).toMatchObject({ id: 'id-3', appliedOn: '2025-06-10', extensions: [] });
    expect(early.warnings.map((w) => w.code)).toEqual(['not-eligible', 'refund-fee']);
    expect(early.warnings[0]?.message).toContain('eligible on 2026-06-01');

    const failed = await call('exam:result', { employeeId: '00456', applicationId: 'id-3', score: 280 });
    expect(failed).toMatchObject({ passed: false, credential: null, application: { result: 'fail', scaledScore: 280, resultOn: '2025-07-15' } });

    const retake = await call('exam:save', { employeeId: '00456', application: { appliedOn: '2025-07-20', approvedOn: '2025-07-21' } });
    const tooSoon = await refusal('exam:save', {
      employeeId: '00456',
      application: { id: retake.application.id, appliedOn: '2025-07-20', approvedOn: '2025-07-21', scheduledOn: '2025-08-01' },
    });
    expect(tooSoon).toBe(
      'Exam date 2025-08-01 is inside the 30-day wait after the failed attempt on 2025-07-15: the earliest retake date is 2025-08-14.',
    );
    const late = await refusal('exam:save', {
      employeeId: '00456',
      application: { id: retake.application.id, appliedOn: '2025-07-20', approvedOn: '2025-07-21', scheduledOn: '2026-01-01' },
    });
    expect(late).toContain('after the testing window closes on 2025-11-18');

    await call('exam:save', {
      employeeId: '00456',
      application: { id: retake.application.id, appliedOn: '2025-07-20', approvedOn: '2025-07-21', scheduledOn: '2025-08-20' },
    });
    const passed = await call('exam:result', { employeeId: '00456', applicationId: retake.application.id, score: 331 });
    expect(passed.passed).toBe(true);
    expect(passed.credential).toMatchObject({ code: 'CCS', earnedOn: '2025-08-20', issuer: 'AHIMA', expiresOn: '2027-08-19' });
    expect(passed.person.credentials.map((c) => c.code)).toEqual(['CCS']);
    const stored = onDisk().people.find((p) => p.employeeId === '00456');
    expect(stored?.credentials.map((c) => c.code)).toEqual(['CCS']);
    expect(stored?.examApplications?.map((a) => a.result)).toEqual(['fail', 'pass']);

    const detail = await call('person:get', { employeeId: '00456', asOf: '2025-09-01' });
    expect(detail.eligibility.status).toBe('certified');
    expect(await refusal('exam:result', { employeeId: '00456', applicationId: retake.application.id, score: 350 })).toContain('already has a result (pass');

    // A second application now warns that the person is certified.
    const again = await call('exam:save', { employeeId: '00456', application: { appliedOn: '2025-10-01' } });
    expect(again.warnings.map((w) => w.code)).toEqual(['already-certified', 'refund-fee']);
    const left = await call('exam:delete', { employeeId: '00456', applicationId: again.application.id });
    expect(left.examApplications).toHaveLength(2);
    expect(await refusal('exam:delete', { employeeId: '00456', applicationId: 'nope' })).toBe('Employee ID 00456 has no exam application with id nope.');
  });

  it('records a no-show without a score, and refuses a score off the scale', async () => {
    const saved = await call('exam:save', { employeeId: '00123', application: { appliedOn: '2025-01-10', approvedOn: '2025-01-12', scheduledOn: '2025-02-01' } });
    expect(saved.warnings).toEqual([]); // RHIT holders are eligible by credential
    expect(await refusal('exam:result', { employeeId: '00123', applicationId: saved.application.id, score: 450 })).toBe(
      'Scaled score 450 is outside the scale 100–400.',
    );
    expect(await refusal('exam:result', { employeeId: '00123', applicationId: saved.application.id, score: 300, outcome: 'no-show' })).toContain(
      'either a scaled score or an outcome',
    );
    const noShow = await call('exam:result', { employeeId: '00123', applicationId: saved.application.id, outcome: 'no-show' });
    expect(noShow.application).toMatchObject({ result: 'no-show', resultOn: '2025-02-01' });
    expect(noShow.application).not.toHaveProperty('scaledScore');
  });

  it('settings carry the exam facts in use with their sources, and refuse contradictory ones', async () => {
    const initial = await call('settings:get', undefined);
    expect(initial.examFactsInUse).toMatchObject({ passingScore: 300, windowDays: 120, questionCount: '107', edited: [] });
    expect(initial.examFactsInUse.sources.windowDays.title).toBeTruthy();
    expect(initial.remindersInUse.leadDays).toEqual([90, 60, 30, 7]);

    const changed = await call('settings:update', { examFacts: { questionCount: '115–140', windowDays: 90 }, reminders: { leadDaysByCode: { CCS: [45] } } });
    expect(changed.examFacts).toEqual({ questionCount: '115–140', windowDays: 90 });
    expect(changed.examFactsInUse).toMatchObject({ questionCount: '115–140', windowDays: 90, passingScore: 300 });
    expect([...changed.examFactsInUse.edited].sort()).toEqual(['questionCount', 'windowDays']);
    expect(changed.remindersInUse).toMatchObject({ leadDays: [90, 60, 30, 7], leadDaysByCode: { CCS: [45] } });
    expect((onDisk().settings as Record<string, unknown>).examFacts).toEqual({ questionCount: '115–140', windowDays: 90 });

    expect(await refusal('settings:update', { examFacts: { passingScore: 450 } })).toBe(
      'Exam facts: passing score 450 must lie within the scale 100–400',
    );
    expect(await refusal('settings:update', { reminders: { leadDays: [-5] } })).toContain('Reminder settings ▸ Reminder lead days ▸ item 1: must be 0 or more');

    const reset = await call('settings:update', { examFacts: {} });
    expect(reset).not.toHaveProperty('examFacts');
    expect(reset.examFactsInUse.edited).toEqual([]);
  });

  it('keeps the diploma and assumed-FTE settings, refuses an FTE out of range, and clears the FTE with null', async () => {
    const set = await call('settings:update', { diplomaConditionOfEmployment: true, difAssumedFte: 0.9 });
    expect(set).toMatchObject({ diplomaConditionOfEmployment: true, difAssumedFte: 0.9 });
    expect(await call('settings:get', undefined)).toMatchObject({ diplomaConditionOfEmployment: true, difAssumedFte: 0.9 });
    expect(await refusal('settings:update', { difAssumedFte: 0 })).toMatch(/difAssumedFte|FTE/i);
    expect(await refusal('settings:update', { difAssumedFte: 2 })).toMatch(/difAssumedFte|FTE/i);
    const cleared = await call('settings:update', { difAssumedFte: null });
    expect(cleared.difAssumedFte ?? null).toBeNull();
    expect((await call('settings:get', undefined)).difAssumedFte ?? null).toBeNull();
    expect((await call('settings:get', undefined)).diplomaConditionOfEmployment).toBe(true);
  });

  it('the dashboard counts people behind on CEUs and short after a cycle ended', async () => {
    await call('person:create', { person: { employeeId: '00789', firstName: 'Cleo', lastName: 'Ruiz', employmentStatus: 'active' } });
    await call('credential:save', { employeeId: '00789', credential: { code: 'CCS', earnedOn: '2020-01-01', expiresOn: '2025-12-31', ceusEarned: 8 } });
    // 00123 has no CEU figure at all: not tracked, and counted as such.
    expect((await call('dashboard:get', { asOf: '2026-01-15' })).ceu).toEqual({ behind: 0, short: 1, notTracked: 1 });
    await call('ceu:add', { employeeId: '00123', credentialId: 'id-1', entry: { date: '2025-01-10', title: 'Webinar', hours: 5 } });
    expect((await call('dashboard:get', { asOf: '2026-01-15' })).ceu).toEqual({ behind: 1, short: 1, notTracked: 0 });
  });
});
