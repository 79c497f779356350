/**
 * Every IPC channel gets thousands of random and malformed payloads (wrong types, missing and
 * extra fields, huge strings, deep nesting, prototype keys). Each must come back as an error
 * result in words, never throw past dispatch, never call a dialog or the shell, never change the
 * data file, and never pollute Object.prototype. RELIABILITY_IPC_RUNS sets runs per channel.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type ChannelName } from '../../shared/ipc';
import { RosterStore } from '../../electron/store/roster-store';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch, UNEXPECTED_ERROR_MESSAGE } from '../../electron/ipc/dispatch';
import { envCount } from '../reliability/random';
import { hostilePayload, schemaKeys } from '../reliability/hostile-values';
import { person, rosterWith, tickingClock } from '../fixtures/store/roster-builders';

const RUNS_PER_CHANNEL = envCount('RELIABILITY_IPC_RUNS', 100);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-ipc-'));
const { store } = RosterStore.open({ dataDir, now: tickingClock() });
store.write(rosterWith(person('00123', { credentials: [{ id: 'c1', code: 'CCS', earnedOn: '2020-01-01' }] }), person('00124')));
store.backup('manual');
const bytesBefore = fs.readFileSync(store.dataFile);
const backupsBefore = store.listBackups();

const sideEffects: string[] = [];
const logged: unknown[] = [];
const handlers = createHandlers({
  store,
  appName: 'Credential Roster',
  appVersion: '0.0.0-test',
  newId: () => 'id-fuzz',
  dialogs: {
    openImportFiles: async () => {
      sideEffects.push('openImportFiles');
      return null;
    },
    saveFile: async () => {
      sideEffects.push('saveFile');
      return null;
    },
  },
  shell: {
    showInFolder: (file) => void sideEffects.push(`showInFolder ${file}`),
    openExternal: async (url) => void sideEffects.push(`openExternal ${url}`),
  },
  emit: () => undefined,
  now: () => new Date('2026-01-15T12:00:00Z'),
});

let tried = 0;
afterAll(() => {
  console.log(`ipc-fuzz: ${tried} malformed payloads across ${CHANNELS.length} channels, all refused; data file unchanged`);
});

describe('IPC handlers under random and malformed payloads', () => {
  it.each(CHANNELS)('%s refuses them in words and changes nothing', async (channel: ChannelName) => {
    const schema = contract[channel].input;
    const keys = schemaKeys(schema);
    await fc.assert(
      fc.asyncProperty(hostilePayload(keys), async (raw) => {
        // Only payloads the contract refuses: a random value that happens to be valid may rightly change data.
        let valid = false;
        try {
          valid = schema.safeParse(raw).success;
        } catch {
          valid = false;
        }
        fc.pre(!valid);
        tried += 1;
        let result: Awaited<ReturnType<typeof dispatch>>;
        try {
          result = await dispatch(handlers, channel, raw, { log: (_m, e) => void logged.push(e) });
        } catch (error) {
          throw new Error(`dispatch threw for ${channel}: ${String(error)}`);
        }
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error).not.toBe(UNEXPECTED_ERROR_MESSAGE);
          expect(result.error.length).toBeGreaterThan(0);
          expect(result.error.length).toBeLessThan(2_000);
          expect(result.error).not.toMatch(/ZodError|\bat \w+ \(|\[object Object\]/);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      }),
      { numRuns: RUNS_PER_CHANNEL, endOnFailure: true },
    );
    expect(logged).toEqual([]);
    expect(sideEffects).toEqual([]);
    expect(fs.readFileSync(store.dataFile).equals(bytesBefore)).toBe(true);
    expect(store.listBackups()).toEqual(backupsBefore);
  });

  it(`tried at least 2,000 payloads in all`, () => {
    expect(tried).toBeGreaterThanOrEqual(Math.min(2_000, RUNS_PER_CHANNEL * CHANNELS.length * 0.9));
  });
});
