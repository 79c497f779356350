/**
 * Bulk changes to the people selected in the roster: one write to a real store, a backup before it,
 * and a refusal in words that changes nothing.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput, IpcResult } from '../../shared/ipc';
import { RosterStore } from '../../electron/store/roster-store';
import type { Handlers } from '../../electron/ipc/handlers';
import { quietHandlers } from '../fixtures/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { credential, person } from '../fixtures/people';

describe('people:bulk', () => {
  let dir: string;
  let store: RosterStore;
  let handlers: Handlers;
  let writes: number;

  const bulk = (input: unknown): Promise<IpcResult<ChannelOutput<'people:bulk'>>> =>
    dispatch(handlers, 'people:bulk', input as ChannelInput<'people:bulk'>, { log: () => undefined });

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'roster-bulk-'));
    store = RosterStore.open({ dataDir: dir }).store;
    store.update((d) => ({
      ...d,
      people: [
        person('001', { unit: 'Inpatient', fte: 1 }),
        person('002', { credentials: [credential('RHIT', '2020-01-01', '2026-02-01')] }),
        person('003', { unit: 'CDI', hsDiploma: true }),
      ],
    }));
    const original = store.update.bind(store);
    writes = 0;
    store.update = (...args) => {
      writes += 1;
      return original(...args);
    };
    handlers = quietHandlers(store, { now: () => new Date('2026-01-15T09:00:00Z') });
  });

  it('sets the unit of everyone selected in one write, after a backup, and counts only real changes', async () => {
    const result = await bulk({ employeeIds: ['001', '002', '003'], change: { kind: 'unit', unit: ' CDI ' } });
    expect(result).toEqual({ ok: true, value: { changed: 2, acknowledged: 0 } });
    expect(writes).toBe(1);
    expect(store.read().people.map((p) => p.unit)).toEqual(['CDI', 'CDI', 'CDI']);
    expect(store.listBackups().filter((b) => b.reason === 'before a change to 3 people at once')).toHaveLength(1);
  });

  it('sets and clears the FTE, and marks the diploma on record', async () => {
    expect(await bulk({ employeeIds: ['002', '003'], change: { kind: 'fte', fte: 0.5 } })).toMatchObject({ ok: true, value: { changed: 2 } });
    expect(store.read().people.map((p) => p.fte)).toEqual([1, 0.5, 0.5]);
    await bulk({ employeeIds: ['001'], change: { kind: 'fte', fte: null } });
    expect('fte' in store.read().people[0]!).toBe(false);
    expect(await bulk({ employeeIds: ['001', '003'], change: { kind: 'diploma', hsDiploma: true } })).toMatchObject({ ok: true, value: { changed: 1 } });
    expect(store.read().people.map((p) => p.hsDiploma)).toEqual([true, undefined, true]);
  });

  it('acknowledges every open reminder of the people selected, with one time stamp', async () => {
    const result = await bulk({ employeeIds: ['002'], change: { kind: 'acknowledge', asOf: '2026-01-15', note: 'Renewal booked' } });
    expect(result.ok && result.value.acknowledged).toBeGreaterThan(0);
    const acks = store.read().acknowledgements ?? [];
    expect(acks.every((a) => a.itemKey.startsWith('002|') && a.note === 'Renewal booked')).toBe(true);
    expect(new Set(acks.map((a) => a.at)).size).toBe(1);
    const digest = await dispatch(handlers, 'reminders:get', { asOf: '2026-01-15' }, { log: () => undefined });
    expect(digest.ok && digest.value.items.filter((i) => i.employeeId === '002')).toEqual([]);
  });

  it('changes nothing, and writes no backup, when nothing would change', async () => {
    expect(await bulk({ employeeIds: ['003'], change: { kind: 'unit', unit: 'CDI' } })).toEqual({ ok: true, value: { changed: 0, acknowledged: 0 } });
    expect(writes).toBe(0);
  });

  it('refuses a selection naming someone not on the roster, a duplicate or a bad value, and writes nothing', async () => {
    const before = store.read();
    const gone = await bulk({ employeeIds: ['001', '999'], change: { kind: 'unit', unit: 'CDI' } });
    expect(gone).toEqual({ ok: false, error: expect.stringMatching(/Employee ID 999 is not in the roster any more; nothing was changed/) });
    const twice = await bulk({ employeeIds: ['001', '001'], change: { kind: 'unit', unit: 'CDI' } });
    expect(twice.ok === false && twice.error).toMatch(/selected twice/);
    const fte = await bulk({ employeeIds: ['001'], change: { kind: 'fte', fte: 7 } });
    expect(fte.ok === false && fte.error).toMatch(/FTE/);
    const empty = await bulk({ employeeIds: [], change: { kind: 'diploma', hsDiploma: true } });
    expect(empty.ok === false && empty.error).toMatch(/Select at least one person/);
    const unknown = await bulk({ employeeIds: ['001'], change: { kind: 'delete' } });
    expect(unknown.ok).toBe(false);
    expect(store.read()).toBe(before);
    expect(writes).toBe(0);
  });
});
