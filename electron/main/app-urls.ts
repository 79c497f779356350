import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the window's own pages come from: the built files on disk, or the dev server while developing. */
export interface AppOrigin {
  /** Absolute path of out/renderer/index.html. */
  readonly rendererIndex: string;
  /** The Vite dev server URL, only when unpackaged and ELECTRON_RENDERER_URL is set. */
  readonly devServerUrl: string | null;
}

/** Whether a URL is one of the app's own pages (navigation and IPC senders are checked against it). */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (origin.devServerUrl !== null) {
    try {
      if (parsed.origin === new URL(origin.devServerUrl).origin) return true;
    } catch {
      return false;
    }
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  let file: string;
  try {
    file = path.resolve(fileURLToPath(parsed));
  } catch {
    return false;
  }
  const root = path.dirname(path.resolve(origin.rendererIndex));
  return file === path.resolve(origin.rendererIndex) || file.startsWith(root + path.sep);
}
