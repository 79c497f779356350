import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder cannot package here (it downloads Electron), but its schema check runs offline.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled?: boolean) => unknown };

const ROOT = path.resolve(import.meta.dirname, '../..');

interface TargetEntry {
  readonly target: string;
}
type Targets = readonly (string | TargetEntry)[];
const targetNames = (targets: unknown): string[] =>
  ((targets ?? []) as Targets).map((t) => (typeof t === 'string' ? t : t.target));

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('refuses a configuration with an unknown option (the check can fail)', async () => {
    const config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
    await expect(validateConfiguration({ ...config, notAnOption: true }, new DebugLogger(false))).rejects.toThrow();
  });

  it('builds the installers managers expect on each system', async () => {
    const config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
    const win = config.win as { target: unknown };
    const mac = config.mac as { target: unknown };
    const linux = config.linux as { target: unknown };
    expect(targetNames(win.target)).toContain('nsis');
    expect(targetNames(mac.target)).toContain('dmg');
    expect(targetNames(linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
    expect(config.productName).toBe('Credential Roster');
  });

  it('packages the built app and points at an icon that exists and is large enough', async () => {
    const config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
    // validateConfiguration normalises `files` to `{ filter }` entries; accept both spellings.
    const patterns = ((config.files ?? []) as (string | { filter?: string[] })[]).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : (entry.filter ?? []),
    );
    expect(patterns).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
    for (const platform of ['win', 'mac', 'linux'] as const) {
      const icon = (config[platform] as { icon?: string }).icon;
      expect(icon, `${platform} icon`).toBeDefined();
      const file = path.join(ROOT, icon as string);
      expect(existsSync(file), file).toBe(true);
      const { width, height } = pngSize(file);
      // macOS needs 512×512 at least; 1024 gives electron-builder room for every size.
      expect(width).toBeGreaterThanOrEqual(512);
      expect(width).toBe(height);
    }
  });

  it('starts from the main entry electron-vite builds', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; productName: string };
    expect(pkg.main).toBe('out/main/main.js');
    expect(pkg.productName).toBe('Credential Roster');
  });
});
