/**
 * The remembered value-step answers: checked at the IPC boundary and in the stored roster, and
 * kept by the window's commit in the import's own write.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOptionsSchema, settingsPatchSchema } from '../../shared/schemas';
import { emptyRoster, validateRoster } from '../../electron/store/schema';
import { RosterStore } from '../../electron/store/roster-store';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';

describe('value-step answers in the schemas', () => {
  const good = { credential: { codingspecialistii: 'ccs', billerbadge: '' }, employment_status: { inactive: 'leave' }, yes_no: { ged: true } };

  it('are accepted in a settings change and in import options, codes upper-cased', () => {
    const parsed = settingsPatchSchema.parse({ importValueMappings: good });
    expect(parsed.importValueMappings?.credential).toEqual({ codingspecialistii: 'CCS', billerbadge: '' });
    expect(importOptionsSchema.parse({ valueMappings: good, directCoding: false })).toMatchObject({ directCoding: false });
  });

  it('refuse an unknown kind, a status that is not one, a yes/no that is not a boolean and an empty key', () => {
    for (const bad of [
      { other: {} },
      { employment_status: { inactive: 'gone' } },
      { yes_no: { ged: 'yes' } },
      { credential: { '': 'CCS' } },
    ]) {
      expect(settingsPatchSchema.safeParse({ importValueMappings: bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('are valid in a stored roster, and a damaged entry is refused', () => {
    const base = emptyRoster();
    expect(validateRoster({ ...base, settings: { ...base.settings, importValueMappings: good } }).success).toBe(true);
    expect(validateRoster({ ...base, settings: { ...base.settings, importValueMappings: { yes_no: { ged: 'maybe' } } } }).success).toBe(false);
  });
});

describe('the window\'s import remembers its answers', () => {
  it('in the import\'s own write, kept by undo like every setting; settings:update can change or forget them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-values-'));
    const store = RosterStore.open({ dataDir: path.join(dir, 'data') }).store;
    const handlers = createHandlers({
      store, appName: 'Credential Roster', appVersion: '9.9.9', newId: () => 'x',
      dialogs: { openImportFiles: async () => null, saveFile: async () => null },
      shell: { showInFolder: () => undefined, openExternal: async () => undefined },
      emit: () => undefined, now: () => new Date('2026-01-15T09:00:00Z'),
    });
    const call = async (channel: Parameters<typeof dispatch>[1], input: unknown) => {
      const result = await dispatch(handlers, channel, input as never);
      if (!result.ok) throw new Error(result.error);
      return result.value as never;
    };
    const file = path.join(dir, 'people.csv');
    writeFileSync(file, 'Employee ID,Name,Status\n1,Ann Lee,Inactive\n2,Bo Kim,Active\n');
    const preview: { canCommit: boolean; valueQuestions: { value: string; answer: unknown }[] } = await call('import:preview', { files: [file], options: {} });
    expect(preview.canCommit).toBe(false);
    expect(preview.valueQuestions).toEqual([expect.objectContaining({ value: 'Inactive', answer: null })]);
    await call('import:commit', { files: [file], options: { valueMappings: { employment_status: { inactive: 'terminated' } } } });
    expect(store.read().people.find((p) => p.employeeId === '1')?.employmentStatus).toBe('terminated');
    expect(store.read().settings.importValueMappings).toEqual({ credential: {}, employment_status: { inactive: 'terminated' }, yes_no: {} });
    await call('import:undo', undefined);
    expect(store.read().people).toEqual([]);
    expect(store.read().settings.importValueMappings?.employment_status).toEqual({ inactive: 'terminated' });
    await call('settings:update', { importValueMappings: { employment_status: { inactive: 'leave' } } });
    const again: { canCommit: boolean } = await call('import:preview', { files: [file], options: {} });
    expect(again.canCommit).toBe(true);
    await call('settings:update', { importValueMappings: {} });
    expect(((await call('import:preview', { files: [file], options: {} })) as { canCommit: boolean }).canCommit).toBe(false);
  });
});
