import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MainEventName } from '../../shared/events';
import { dispatch } from '../../electron/ipc/dispatch';
import type { Handlers } from '../../electron/ipc/handlers';
import { RosterStore } from '../../electron/store/roster-store';
import { quietHandlers } from '../fixtures/handlers';

describe('the "settings changed" event', () => {
  let dir: string;
  let store: RosterStore;
  let handlers: Handlers;
  /** Each event the handlers sent, with the organisation name stored at that moment. */
  let heard: { event: MainEventName; organisation: string }[];

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'roster-settings-event-'));
    store = RosterStore.open({ dataDir: path.join(dir, 'data') }).store;
    heard = [];
    handlers = quietHandlers(store, { emit: (event) => void heard.push({ event, organisation: store.read().settings.organisationName }) });
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const settingsEvents = () => heard.filter((h) => h.event === 'settings:changed');

  it('is sent once a settings change is written, so a window fetching then sees it', async () => {
    const result = await dispatch(handlers, 'settings:update', { organisationName: 'Mercy General Hospital' });
    expect(result.ok).toBe(true);
    expect(settingsEvents()).toEqual([{ event: 'settings:changed', organisation: 'Mercy General Hospital' }]);
  });

  it('is not sent for a refused change, nor for a change to a person', async () => {
    const refused = await dispatch(handlers, 'settings:update', { expiryWarningDays: 0 });
    expect(refused.ok).toBe(false);
    await dispatch(handlers, 'person:create', { person: { employeeId: '00001', firstName: 'Ana', lastName: 'Diaz', employmentStatus: 'active' } });
    expect(settingsEvents()).toEqual([]);
  });

  it('is sent by an import, which remembers its column answers in the settings, and not by its preview', async () => {
    const file = path.join(dir, 'export.csv');
    writeFileSync(file, 'Badge,Surname,Given name\n00501,Quispe,Kofi\n00502,Lund,Maja\n');
    const options = { mapping: { Badge: 'employee_id', Surname: 'last_name', 'Given name': 'first_name' } } as const;
    expect((await dispatch(handlers, 'import:preview', { files: [file], options })).ok).toBe(true);
    expect(settingsEvents()).toEqual([]);
    expect((await dispatch(handlers, 'import:commit', { files: [file], options })).ok).toBe(true);
    expect(settingsEvents()).toHaveLength(1);
    expect(Object.keys(store.read().settings.importMappings)).toHaveLength(1);
  });
});
