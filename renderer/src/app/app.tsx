import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExportKind } from '../../../shared/schemas';
import type { MenuCommand } from '../../../shared/events';
import type { IsoDate, RuleSetId } from '../../../shared/types';
import { todayIso } from '../../../shared/dates';
import { subscribe } from '../lib/api';
import { followMainProcess } from '../lib/window-cache';
import { useSettings } from '../lib/use-api-query';
import { ErrorBanner } from '../common/error-banner';
import { ConfirmDialog, type ConfirmRequest } from '../common/confirm-dialog';
import { AppContext, type AppServices, type ConfirmOptions, type Screen } from './app-context';
import { Toolbar } from './toolbar';
import { StatusRegion } from './status-region';
import { DropOverlay } from './drop-overlay';
import { RosterScreen } from '../roster/roster-screen';
import { DashboardScreen } from '../dashboard/dashboard-screen';
import { PersonScreen } from '../person/person-screen';
import { SettingsScreen } from '../settings/settings-screen';
import { ImportWizard } from '../import/import-wizard';
import { ExportDialog } from '../export/export-dialog';
import { NewPersonDialog } from '../person/new-person-dialog';
import { useFileDrop } from './use-file-drop';

const EXPORT_COMMANDS: Partial<Record<MenuCommand, ExportKind>> = {
  'export-dif': 'dif',
  'export-eligibility': 'eligibility',
  'export-roster': 'roster',
  'export-expiring': 'expiring',
  'export-change-log': 'change-log',
};

/** The skip link's target: the first roster row drawn, else the screen's heading. */
function skipToContent(): void {
  const target =
    document.querySelector<HTMLElement>('.roster-body .link-button') ??
    document.querySelector<HTMLElement>('#roster-table') ??
    document.querySelector<HTMLElement>('#main h1');
  if (target && target.tagName === 'H1') target.tabIndex = -1;
  target?.focus();
}

/** The window: toolbar, one screen at a time, and the dialogs any screen can open. */
export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'roster' });
  const [asOf, setAsOf] = useState<IsoDate>(() => todayIso());
  const [ruleSet, setRuleSet] = useState<RuleSetId>('ccs-required');
  const [status, setStatus] = useState({ text: '', seq: 0 });
  const [confirmRequest, setConfirmRequest] = useState<ConfirmRequest | null>(null);
  const [importFiles, setImportFiles] = useState<readonly string[] | null>(null);
  const [exportKind, setExportKind] = useState<ExportKind | null>(null);
  const [exportSelection, setExportSelection] = useState<readonly string[] | undefined>(undefined);
  const [newPersonOpen, setNewPersonOpen] = useState(false);
  const [recovered, setRecovered] = useState<string | null>(null);
  const dirty = useRef(new Set<string>());
  const [settledForms, setSettledForms] = useState(0);

  // The view opens with the saved default rule set, and follows it when the default is changed.
  const settings = useSettings();
  const savedRuleSet = settings.data?.ruleSet;
  const [followed, setFollowed] = useState<RuleSetId | undefined>(undefined);
  if (savedRuleSet !== undefined && savedRuleSet !== followed) {
    setFollowed(savedRuleSet);
    setRuleSet(savedRuleSet);
  }

  const announce = useCallback((text: string) => setStatus((s) => ({ text, seq: s.seq + 1 })), []);
  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        setConfirmRequest({
          ...options,
          resolve: (ok) => {
            setConfirmRequest(null);
            resolve(ok);
          },
        });
      }),
    [],
  );
  const markDirty = useCallback((key: string, isDirty: boolean) => {
    if (isDirty) dirty.current.add(key);
    else if (dirty.current.delete(key) && dirty.current.size === 0) setSettledForms((n) => n + 1);
  }, []);

  const navigate = useCallback(
    async (next: Screen) => {
      if (dirty.current.size > 0) {
        const leave = await confirm({
          title: 'Leave without saving?',
          message: 'You have changes that are not saved. If you leave now they will be lost.',
          confirmLabel: 'Leave without saving',
          danger: true,
        });
        if (!leave) return;
        dirty.current.clear();
      }
      setScreen(next);
    },
    [confirm],
  );

  const openImport = useCallback((files: readonly string[] = []) => setImportFiles(files), []);

  useEffect(() => {
    const offMenu = subscribe('menu:command', ({ command }) => {
      const kind = EXPORT_COMMANDS[command];
      if (kind) {
        setExportSelection(undefined);
        return setExportKind(kind);
      }
      switch (command) {
        case 'import':
          return openImport();
        case 'backups':
          return void navigate({ name: 'settings', section: 'backups' });
        case 'new-person':
          return setNewPersonOpen(true);
        case 'show-roster':
          return void navigate({ name: 'roster' });
        case 'show-dashboard':
          return void navigate({ name: 'dashboard' });
        default:
          return undefined;
      }
    });
    const offFiles = subscribe('files:opened', ({ files }) => openImport(files));
    const offRecovered = subscribe('store:recovered', ({ message }) => setRecovered(message));
    // The command line, another window or a settings change: what is on screen is fetched again.
    const offChanged = followMainProcess();
    return () => {
      offMenu();
      offFiles();
      offRecovered();
      offChanged();
    };
  }, [navigate, openImport]);

  const dragging = useFileDrop(openImport, announce);

  const services = useMemo<AppServices>(
    () => ({
      asOf,
      ruleSet,
      navigate: (s) => void navigate(s),
      announce,
      confirm,
      markDirty,
      hasUnsavedChanges: () => dirty.current.size > 0,
      settledForms,
      openImport,
      openExport: (kind, employeeIds) => {
        setExportSelection(employeeIds);
        setExportKind(kind);
      },
      openNewPerson: () => setNewPersonOpen(true),
    }),
    [asOf, ruleSet, navigate, announce, confirm, markDirty, settledForms, openImport],
  );

  return (
    <AppContext.Provider value={services}>
      <div className="app">
        <button type="button" className="skip-link" onClick={skipToContent}>
          {screen.name === 'roster' ? 'Skip to the roster table' : 'Skip to the main content'}
        </button>
        <Toolbar
          screen={screen}
          asOf={asOf}
          onAsOfChange={setAsOf}
          ruleSet={ruleSet}
          onRuleSetChange={setRuleSet}
        />
        {recovered ? (
          <div className="banner banner-warning" role="alert">
            <span aria-hidden="true">⚠ </span>
            {recovered}
            <button type="button" className="link-button" onClick={() => setRecovered(null)}>
              Dismiss
            </button>
          </div>
        ) : null}
        {/* The settings every screen reads; when they cannot be read, it is said once, here. */}
        <ErrorBanner message={settings.error} onRetry={settings.reload} />
        <main className="screen" id="main">
          {screen.name === 'roster' ? <RosterScreen /> : null}
          {screen.name === 'dashboard' ? <DashboardScreen /> : null}
          {screen.name === 'person' ? <PersonScreen key={screen.employeeId} employeeId={screen.employeeId} from={screen.from} /> : null}
          {screen.name === 'settings' ? <SettingsScreen section={screen.section} /> : null}
        </main>
        <StatusRegion text={status.text} seq={status.seq} />
      </div>
      {dragging ? <DropOverlay /> : null}
      {importFiles !== null ? <ImportWizard initialFiles={importFiles} onClose={() => setImportFiles(null)} /> : null}
      {exportKind !== null ? <ExportDialog initialKind={exportKind} employeeIds={exportSelection} onClose={() => setExportKind(null)} /> : null}
      {newPersonOpen ? <NewPersonDialog onClose={() => setNewPersonOpen(false)} /> : null}
      {confirmRequest ? <ConfirmDialog request={confirmRequest} /> : null}
    </AppContext.Provider>
  );
}
