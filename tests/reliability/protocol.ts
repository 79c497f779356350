/** Reads the before/after announcements the loop children print around each save. */
export interface Announcements {
  /** The state the child found on disk when it started (null = no roster yet). */
  readonly opened: number | null;
  readonly openedClean: boolean;
  /** Last `about n` seen, or null when the child was killed before its first save. */
  readonly lastAbout: number | null;
  /** Last `done n` seen. */
  readonly lastDone: number | null;
}

export function readAnnouncements(lines: readonly string[]): Announcements {
  let opened: number | null = null;
  let openedClean = false;
  let sawOpen = false;
  let lastAbout: number | null = null;
  let lastDone: number | null = null;
  for (const line of lines) {
    const [word, value, extra] = line.trim().split(' ');
    if (word === 'open') {
      sawOpen = true;
      opened = value === 'none' ? null : Number(value);
      openedClean = extra === 'clean';
    } else if (word === 'about') lastAbout = Number(value);
    else if (word === 'done') lastDone = Number(value);
  }
  if (!sawOpen) throw new Error(`the child never reported opening the roster: ${lines.join(' | ')}`);
  return { opened, openedClean, lastAbout, lastDone };
}

/** The states the file may hold after a kill: the last one saved, or the one being saved. */
export function allowedStates(a: Announcements): (number | null)[] {
  const saved = a.lastDone ?? a.opened;
  return a.lastAbout !== null && a.lastAbout !== a.lastDone ? [saved, a.lastAbout] : [saved];
}
