import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc';
import { buildRosterApi } from '../../electron/preload/build-api';
import { PRELOAD_CHANNELS } from '../../electron/preload/channel-list';

describe('the preload bridge', () => {
  it('lists exactly the contract’s channels', () => {
    expect([...PRELOAD_CHANNELS].sort()).toEqual([...CHANNELS].sort());
  });

  it('exposes one function per channel, on and pathForFile, and nothing else', () => {
    const api = buildRosterApi({ invoke: vi.fn(), subscribe: vi.fn(), getPathForFile: vi.fn() });
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'on', 'pathForFile'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const key of Object.keys(api)) expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
  });

  it('passes each call to its own channel with the input untouched', async () => {
    const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
    const api = buildRosterApi({ invoke, subscribe: vi.fn(), getPathForFile: vi.fn() });
    const input = { employeeId: '00123' };
    await expect(api['person:delete'](input)).resolves.toEqual({ ok: true, value: { channel: 'person:delete', input } });
    expect(invoke).toHaveBeenCalledWith('person:delete', input);
  });

  it('subscribes only to known events and hands back the unsubscribe', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn(() => unsubscribe);
    const api = buildRosterApi({ invoke: vi.fn(), subscribe, getPathForFile: vi.fn() });
    const listener = vi.fn();
    const off = api.on('menu:command', listener);
    expect(subscribe).toHaveBeenCalledWith('menu:command', listener);
    off();
    expect(unsubscribe).toHaveBeenCalledOnce();
    expect(() => api.on('electron-store-get-data' as 'menu:command', listener)).toThrow(/Unknown event/);
    expect(() => api.on('menu:command', 'not a function' as unknown as () => void)).toThrow(/function/);
  });

  it('gives null for a file without a path instead of throwing', () => {
    const paths = new Map<unknown, string>([['with-path', '/home/m/export.csv'], ['no-path', '']]);
    const api = buildRosterApi({
      invoke: vi.fn(),
      subscribe: vi.fn(),
      getPathForFile: (file) => {
        const found = paths.get(file);
        if (found === undefined) throw new TypeError('not a File');
        return found;
      },
    });
    expect(api.pathForFile('with-path' as unknown as File)).toBe('/home/m/export.csv');
    expect(api.pathForFile('no-path' as unknown as File)).toBeNull();
    expect(api.pathForFile({} as File)).toBeNull();
  });
});
