import type { Acknowledgement, Credential, CredentialDefinition, CredentialState, IsoDate, Person, ReminderSettings } from '../types';
import { lookupCredential } from '../catalog';
import { credentialState } from '../credential-status';
import { daysBetween } from '../dates';
import type { CeuRule, ExamFacts, ReminderDigest, ReminderItem } from './types';
import { currentCycle } from './cycles';
import { ceuNeedsAction, personCeuSummaries } from './ceus';
import { DEFAULT_EXAM_FACTS } from './exam-facts';
import { examCodeOf, windowEnd } from './exam-applications';
import { withoutUndefined } from '../without-undefined';

/**
 * One reminders digest for a roster on an as-of date: credentials reaching a lead time before their
 * cycle end or expiry, lapsed credentials, CEUs behind or short, and exam windows about to close.
 *
 * Each item carries the tightest lead threshold reached (with 90/60/30/7 and 25 days left: 30), and a
 * key made of person, subject, due date and threshold. An acknowledgement hides the item with that
 * key only, so the same credential comes back when it reaches its next threshold or its next cycle.
 */

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  leadDays: [90, 60, 30, 7],
  leadDaysByCode: {},
  examWindowDays: 30,
  bodyItems: 3,
};

export interface DigestSettings extends Partial<ReminderSettings> {
  readonly examFacts?: ExamFacts;
  readonly ceuRules?: readonly CeuRule[];
}

export function reminderDigest(
  people: readonly Person[],
  catalog: readonly CredentialDefinition[],
  asOf: IsoDate,
  settings: DigestSettings = {},
  acknowledgements: readonly Acknowledgement[] = [],
): ReminderDigest {
  const { examFacts: _facts, ceuRules: _rules, ...reminderFields } = settings;
  const resolved: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, ...withoutUndefined(reminderFields) };
  const facts = settings.examFacts ?? DEFAULT_EXAM_FACTS;
  // An acknowledgement made after the as-of date did not exist yet on that date.
  const acked = new Set(acknowledgements.filter((a) => a.at.slice(0, 10) <= asOf).map((a) => a.itemKey));
  const all: ReminderItem[] = [];
  for (const person of people) {
    if (person.employmentStatus === 'terminated') continue;
    all.push(...credentialItems(person, catalog, asOf, resolved));
    all.push(...ceuItems(person, catalog, asOf, settings.ceuRules));
    all.push(...examItems(person, asOf, resolved, facts));
  }
  const items = all.filter((i) => !acked.has(i.key)).sort(byUrgency);
  const acknowledged = all.length - items.length;
  return { asOf, items, acknowledged, title: titleOf(items), body: bodyOf(items, acknowledged, resolved.bodyItems, asOf) };
}

/** The stable key of a reminder item. */
export function reminderKey(employeeId: string, subjectId: string, dueOn: IsoDate, threshold: string): string {
  return [employeeId, subjectId, dueOn, threshold].join('|');
}

/** The tightest lead time reached `daysLeft` before the due date, or null when none is reached yet. */
export function thresholdReached(daysLeft: number, leadDays: readonly number[]): number | null {
  const reached = leadDays.filter((lead) => daysLeft <= lead);
  return reached.length === 0 ? null : Math.min(...reached);
}

function credentialItems(
  person: Person,
  catalog: readonly CredentialDefinition[],
  asOf: IsoDate,
  settings: ReminderSettings,
): ReminderItem[] {
  const items: ReminderItem[] = [];
  const name = personName(person);
  const context = { membershipRenewsOn: person.aapcMembershipRenewsOn };
  const states = person.credentials.map((credential) => {
    const definition = lookupCredential(catalog, credential.code);
    const cycle = currentCycle(credential, definition, asOf, undefined, context);
    const dueOn = cycle?.end ?? credential.expiresOn;
    const state = dueOn === undefined ? null : credentialState({ ...credential, expiresOn: dueOn }, definition, asOf);
    return { credential, definition, dueOn, state, rolling: cycle?.source === 'default-rule' };
  });
  for (const { credential, definition, dueOn, state, rolling } of states) {
    if (dueOn === undefined || state === null || state === 'pending') continue;
    const code = definition?.code ?? credential.code;
    const daysLeft = daysBetween(asOf, dueOn);
    if (state === 'active') {
      const threshold = thresholdReached(daysLeft, settings.leadDaysByCode[code] ?? settings.leadDays);
      if (threshold === null) continue;
      const what = rolling ? `${code} recertification cycle ends on ${dueOn}` : `${code} expires on ${dueOn}`;
      items.push({
        key: reminderKey(person.employeeId, credential.id, dueOn, String(threshold)),
        kind: 'expiring',
        employeeId: person.employeeId,
        personName: name,
        subject: code,
        threshold: String(threshold),
        dueOn,
        daysLeft,
        severity: daysLeft <= 7 ? 'urgent' : daysLeft <= 30 ? 'soon' : 'notice',
        message: `${what} (${daysText(daysLeft)})`,
      });
      continue;
    }
    // A lapsed credential replaced by an active one of the same code is history, not a reminder.
    if (states.some((s) => s.credential !== credential && s.credential.code === credential.code && s.state === 'active')) continue;
    items.push({
      key: reminderKey(person.employeeId, credential.id, dueOn, state),
      kind: 'lapsed',
      employeeId: person.employeeId,
      personName: name,
      subject: code,
      threshold: state,
      dueOn,
      daysLeft,
      severity: 'urgent',
      message: lapsedText(credential, code, state, dueOn),
    });
  }
  return items;
}

function lapsedText(credential: Credential, code: string, state: CredentialState, dueOn: IsoDate): string {
  const number = credential.number ? ` (no. ${credential.number})` : '';
  switch (state) {
    case 'inactive':
      return `${code}${number} inactive since the cycle ended on ${dueOn}; revoked 180 days after unless reinstated`;
    case 'revoked':
      return `${code}${number} revoked: the cycle ended on ${dueOn} more than 180 days ago`;
    default:
      return `${code}${number} expired on ${dueOn}`;
  }
}

function ceuItems(
  person: Person,
  catalog: readonly CredentialDefinition[],
  asOf: IsoDate,
  rules: readonly CeuRule[] | undefined,
): ReminderItem[] {
  const items: ReminderItem[] = [];
  for (const s of personCeuSummaries(person, catalog, asOf, rules ? { rules } : {})) {
    // The one CEU status every surface uses: anything short of complete or on track is listed, a
    // person with no CEUs recorded included (never quieter than someone who logged some).
    if (!ceuNeedsAction(s.status)) continue;
    // An ended cycle with nothing recorded is the lapse itself, which its own reminder names.
    if (s.cycle.ended && s.earnedFrom === 'none') continue;
    const daysLeft = daysBetween(asOf, s.cycle.end);
    items.push({
      key: reminderKey(person.employeeId, `ceu:${s.body}`, s.cycle.end, s.status),
      kind: 'ceu',
      employeeId: person.employeeId,
      personName: personName(person),
      subject: s.body,
      threshold: s.status,
      dueOn: s.cycle.end,
      daysLeft,
      severity: s.cycle.ended ? 'urgent' : daysLeft <= 90 ? 'soon' : 'notice',
      message: s.summary,
    });
  }
  return items;
}

function examItems(person: Person, asOf: IsoDate, settings: ReminderSettings, facts: ExamFacts): ReminderItem[] {
  const items: ReminderItem[] = [];
  for (const app of person.examApplications ?? []) {
    if (app.result !== undefined) continue;
    const end = windowEnd(app, facts);
    if (end === null) continue;
    const daysLeft = daysBetween(asOf, end);
    if (daysLeft < 0 || daysLeft > settings.examWindowDays) continue;
    // A booking still ahead and inside the window is the plan; nothing to remind.
    if (app.scheduledOn !== undefined && app.scheduledOn >= asOf && app.scheduledOn <= end) continue;
    const threshold = `window-${settings.examWindowDays}`;
    const code = examCodeOf(app, facts);
    items.push({
      key: reminderKey(person.employeeId, `exam:${app.id}`, end, threshold),
      kind: 'exam-window',
      employeeId: person.employeeId,
      personName: personName(person),
      subject: code,
      threshold,
      dueOn: end,
      daysLeft,
      severity: daysLeft <= 7 ? 'urgent' : 'soon',
      message: `${code} exam window closes on ${end} (${daysText(daysLeft)}) with no exam booked in it`,
    });
  }
  return items;
}

const SEVERITY_RANK = { urgent: 0, soon: 1, notice: 2 } as const;

function byUrgency(a: ReminderItem, b: ReminderItem): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.daysLeft - b.daysLeft ||
    a.personName.localeCompare(b.personName) ||
    a.key.localeCompare(b.key)
  );
}

function titleOf(items: readonly ReminderItem[]): string {
  const n = items.length;
  if (n === 0) return 'Nothing needs attention';
  const allCredentials = items.every((i) => i.kind === 'expiring' || i.kind === 'lapsed');
  const noun = allCredentials ? (n === 1 ? 'credential' : 'credentials') : n === 1 ? 'item' : 'items';
  return `${n} ${noun} ${n === 1 ? 'needs' : 'need'} attention`;
}

function bodyOf(items: readonly ReminderItem[], acknowledged: number, shown: number, asOf: IsoDate): string {
  const hidden = acknowledged > 0 ? ` ${acknowledged} acknowledged ${acknowledged === 1 ? 'item is' : 'items are'} hidden.` : '';
  if (items.length === 0) return `Nothing is due or overdue as of ${asOf}.${hidden}`;
  const lines = items.slice(0, Math.max(shown, 0)).map((i) => `${i.personName}: ${i.message}.`);
  const rest = items.length - lines.length;
  if (rest > 0) lines.push(`…and ${rest} more.`);
  return `${lines.join('\n')}${hidden ? `\n${hidden.trim()}` : ''}`;
}

function personName(person: Person): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

function daysText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}
