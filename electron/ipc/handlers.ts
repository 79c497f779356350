/**
 * What each IPC channel does, in plain Node: the main process, the browser harness and the tests
 * all run these same functions. Input arrives already validated by `dispatch`.
 */
import path from 'node:path';
import { formatISO } from 'date-fns/formatISO';
import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../shared/ipc';
import type { MainEventName, MainEvents } from '../../shared/events';
import type { Person, RosterData } from '../../shared/types';
import { mergeCatalog } from '../../shared/catalog';
import { RULE_SETS } from '../../shared/rule-sets';
import { buildDashboard, buildPersonDetail, buildRosterView } from '../../shared/views';
import type { RosterStore } from '../store/roster-store';
import * as ops from '../store/operations';
import { undoLastImport } from '../store/undo';
import { planImport } from '../import/plan';
import { commitImport } from '../import/commit';
import { writeImportTemplate } from '../import/template';
import { writeReport } from '../export/index';
import { isSafeExternalUrl } from '../security';
import { UserError } from '../../shared/user-error';
import { checkImportFiles } from './import-files';
import { rememberChoices } from '../import/remember-choices';
import { defaultReportName } from './report-names';
import { createRecertHandlers } from './recert-handlers';
import { applyBulkChange } from './bulk-change';
import { difCheck } from '../../shared/dif';
import { todayIso } from '../../shared/dates';
import { difRowsFor } from '../export/dif-report';

export interface FileFilter {
  readonly name: string;
  readonly extensions: string[];
}

export interface HandlerDeps {
  readonly store: RosterStore;
  readonly appVersion: string;
  readonly appName: string;
  readonly dialogs: {
    openImportFiles(): Promise<string[] | null>;
    saveFile(defaultName: string, filters: FileFilter[]): Promise<string | null>;
  };
  readonly shell: { showInFolder(file: string): void; openExternal(url: string): Promise<void> };
  readonly emit: <E extends MainEventName>(event: E, payload: MainEvents[E]) => void;
  readonly newId: () => string;
  /** The clock for report time stamps; tests pass a fixed one. */
  readonly now?: () => Date;
}

export type Handlers = { [C in ChannelName]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> };

const EXCEL_FILTER: FileFilter = { name: 'Excel workbook', extensions: ['xlsx'] };
const CSV_FILTER: FileFilter = { name: 'CSV file', extensions: ['csv'] };

function personOrThrow(data: RosterData, employeeId: string): Person {
  const person = ops.findPerson(data, employeeId);
  if (!person) throw new UserError(`No person with employee ID ${employeeId} is in the roster.`);
  return person;
}

/** A saved file gets the extension the user's office suite needs, even when it was typed without one. */
function withExtension(file: string, ext: string): string {
  return path.extname(file).toLowerCase() === ext ? file : `${file}${ext}`;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const settingsChanged = (): void => deps.emit('settings:changed', {});
  const progress = (event: 'import:progress' | 'export:progress') => (p: MainEvents[typeof event]) =>
    deps.emit(event, p);

  /**
   * Runs a pure operation on the stored roster and returns the changed person. With the version
   * the window's copy was based on, the change is refused when someone else changed them since.
   */
  const changePerson = (employeeId: string, op: (data: RosterData) => RosterData, baseVersion?: number): Promise<Person> => {
    const next = store.update(op, undefined, baseVersion === undefined ? undefined : { employeeId, version: baseVersion });
    return Promise.resolve(personOrThrow(next, employeeId));
  };

  return {
    'app:info': async () => ({
      name: deps.appName,
      version: deps.appVersion,
      dataDir: store.dataDir,
      ruleSets: Object.values(RULE_SETS),
    }),
    'roster:list': async ({ asOf, ruleSet }) => buildRosterView(store.read(), asOf, ruleSet),
    'dashboard:get': async ({ asOf, ruleSet }) => buildDashboard(store.read(), asOf, ruleSet),
    'person:get': async ({ asOf, ruleSet, employeeId }) => {
      const detail = buildPersonDetail(store.read(), employeeId, asOf, ruleSet);
      if (!detail) throw new UserError(`No person with employee ID ${employeeId} is in the roster.`);
      return { ...detail, version: store.versionOf(detail.person.employeeId) ?? 1 };
    },
    'person:history': async ({ employeeId }) => store.history({ employeeId, limit: 2000 }),
    'person:create': ({ person }) => changePerson(person.employeeId, (d) => ops.createPerson(d, person)),
    'person:update': ({ employeeId, changes, baseVersion }) =>
      changePerson(employeeId, (d) => ops.updatePerson(d, employeeId, changes), baseVersion),
    'person:delete': async ({ employeeId, baseVersion }) => {
      store.update((d) => ops.deletePerson(d, employeeId), undefined, baseVersion === undefined ? undefined : { employeeId, version: baseVersion });
      return null;
    },
    'people:bulk': async ({ employeeIds, change }) => {
      const at = formatISO(now());
      // Checked against the roster as it is before the backup, so a refused change leaves no copy behind.
      const base = store.read();
      const planned = applyBulkChange(base, employeeIds, change, at);
      if (planned.next === base) return { changed: 0, acknowledged: 0 };
      store.backup(`before a change to ${employeeIds.length} ${employeeIds.length === 1 ? 'person' : 'people'} at once`);
      // One update, so the whole selection is one write; the plan is reused when nothing came in between.
      let outcome = planned;
      store.update((d) => (d === base ? planned : (outcome = applyBulkChange(d, employeeIds, change, at))).next);
      return { changed: outcome.changed, acknowledged: outcome.acknowledged };
    },
    'credential:save': ({ employeeId, credential, baseVersion }) =>
      changePerson(employeeId, (d) => ops.saveCredential(d, employeeId, credential, deps.newId), baseVersion),
    'credential:delete': ({ employeeId, id, baseVersion }) =>
      changePerson(employeeId, (d) => ops.deleteCredential(d, employeeId, id), baseVersion),
    'experience:save': ({ employeeId, experience, baseVersion }) =>
      changePerson(employeeId, (d) => ops.saveExperience(d, employeeId, experience, deps.newId), baseVersion),
    'experience:delete': ({ employeeId, id, baseVersion }) =>
      changePerson(employeeId, (d) => ops.deleteExperience(d, employeeId, id), baseVersion),
    'education:save': ({ employeeId, education, baseVersion }) =>
      changePerson(employeeId, (d) => ops.saveEducation(d, employeeId, education, deps.newId), baseVersion),
    'education:delete': ({ employeeId, id, baseVersion }) =>
      changePerson(employeeId, (d) => ops.deleteEducation(d, employeeId, id), baseVersion),
    'catalog:list': async () => mergeCatalog(store.read().customCredentials),
    'catalog:add': async ({ credential }) => {
      const next = store.update((d) => ops.addCustomCredential(d, { ...credential, userDefined: true }));
      return mergeCatalog(next.customCredentials);
    },
    'import:pick': async () => deps.dialogs.openImportFiles(),
    'import:preview': async ({ files, options }) => {
      const checked = await checkImportFiles(files);
      const plan = await planImport(store.read(), checked, { ...options, today: todayIso(now()) }, progress('import:progress'));
      return plan.preview;
    },
    'import:commit': async ({ files, options }) => {
      const checked = await checkImportFiles(files);
      // The mapping and value answers are remembered for the next file like these, in the import's
      // own write (undo puts the people back and keeps them, like every setting).
      const result = await commitImport(store, checked, { ...options, today: todayIso(now()) }, progress('import:progress'), undefined, (next, preview) =>
        rememberChoices(next, preview, options));
      settingsChanged();
      return result;
    },
    'import:undo': async () => undoLastImport(store),
    'import:template': async ({ format }) => {
      const filter = format === 'csv' ? CSV_FILTER : EXCEL_FILTER;
      const chosen = await deps.dialogs.saveFile(`credential-roster-import-template.${format}`, [filter]);
      if (chosen === null) return null;
      const file = withExtension(chosen, `.${format}`);
      await writeImportTemplate(format, file);
      return { file };
    },
    'export:difCheck': async (options) => {
      const roster = store.read();
      return difCheck(difRowsFor({ roster, asOf: options.asOf, rnOnly: options.rnOnly, allEmployees: options.allEmployees }), roster);
    },
    'export:run': async ({ kind, options }) => {
      const chosen = await deps.dialogs.saveFile(defaultReportName(kind, options.asOf), [EXCEL_FILTER]);
      if (chosen === null) return null;
      const roster = store.read();
      const selection = options.employeeIds === undefined ? null : new Set(options.employeeIds);
      return writeReport(kind, withExtension(chosen, '.xlsx'), {
        roster: selection === null ? roster : { ...roster, people: roster.people.filter((p) => selection.has(p.employeeId)) },
        ...(selection === null ? {} : { selected: selection.size }),
        asOf: options.asOf,
        ruleSet: options.ruleSet ?? roster.settings.ruleSet,
        rnOnly: options.rnOnly,
        allEmployees: options.allEmployees,
        windows: options.windows,
        appVersion: deps.appVersion,
        producedAt: now(),
        onProgress: progress('export:progress'),
        changeLog: kind === 'change-log' ? store.history() : undefined,
      });
    },
    ...createRecertHandlers({ store, newId: deps.newId, now, settingsChanged }),
    'backups:list': async () => store.listBackups(),
    'backups:restore': async ({ name }) => {
      const restored = store.restoreBackup(name);
      // The backup's settings come back with its people.
      settingsChanged();
      return { people: restored.people.length };
    },
    'shell:showInFolder': async ({ file }) => {
      if (file.includes('\0') || !path.isAbsolute(file)) {
        throw new UserError('That file cannot be shown: the app needs its full location.');
      }
      deps.shell.showInFolder(path.resolve(file));
      return null;
    },
    'shell:openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        throw new UserError('Only secure web addresses (starting with https://) can be opened from the app.');
      }
      await deps.shell.openExternal(url);
      return null;
    },
  };
}
