/**
 * Every hardening of the window in one place. Only `import type` from electron here, so the pure
 * parts (the CSP, the URL policy) load in plain Node for tests and for the IPC handlers.
 */
import type { App, Session, WebContents, WebPreferences } from 'electron';

/** The Content-Security-Policy sent with every response; the page's meta tag carries the same. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** The web preferences of every window: isolated, sandboxed, no Node, no webviews. */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/** Adds the CSP header to every response and refuses every permission request (camera, notifications…). */
export function applySessionSecurity(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Refuses navigation away from the app, webviews and new windows, for every web contents ever created. */
export function applyAppSecurity(app: App, isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Links the page tries to open in a new window never open inside the app.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

const MAX_URL_LENGTH = 2048;

/**
 * Whether a URL may be handed to the operating system's browser: only well-formed `https:` addresses
 * with a host and no embedded credentials. Everything else (javascript:, file:, data:, http:, UNC
 * paths, custom protocols) is refused, because the OS would run or open it with the user's rights.
 */
export function isSafeExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  // Control characters, whitespace and backslashes are where URL parser differentials hide.
  for (const char of url) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || char === '\\') return false;
  }
  if (!url.toLowerCase().startsWith('https://')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return false;
  return true;
}
