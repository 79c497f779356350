import type { BrowserWindow, BrowserWindowConstructorOptions, Screen } from 'electron';
import { hardenedWebPreferences } from '../security';
import type { AppOrigin } from './app-urls';
import { fitToDisplays, loadWindowState, saveWindowState, type PreferenceStore } from './window-state';

export interface MainWindowOptions {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly screen: Pick<Screen, 'getAllDisplays'>;
  readonly title: string;
  readonly preloadPath: string;
  readonly iconPath: string | undefined;
  readonly origin: AppOrigin;
  /** The user's preferences (electron-store), where the window's place is kept. */
  readonly preferences: PreferenceStore;
}

/** The one window: hardened, placed where it was last time, showing the built page. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = fitToDisplays(
    loadWindowState(options.preferences),
    options.screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new options.BrowserWindow({
    ...(saved.x === undefined || saved.y === undefined ? {} : { x: saved.x, y: saved.y }),
    width: saved.width,
    height: saved.height,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: options.title,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: hardenedWebPreferences(options.preloadPath),
  });

  window.once('ready-to-show', () => {
    if (saved.maximized) window.maximize();
    window.show();
  });

  window.on('close', () => {
    const bounds = window.getNormalBounds();
    try {
      saveWindowState(options.preferences, {
        x: Math.round(bounds.x),
        y: Math.round(bounds.y),
        width: Math.round(bounds.width),
        height: Math.round(bounds.height),
        maximized: window.isMaximized(),
      });
    } catch (error) {
      // Losing the window's place is not worth stopping the app from closing.
      console.error('The window position could not be saved', error);
    }
  });

  const loading =
    options.origin.devServerUrl !== null
      ? window.loadURL(options.origin.devServerUrl)
      : window.loadFile(options.origin.rendererIndex);
  loading.catch((error: unknown) => console.error('The window could not load its page', error));
  return window;
}
