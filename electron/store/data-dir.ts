/**
 * Where the roster lives. The CLI must find the same folder the desktop app uses, so this
 * reproduces Electron's `app.getPath('userData')` for the product name without importing Electron.
 */
import path from 'node:path';
import os from 'node:os';

export const DATA_DIR_ENV = 'CREDENTIAL_ROSTER_DATA';
export const PRODUCT_NAME = 'Credential Roster';

/** The desktop app's data folder on this platform (Electron's userData for "Credential Roster"). */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  switch (platform) {
    case 'win32': {
      const appData = nonEmpty(env.APPDATA) ?? path.win32.join(home, 'AppData', 'Roaming');
      return path.win32.join(appData, PRODUCT_NAME);
    }
    case 'darwin':
      return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default: {
      // Electron follows the XDG base-directory spec on Linux and the BSDs.
      const config = nonEmpty(env.XDG_CONFIG_HOME) ?? path.posix.join(home, '.config');
      return path.posix.join(config, PRODUCT_NAME);
    }
  }
}

/** The data folder to use: the `--data` flag, else the environment variable, else the app's folder. */
export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = nonEmpty(flag) ?? nonEmpty(env[DATA_DIR_ENV]);
  return chosen ? path.resolve(chosen) : defaultDataDir(process.platform, env);
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
