/**
 * The recertification settings in use and the reminders digest for a stored roster: one place for
 * the window, the daily notification and the command line, so all three say the same thing.
 */
import type { SettingsView } from '../../shared/view-models';
import type { IsoDate, RosterData, Settings } from '../../shared/types';
import { mergeCatalog } from '../../shared/catalog';
import type { ExamFacts, ReminderDigest } from '../../shared/recert/types';
import { resolveExamFacts } from '../../shared/recert/exam-facts';
import { DEFAULT_REMINDER_SETTINGS, reminderDigest } from '../../shared/recert/reminders';
import { withoutUndefined } from '../../shared/without-undefined';

/** The exam facts in use: the defaults with the user's changes (the store has checked them). */
export function examFactsInUse(settings: Settings): ExamFacts {
  return resolveExamFacts(settings.examFacts ?? {});
}

export function settingsView(settings: Settings): SettingsView {
  return {
    ...settings,
    examFactsInUse: examFactsInUse(settings),
    remindersInUse: { ...DEFAULT_REMINDER_SETTINGS, ...withoutUndefined(settings.reminders ?? {}) },
  };
}

/** Everything due on the as-of date that the user has not acknowledged yet. */
export function rosterDigest(data: RosterData, asOf: IsoDate): ReminderDigest {
  return reminderDigest(
    data.people,
    mergeCatalog(data.customCredentials),
    asOf,
    { ...withoutUndefined(data.settings.reminders ?? {}), examFacts: examFactsInUse(data.settings) },
    data.acknowledgements ?? [],
  );
}
