import { useEffect, useId, useState } from 'react';
import type { ExportKind } from '../../../shared/schemas';
import type { ImportProgress } from '../../../shared/view-models';
import { EXPORT_KINDS, exportOptionsSchema } from '../../../shared/schemas';
import type { RuleSetId } from '../../../shared/types';
import { difFteWarning, type DifCheck } from '../../../shared/dif';
import { RULE_SET_IDS } from '../../../shared/types';
import { call, subscribe } from '../lib/api';
import { validate, type FieldErrors } from '../lib/form-errors';
import { useApp } from '../app/app-context';
import { EXPORT_LABELS } from '../app/toolbar';
import { Dialog } from '../common/dialog';
import { Check, Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';
import { ProgressBar } from '../common/progress-bar';
import { ruleSetDescription, ruleSetName } from '../lib/rule-set-names';

/** Parses "30, 60, 90" into day windows; NaN entries are left for the schema to reject. */
function parseWindows(text: string): number[] {
  return text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((t) => Number(t));
}

/** Options for one report, then the save dialog (main process), progress and where it went. */
export function ExportDialog({ initialKind, employeeIds, onClose }: { readonly initialKind: ExportKind; readonly employeeIds?: readonly string[] | undefined; readonly onClose: () => void }) {
  const app = useApp();
  const formId = useId();
  const [kind, setKind] = useState<ExportKind>(initialKind);
  const [asOf, setAsOf] = useState(app.asOf);
  const [ruleSet, setRuleSet] = useState<RuleSetId>(app.ruleSet);
  const [rnOnly, setRnOnly] = useState(false);
  const [allEmployees, setAllEmployees] = useState(false);
  const [windows, setWindows] = useState('30, 60, 90');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [saved, setSaved] = useState<{ readonly file: string; readonly rows: number } | null>(null);

  useEffect(() => subscribe('export:progress', setProgress), []);

  // Before a DIF is written: the accepted list it will use and the gaps that change its figures.
  const [difChecked, setCheck] = useState<DifCheck | null>(null);
  const check = kind === 'dif' ? difChecked : null;
  useEffect(() => {
    if (kind !== 'dif') return;
    let live = true;
    void call('export:difCheck', { asOf, rnOnly, allEmployees }).then((r) => {
      if (!live) return;
      setCheck(r.ok ? r.value : null);
      // The report can still be written; the manager is told why the check is missing.
      if (!r.ok) setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [kind, asOf, rnOnly, allEmployees]);
  const fteWarning = check === null ? null : difFteWarning(check);

  const changeAcceptedList = () => {
    onClose();
    app.navigate({ name: 'settings' });
  };

  const run = async () => {
    const checked = validate(exportOptionsSchema, {
      asOf,
      ruleSet,
      ...(kind === 'dif' ? { rnOnly, allEmployees } : {}),
      ...(kind === 'expiring' ? { windows: parseWindows(windows) } : {}),
      ...(employeeIds ? { employeeIds: [...employeeIds] } : {}),
    });
    if (!checked.ok) return setErrors(checked.errors.windows ? { ...checked.errors, windows: 'Enter up to 6 whole numbers of days, e.g. 30, 60, 90' } : checked.errors);
    setErrors({});
    setRunning(true);
    setProgress(null);
    const result = await call('export:run', { kind, options: checked.value });
    setRunning(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    if (result.value === null) return app.announce('Export cancelled.');
    setSaved(result.value);
    app.announce(`Saved to ${result.value.file}`);
  };

  const showInFolder = async () => {
    if (!saved) return;
    const r = await call('shell:showInFolder', { file: saved.file });
    if (!r.ok) setError(r.error);
  };

  return (
    <Dialog
      title={`Export: ${EXPORT_LABELS[kind]}${employeeIds ? ` (${employeeIds.length.toLocaleString('en-US')} selected)` : ''}`}
      onClose={onClose}
      busy={running}
      footer={
        saved ? (
          <>
            <button type="button" onClick={() => void showInFolder()}>
              Show in folder
            </button>
            <button type="button" className="primary" onClick={onClose}>
              Done
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={onClose} disabled={running}>
              Cancel
            </button>
            <button type="submit" form={formId} className="primary" disabled={running}>
              {running ? 'Exporting…' : 'Export…'}
            </button>
          </>
        )
      }
    >
      {saved ? (
        <p role="status" data-testid="export-saved">
          <span aria-hidden="true">✓ </span>Saved to <code>{saved.file}</code> ({saved.rows.toLocaleString('en-US')} rows).
        </p>
      ) : (
        <form
          id={formId}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          {employeeIds ? (
            <p className="hint-box" data-testid="export-selection">
              Only the {employeeIds.length.toLocaleString('en-US')} people selected in the roster.
            </p>
          ) : null}
          <div className="form-grid">
            <Field label="Report">
              <select value={kind} onChange={(e) => setKind(e.target.value as ExportKind)}>
                {EXPORT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {EXPORT_LABELS[k]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="As of" error={errors.asOf} hint="Only credentials active on this date count">
              <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
            </Field>
            <Field label="Rule set" error={errors.ruleSet} hint={ruleSetDescription(ruleSet)}>
              <select value={ruleSet} onChange={(e) => setRuleSet(e.target.value as RuleSetId)}>
                {RULE_SET_IDS.map((id) => (
                  <option key={id} value={id}>
                    {ruleSetName(id)}
                  </option>
                ))}
              </select>
            </Field>
            {kind === 'expiring' ? (
              <Field label="Windows (days)" error={errors.windows} hint="Comma-separated, e.g. 30, 60, 90">
                <input value={windows} onChange={(e) => setWindows(e.target.value)} />
              </Field>
            ) : null}
          </div>
          {kind === 'dif' ? (
            <div className="check-row">
              <Check label="Registered nurses only" checked={rnOnly} onChange={setRnOnly} />
              <Check label="Include terminated staff" checked={allEmployees} onChange={setAllEmployees} />
            </div>
          ) : null}
          {kind === 'dif' && check !== null ? (
            <div className="dif-check" data-testid="dif-check">
              <p>
                <strong>Accepted certifications ({check.accepted.length}):</strong> {check.accepted.join(', ') || 'none: no certification will be counted'}{' '}
                <button type="button" className="link-button" onClick={changeAcceptedList}>
                  Change in Settings
                </button>
              </p>
              {fteWarning !== null ? (
                <p className="dif-warning" role="alert" data-testid="dif-fte-warning">
                  <span aria-hidden="true">⚠ </span>
                  {fteWarning}
                </p>
              ) : null}
              {rnOnly && check.rnNotRecorded > 0 ? (
                <p className="dif-warning">{`${check.rnNotRecorded} people have no RN status recorded and are left out of an RN-only report.`}</p>
              ) : null}
              {check.noExpiry > 0 ? (
                <p className="muted">{`${check.noExpiry} counted certifications have no expiry recorded; the detail sheet flags them.`}</p>
              ) : null}
            </div>
          ) : null}
          {running ? <ProgressBar progress={progress} label="Export progress" /> : null}
        </form>
      )}
      <ErrorBanner message={error} />
    </Dialog>
  );
}
