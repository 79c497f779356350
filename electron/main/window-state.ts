import { z } from 'zod';

/** The window's size and place, remembered between runs. */
export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
/** The preferences file (electron-store, in userData) and the key the window's place is kept under. */
export const PREFERENCES_NAME = 'preferences';
export const WINDOW_STATE_KEY = 'windowState';

/** The part of electron-store the window uses. */
export interface PreferenceStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const windowStateSchema = z.strictObject({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(480).max(20_000),
  height: z.number().int().min(360).max(20_000),
  maximized: z.boolean(),
});

/** The saved state, or the default when none is kept or it is not what we wrote. */
export function loadWindowState(preferences: PreferenceStore): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(preferences.get(WINDOW_STATE_KEY));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Keeps the state when it is one the window could have (electron-store writes it atomically). */
export function saveWindowState(preferences: PreferenceStore, state: WindowState): void {
  const parsed = windowStateSchema.safeParse(state);
  if (parsed.success) preferences.set(WINDOW_STATE_KEY, parsed.data);
}

/**
 * Keeps the window on a screen that exists now: a position saved on a monitor since unplugged is
 * dropped (the OS centres the window), and the size is capped to the largest work area.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Area[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((a) => a.width));
  const maxHeight = Math.max(...workAreas.map((a) => a.height));
  const width = Math.min(state.width, maxWidth);
  const height = Math.min(state.height, maxHeight);
  const { x, y } = state;
  if (x === undefined || y === undefined) return { width, height, maximized: state.maximized };
  // At least the title bar's first 100×40 pixels must be visible on one display.
  const visible = workAreas.some(
    (a) => x + 100 > a.x && x < a.x + a.width - 100 && y >= a.y && y < a.y + a.height - 40,
  );
  return visible ? { x, y, width, height, maximized: state.maximized } : { width, height, maximized: state.maximized };
}
