import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, contract, type ChannelName } from '../../shared/ipc';
import { RosterStore } from '../../electron/store/roster-store';
import { createHandlers, type HandlerDeps, type Handlers } from '../../electron/ipc/handlers';
import { dispatch, UNEXPECTED_ERROR_MESSAGE } from '../../electron/ipc/dispatch';
import { storedFingerprint } from '../fixtures/stored-roster';

const AS_OF = '2026-01-15';

/** One valid input per channel; the malformed ones are derived from it. */
const VALID: Readonly<Record<ChannelName, unknown>> = {
  'app:info': undefined,
  'roster:list': { asOf: AS_OF },
  'dashboard:get': { asOf: AS_OF, ruleSet: 'ccs-recommended' },
  'person:get': { asOf: AS_OF, employeeId: '00123' },
  'person:history': { employeeId: '00123' },
  'person:create': { person: { employeeId: '00999', firstName: 'Ana', lastName: 'Diaz', employmentStatus: 'active' } },
  'person:update': { employeeId: '00123', changes: { unit: '4 West', fte: 0.8 } },
  'person:delete': { employeeId: '00123' },
  'people:bulk': { employeeIds: ['00123'], change: { kind: 'fte', fte: 0.9 } },
  'credential:save': { employeeId: '00123', credential: { code: 'ccs', earnedOn: '2020-01-01', ceusEarned: 5 } },
  'credential:delete': { employeeId: '00123', id: 'c1' },
  'experience:save': { employeeId: '00123', experience: { start: '2020-01-01', directCoding: true } },
  'experience:delete': { employeeId: '00123', id: 'e1' },
  'education:save': { employeeId: '00123', education: { program: 'Coding', components: ['icd-coding'] } },
  'education:delete': { employeeId: '00123', id: 'd1' },
  'ceu:add': { employeeId: '00123', credentialId: 'c1', entry: { date: '2025-06-01', title: 'Coding update', hours: 2, provider: 'AHIMA' } },
  'ceu:delete': { employeeId: '00123', credentialId: 'c1', entry: { date: '2025-06-01', title: 'Coding update', hours: 2 } },
  'ceu:update': { employeeId: '00123', credentialId: 'c1', entry: { date: '2025-06-01', title: 'Coding update', hours: 2 }, next: { date: '2025-06-01', title: 'Coding update', hours: 2, hiimDomain: true } },
  'exam:save': { employeeId: '00123', application: { appliedOn: '2026-01-02', approvedOn: '2026-01-05', scheduledOn: '2026-02-01' }, ruleSet: 'ccs-required' },
  'exam:result': { employeeId: '00123', applicationId: 'a1', score: 320, on: '2026-02-01' },
  'exam:delete': { employeeId: '00123', applicationId: 'a1' },
  'reminders:get': { asOf: AS_OF },
  'reminders:acknowledge': { itemKey: '00123|c1|2026-03-01|60', note: 'Renewal booked' },
  'catalog:list': undefined,
  'catalog:add': { credential: { code: 'XYZ', name: 'X cert', body: 'XB', coding: true, difAccepted: false } },
  'import:pick': undefined,
  'import:preview': { files: ['/tmp/roster-missing.csv'], options: { dayFirst: false } },
  'import:commit': { files: ['/tmp/roster-missing.csv'], options: { skipInvalid: true } },
  'import:undo': undefined,
  'import:template': { format: 'csv' },
  'export:difCheck': { asOf: AS_OF, rnOnly: true },
  'export:run': { kind: 'dif', options: { asOf: AS_OF, rnOnly: true } },
  'settings:get': undefined,
  'settings:update': { expiryWarningDays: 60 },
  'backups:list': undefined,
  'backups:restore': { name: 'roster-backup.sqlite' },
  'shell:showInFolder': { file: '/tmp/report.xlsx' },
  'shell:openExternal': { url: 'https://www.ahima.org/' },
};

const HUGE = 'x'.repeat(1_000_000);

/** A value of the wrong type for whatever `value` is. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twelve';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'not a list';
  return 'not an object';
}

/** Payloads the channel's schema must refuse: wrong types, huge strings, unexpected and prototype keys. */
function malformed(valid: unknown): { label: string; raw: unknown }[] {
  const cases: { label: string; raw: unknown }[] = [
    { label: 'a number', raw: 42 },
    { label: 'a string', raw: 'hello' },
    { label: 'a list', raw: [valid] },
    { label: 'null', raw: null },
    { label: 'an extra field', raw: { ...(valid as object), extra: 1 } },
    { label: 'a __proto__ key', raw: JSON.parse(`{"__proto__": {"isAdmin": true}${valid ? `, ${JSON.stringify(valid).slice(1, -1)}` : ''}}`) },
    { label: 'a constructor key', raw: { ...(valid as object), constructor: { prototype: { polluted: true } } } },
  ];
  if (valid === undefined || valid === null || typeof valid !== 'object') return cases;
  const walk = (obj: Record<string, unknown>, rebuild: (inner: Record<string, unknown>) => unknown, where: string) => {
    for (const [key, value] of Object.entries(obj)) {
      cases.push({ label: `${where}${key} of the wrong type`, raw: rebuild({ ...obj, [key]: wrongType(value) }) });
      if (typeof value === 'string') cases.push({ label: `${where}${key} a megabyte long`, raw: rebuild({ ...obj, [key]: HUGE }) });
      if (Array.isArray(value) && typeof value[0] === 'string') {
        cases.push({ label: `${where}${key} holding a huge string`, raw: rebuild({ ...obj, [key]: [HUGE] }) });
      }
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const nested = value as Record<string, unknown>;
        walk(nested, (inner) => rebuild({ ...obj, [key]: inner }), `${where}${key}.`);
        cases.push({
          label: `${where}${key} with a __proto__ key`,
          raw: rebuild({ ...obj, [key]: JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(nested).slice(1)}`) }),
        });
      }
    }
  };
  walk(valid as Record<string, unknown>, (inner) => inner, '');
  return cases;
}

function fakeDeps(store: RosterStore): HandlerDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    store,
    appName: 'Credential Roster',
    appVersion: '0.0.0-test',
    newId: (() => {
      let n = 0;
      return () => `id-${++n}`;
    })(),
    dialogs: {
      openImportFiles: async () => {
        calls.push('openImportFiles');
        return null;
      },
      saveFile: async () => {
        calls.push('saveFile');
        return null;
      },
    },
    shell: {
      showInFolder: (file) => void calls.push(`showInFolder ${file}`),
      openExternal: async (url) => void calls.push(`openExternal ${url}`),
    },
    emit: (event) => void calls.push(`emit ${event}`),
    now: () => new Date('2026-01-15T12:00:00Z'),
  };
}

describe('dispatch', () => {
  let dataDir: string;
  let store: RosterStore;
  let deps: ReturnType<typeof fakeDeps>;
  let handlers: Handlers;

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'roster-dispatch-'));
    store = RosterStore.open({ dataDir }).store;
    deps = fakeDeps(store);
    handlers = createHandlers(deps);
    const created = await dispatch(handlers, 'person:create', {
      person: { employeeId: '00123', firstName: 'Maya', lastName: 'Okafor', employmentStatus: 'active' },
    });
    expect(created).toMatchObject({ ok: true });
  });

  afterEach(() => {
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('has a valid sample for every channel (so the table below covers them all)', () => {
    for (const channel of CHANNELS) {
      expect(contract[channel].input.safeParse(VALID[channel]).success, channel).toBe(true);
    }
  });

  describe.each(CHANNELS)('%s', (channel) => {
    it('refuses every malformed payload with a plain message, never throws, and leaves the data file alone', async () => {
      const before = storedFingerprint(store.dataDir);
      const log = vi.fn();
      for (const { label, raw } of malformed(VALID[channel])) {
        const result = await dispatch(handlers, channel, raw, { log });
        expect(result.ok, `${channel}: ${label}`).toBe(false);
        if (result.ok) continue;
        expect(result.error, `${channel}: ${label}`).not.toBe(UNEXPECTED_ERROR_MESSAGE);
        expect(result.error.length, `${channel}: ${label}`).toBeLessThan(2_000);
        expect(result.error).not.toMatch(/Invalid input|ZodError|\bat \w+ \(/);
      }
      expect(log).not.toHaveBeenCalled();
      expect(deps.calls.filter((c) => !c.startsWith('emit'))).toEqual([]);
      expect(storedFingerprint(store.dataDir)).toBe(before);
    });
  });

  it('answers a request for an unknown channel without running anything', async () => {
    const result = await dispatch(handlers, 'fs:readFile' as ChannelName, { path: '/etc/passwd' });
    expect(result).toEqual({ ok: false, error: 'The app does not know that request.' });
    expect(await dispatch(handlers, '__proto__' as ChannelName, {})).toMatchObject({ ok: false });
    expect(await dispatch(handlers, 'toString' as ChannelName, {})).toMatchObject({ ok: false });
  });

  it('turns an unexpected exception into a generic message and logs it', async () => {
    const log = vi.fn();
    const broken = { ...handlers, 'settings:get': async () => { throw new TypeError('x is undefined'); } } as Handlers;
    const result = await dispatch(broken, 'settings:get', undefined, { log });
    expect(result).toEqual({ ok: false, error: UNEXPECTED_ERROR_MESSAGE });
    expect(log).toHaveBeenCalledWith('Request "settings:get" failed', expect.any(TypeError));
  });

  it('survives a payload whose getter throws', async () => {
    const log = vi.fn();
    const hostile = Object.defineProperty({}, 'employeeId', { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = await dispatch(handlers, 'person:delete', hostile, { log });
    expect(result.ok).toBe(false);
  });

  it('passes on a handler’s plain refusal as it is', async () => {
    const before = storedFingerprint(store.dataDir);
    expect(await dispatch(handlers, 'person:get', { asOf: AS_OF, employeeId: '55555' })).toEqual({
      ok: false,
      error: 'No person with employee ID 55555 is in the roster.',
    });
    const duplicate = await dispatch(handlers, 'person:create', {
      person: { employeeId: '00123', firstName: 'Again', lastName: 'Same', employmentStatus: 'active' },
    });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.error).toMatch(/00123/);
    expect(storedFingerprint(store.dataDir)).toBe(before);
  });

  it('refuses a line break, a tab or a hidden control character in a one-line field from the window, naming the field', async () => {
    expect(await dispatch(handlers, 'person:create', { person: { employeeId: '00777', firstName: 'Ann', lastName: 'Lee', employmentStatus: 'active' } })).toMatchObject({ ok: true });
    const before = storedFingerprint(store.dataDir);
    for (const [patch, label] of [[{ unit: 'HIM\nCoding' }, 'Unit'], [{ jobTitle: 'Coder\tII' }, 'Job title'], [{ firstName: 'A\u0007nn' }, 'First name']] as const) {
      const result = await dispatch(handlers, 'person:update', { employeeId: '00777', changes: patch });
      expect(result).toEqual({ ok: false, error: `Changes ▸ ${label}: must be one line of plain text, with no line breaks, tabs or hidden control characters` });
    }
    expect(storedFingerprint(store.dataDir)).toBe(before);
    // Notes are free text: a line break is kept.
    expect(await dispatch(handlers, 'person:update', { employeeId: '00777', changes: { notes: 'First line\nSecond line' } })).toMatchObject({ ok: true });
  });

  describe('import file checks', () => {
    it.each([
      ['a relative path', () => 'hr.csv', /full location/],
      ['a missing file', () => path.join(dataDir, 'missing.csv'), /not found/],
      ['a folder named like a CSV', () => {
        const dir = path.join(dataDir, 'folder.csv');
        mkdirSync(dir);
        return dir;
      }, /folder/],
      ['a document', () => {
        const file = path.join(dataDir, 'notes.docx');
        writeFileSync(file, 'employee_id\n1\n');
        return file;
      }, /only CSV/],
      ['an executable', () => {
        const file = path.join(dataDir, 'payload.exe');
        writeFileSync(file, 'MZ');
        return file;
      }, /only CSV/],
    ])('refuses %s before reading anything', async (_label, makePath, message) => {
      const before = storedFingerprint(store.dataDir);
      const file = makePath();
      for (const channel of ['import:preview', 'import:commit'] as const) {
        const result = await dispatch(handlers, channel, { files: [file], options: {} });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toMatch(message);
      }
      expect(storedFingerprint(store.dataDir)).toBe(before);
    });
  });

  describe('opening links', () => {
    it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.org/', '\\\\host\\share', 'data:text/html,x', 'https://'])(
      'refuses %s without calling the shell',
      async (url) => {
        const result = await dispatch(handlers, 'shell:openExternal', { url });
        expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/https/) });
        expect(deps.calls).toEqual([]);
      },
    );

    it('opens an https address', async () => {
      expect(await dispatch(handlers, 'shell:openExternal', { url: 'https://www.ahima.org/' })).toEqual({ ok: true, value: null });
      expect(deps.calls).toEqual(['openExternal https://www.ahima.org/']);
    });
  });

  it('returns null without writing anything when a save dialog is cancelled', async () => {
    const before = storedFingerprint(store.dataDir);
    expect(await dispatch(handlers, 'export:run', { kind: 'roster', options: { asOf: AS_OF } })).toEqual({ ok: true, value: null });
    expect(await dispatch(handlers, 'import:template', { format: 'xlsx' })).toEqual({ ok: true, value: null });
    expect(await dispatch(handlers, 'import:pick', undefined)).toEqual({ ok: true, value: null });
    expect(deps.calls).toEqual(['saveFile', 'saveFile', 'openImportFiles']);
    expect(storedFingerprint(store.dataDir)).toBe(before);
  });
});
