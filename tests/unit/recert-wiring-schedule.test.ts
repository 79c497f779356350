/** The daily reminders notification: one at start-up, one per day while open, none when nothing is due. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderDigest } from '../../shared/recert/types';
import { msUntilNextDay, startReminderSchedule, type ReminderSchedule } from '../../electron/main/reminder-schedule';

function digest(asOf: string, items: number): ReminderDigest {
  const item = { key: `k-${asOf}`, kind: 'expiring', employeeId: '1', personName: 'A', subject: 'CCS', threshold: '30', dueOn: asOf, daysLeft: 0, severity: 'urgent', message: 'm' } as const;
  return { asOf, items: Array.from({ length: items }, () => item), acknowledged: 0, title: `${items} reminders`, body: `for ${asOf}` };
}

describe('reminder schedule', () => {
  let schedule: ReminderSchedule | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 0, 15, 9, 30));
  });
  afterEach(() => {
    schedule?.stop();
    schedule = null;
    vi.useRealTimers();
  });

  function start(itemsOn: (asOf: string) => number) {
    const shown: { title: string; body: string }[] = [];
    const asked: string[] = [];
    schedule = startReminderSchedule({
      now: () => new Date(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      digest: (asOf) => {
        asked.push(asOf);
        return digest(asOf, itemsOn(asOf));
      },
      notify: (title, body) => void shown.push({ title, body }),
    });
    return { shown, asked };
  }

  it('shows one digest at start-up and one each following day, never two on the same day', () => {
    const { shown, asked } = start(() => 2);
    expect(shown).toEqual([{ title: '2 reminders', body: 'for 2026-01-15' }]);
    expect(schedule?.check()).toBe(false); // the same day again: nothing more
    vi.advanceTimersByTime(12 * 60 * 60 * 1000);
    expect(shown.map((s) => s.body)).toEqual(['for 2026-01-15']); // 21:30: still the same day
    vi.advanceTimersByTime(3 * 60 * 60 * 1000); // past midnight
    expect(shown.map((s) => s.body)).toEqual(['for 2026-01-15', 'for 2026-01-16']);
    vi.advanceTimersByTime(2 * 24 * 60 * 60 * 1000);
    expect(shown.map((s) => s.body)).toEqual(['for 2026-01-15', 'for 2026-01-16', 'for 2026-01-17', 'for 2026-01-18']);
    expect(asked).toEqual(['2026-01-15', '2026-01-16', '2026-01-17', '2026-01-18']);
  });

  it('shows nothing when everything is acknowledged, and still looks again the next day', () => {
    const { shown, asked } = start((asOf) => (asOf === '2026-01-16' ? 1 : 0));
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(shown).toEqual([{ title: '1 reminders', body: 'for 2026-01-16' }]);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(shown).toHaveLength(1);
    expect(asked).toEqual(['2026-01-15', '2026-01-16', '2026-01-17']);
  });

  it('stops: no timer left and nothing shown after', () => {
    const { shown } = start(() => 1);
    schedule?.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(3 * 24 * 60 * 60 * 1000);
    expect(shown).toHaveLength(1);
  });

  it('logs a digest that fails and carries on the next day', () => {
    const logged: string[] = [];
    let fail = true;
    schedule = startReminderSchedule({
      now: () => new Date(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      digest: (asOf) => {
        if (fail) throw new Error('disk');
        return digest(asOf, 1);
      },
      notify: () => void logged.push('shown'),
      log: (message) => void logged.push(message),
    });
    fail = false;
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(logged).toEqual(['The reminders digest could not be prepared', 'shown']);
  });

  it('waits until just after the next local midnight', () => {
    expect(msUntilNextDay(new Date(2026, 0, 15, 23, 59, 0))).toBe(2 * 60_000);
    expect(msUntilNextDay(new Date(2026, 0, 15, 0, 0, 30))).toBe(24 * 60 * 60 * 1000 + 30_000);
  });
});
