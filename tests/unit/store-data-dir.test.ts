import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, defaultDataDir, resolveDataDir } from '../../electron/store/data-dir';

describe('defaultDataDir', () => {
  it('uses %APPDATA% on Windows', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Credential Roster',
    );
    expect(defaultDataDir('win32', {}, 'C:\\Users\\ann')).toBe('C:\\Users\\ann\\AppData\\Roaming\\Credential Roster');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/Credential Roster',
    );
  });

  it('uses $XDG_CONFIG_HOME or ~/.config on Linux', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/ann/cfg' }, '/home/ann')).toBe('/home/ann/cfg/Credential Roster');
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/Credential Roster');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '  ' }, '/home/ann')).toBe('/home/ann/.config/Credential Roster');
  });
});

describe('resolveDataDir', () => {
  it('prefers the flag, then the environment variable, then the default', () => {
    expect(resolveDataDir('/data/flag', { [DATA_DIR_ENV]: '/data/env' })).toBe('/data/flag');
    expect(resolveDataDir(undefined, { [DATA_DIR_ENV]: '/data/env' })).toBe('/data/env');
    expect(resolveDataDir('', { [DATA_DIR_ENV]: '/data/env' })).toBe('/data/env');
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/x', APPDATA: 'C:\\A' })).toBe(
      defaultDataDir(process.platform, { XDG_CONFIG_HOME: '/x', APPDATA: 'C:\\A' }),
    );
  });

  it('makes a relative folder absolute', () => {
    expect(resolveDataDir('rel/dir', {})).toBe(path.resolve('rel/dir'));
  });
});
