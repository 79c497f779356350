/**
 * The recertification channels: CEU entries, CCS exam applications and results, reminders, and the
 * settings with the exam facts and reminder lead times in use. Each change is one store write.
 */
import { formatISO } from 'date-fns/formatISO';
import type { ExamResultOutcome, ExamSaveResult } from '../../shared/view-models';
import type { Credential, ExamApplication, Person, RosterData } from '../../shared/types';
import { mergeCatalog } from '../../shared/catalog';
import { evaluateEligibility } from '../../shared/eligibility';
import { getRuleSet } from '../../shared/rule-sets';
import {
  applicationName,
  applicationWarnings,
  recordResult,
  resultDateProblem,
  secondOpenApplication,
  validateSchedule,
} from '../../shared/recert/exam-applications';
import type { RosterStore } from '../store/roster-store';
import * as ops from '../store/operations';
import { UserError } from '../../shared/user-error';
import type { Handlers } from './handlers';
import { examFactsInUse, rosterDigest, settingsView } from './roster-reminders';

export type RecertChannel =
  | 'ceu:add'
  | 'ceu:delete'
  | 'ceu:update'
  | 'exam:save'
  | 'exam:result'
  | 'exam:delete'
  | 'reminders:get'
  | 'reminders:acknowledge'
  | 'settings:get'
  | 'settings:update';

export interface RecertDeps {
  readonly store: RosterStore;
  readonly newId: () => string;
  readonly now: () => Date;
  /** Tells the window the settings were written, so what it shows from them is fetched again. */
  readonly settingsChanged: () => void;
}

export function createRecertHandlers({ store, newId, now, settingsChanged }: RecertDeps): Pick<Handlers, RecertChannel> {
  const personIn = (data: RosterData, employeeId: string): Person => {
    const person = ops.findPerson(data, employeeId);
    if (!person) throw new UserError(`No person with employee ID ${employeeId} is in the roster.`);
    return person;
  };
  const changePerson = async (employeeId: string, op: (data: RosterData) => RosterData, baseVersion?: number): Promise<Person> =>
    personIn(store.update(op, undefined, baseVersion === undefined ? undefined : { employeeId, version: baseVersion }), employeeId);
  const applicationOf = (person: Person, id: string): ExamApplication => {
    const found = (person.examApplications ?? []).find((a) => a.id === id);
    if (!found) throw new UserError(`Employee ID ${person.employeeId} has no such exam application: it may have been deleted. Reopen the person to see the current ones.`);
    return found;
  };

  return {
    'ceu:add': ({ employeeId, credentialId, entry, baseVersion }) =>
      changePerson(employeeId, (d) => ops.addCeuEntry(d, employeeId, credentialId, entry), baseVersion),
    'ceu:delete': ({ employeeId, credentialId, entry, baseVersion }) =>
      changePerson(employeeId, (d) => ops.deleteCeuEntry(d, employeeId, credentialId, entry), baseVersion),
    'ceu:update': ({ employeeId, credentialId, entry, next, baseVersion }) =>
      changePerson(employeeId, (d) => ops.updateCeuEntry(d, employeeId, credentialId, entry, next), baseVersion),

    // Read, decide and write with no await in between: nothing else can change the roster meanwhile.
    'exam:save': async ({ employeeId, application, ruleSet, checkOnly }): Promise<ExamSaveResult> => {
      const data = store.read();
      const person = personIn(data, employeeId);
      const facts = examFactsInUse(data.settings);
      const stored = application.id === undefined ? undefined : applicationOf(person, application.id);
      // The result is recorded by exam:result only; editing the dates keeps it.
      const app: ExamApplication = {
        ...application,
        // A check writes nothing, so it takes no id from the sequence.
        id: stored?.id ?? (checkOnly ? 'not-saved' : newId()),
        result: stored?.result,
        scaledScore: stored?.scaledScore,
        resultOn: stored?.resultOn,
      };
      const second = secondOpenApplication(app, person.examApplications ?? [], facts);
      if (second !== null) throw new UserError(second);
      if (app.scheduledOn !== undefined) {
        const problems = validateSchedule(app, person.examApplications ?? [], facts);
        if (problems.length > 0) throw new UserError(problems.map((p) => p.message).join(' '));
      }
      // Eligibility is judged on the day of the application, under the rule set chosen.
      const eligibility = evaluateEligibility(person, {
        asOf: app.appliedOn,
        ruleSet: getRuleSet(ruleSet ?? data.settings.ruleSet),
        catalog: mergeCatalog(data.customCredentials),
        diplomaConditionOfEmployment: data.settings.diplomaConditionOfEmployment === true,
      });
      const warnings = applicationWarnings(eligibility, facts);
      if (checkOnly) return { person, application: app, warnings };
      const saved = personIn(store.update((current) => ops.saveExamApplication(current, employeeId, app)), employeeId);
      return { person: saved, application: applicationOf(saved, app.id), warnings };
    },

    'exam:result': async ({ employeeId, applicationId, score, outcome, on }): Promise<ExamResultOutcome> => {
      const data = store.read();
      const app = applicationOf(personIn(data, employeeId), applicationId);
      let application: ExamApplication;
      let passed = false;
      let credential: Credential | null = null;
      if (score !== undefined) {
        const recorded = recordResult(app, score, examFactsInUse(data.settings), on);
        if (!recorded.ok) throw new UserError(recorded.error);
        ({ application, passed, credential } = recorded);
      } else {
        const facts = examFactsInUse(data.settings);
        if (app.result === 'pass' || app.result === 'fail') {
          throw new UserError(`${capitalised(applicationName(app, facts))} already has a result (${app.result}).`);
        }
        const resultOn = on ?? app.scheduledOn;
        const problem = resultDateProblem(app, resultOn, facts, outcome);
        if (problem !== null) throw new UserError(problem);
        application = { ...app, result: outcome, scaledScore: undefined, resultOn };
      }
      // The application's result and a pass's credential land in the same write.
      const saved = personIn(
        store.update((current) => ops.recordExamOutcome(current, employeeId, application, credential)),
        employeeId,
      );
      return { person: saved, application: applicationOf(saved, applicationId), passed, credential };
    },

    'exam:delete': ({ employeeId, applicationId, baseVersion }) =>
      changePerson(employeeId, (d) => ops.deleteExamApplication(d, employeeId, applicationId), baseVersion),

    'reminders:get': async ({ asOf }) => {
      const data = store.read();
      return { ...rosterDigest(data, asOf), acknowledgements: data.acknowledgements ?? [] };
    },
    'reminders:acknowledge': async ({ itemKey, note }) => {
      // Local time with its offset: the digest compares the date part with the local as-of date.
      const ack = { itemKey, at: formatISO(now()), ...(note ? { note } : {}) };
      store.update((d) => ops.acknowledgeReminder(d, ack));
      return ack;
    },

    'settings:get': async () => settingsView(store.read().settings),
    'settings:update': async (patch) => {
      const next = store.update((d) => ops.updateSettings(d, patch));
      settingsChanged();
      return settingsView(next.settings);
    },
  };
}

function capitalised(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
