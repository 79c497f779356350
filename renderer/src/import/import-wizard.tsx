import { useCallback, useEffect, useState } from 'react';
import type { ImportPreview, ImportResult } from '../../../shared/types';
import type { IpcResult } from '../../../shared/ipc';
import type { ImportProgress } from '../../../shared/view-models';
import { call, subscribe } from '../lib/api';
import { useApp } from '../app/app-context';
import { Dialog } from '../common/dialog';
import { ErrorBanner } from '../common/error-banner';
import { ProgressBar } from '../common/progress-bar';
import { PickStep } from './pick-step';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { ResultStep } from './result-step';
import { DirectCodingQuestion } from './direct-coding-question';
import { ValueMappingStep, withAnswer } from './value-mapping-step';
import { baseName, findRememberedMapping, importOptions, NO_VALUE_CHOICES, type Mapping, type ValueChoices } from './import-types';

type Step = 'pick' | 'mapping' | 'preview' | 'committing' | 'result';

const STEP_TITLES: Readonly<Record<Step, string>> = {
  pick: 'Import — choose files',
  mapping: 'Import — match columns',
  preview: 'Import — check before importing',
  committing: 'Importing…',
  result: 'Import finished',
};

/** Files → column mapping → preview → commit with progress → result with undo. */
export function ImportWizard({ initialFiles, onClose }: { readonly initialFiles: readonly string[]; readonly onClose: () => void }) {
  const { announce, dataChanged } = useApp();
  const [step, setStep] = useState<Step>('pick');
  const [files, setFiles] = useState<readonly string[]>(initialFiles);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [dayFirst, setDayFirst] = useState<boolean | undefined>(undefined);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [choices, setChoices] = useState<ValueChoices>(NO_VALUE_CHOICES);
  const [remembered, setRemembered] = useState<Mapping | null>(null);
  const [busy, setBusy] = useState(initialFiles.length > 0);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [undone, setUndone] = useState<string | null>(null);

  /** Asks for a preview; every state change happens after the answer arrives. */
  const fetchPreview = useCallback(async (paths: readonly string[], m: Mapping, df: boolean | undefined, skip: boolean, c: ValueChoices): Promise<ImportPreview | null> => {
    const r = await call('import:preview', { files: [...paths], options: importOptions(m, df, skip, c) });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return null;
    }
    setError(null);
    setPreview(r.value);
    return r.value;
  }, []);

  const runPreview = (paths: readonly string[], m: Mapping, df: boolean | undefined, skip: boolean, c: ValueChoices = choices) => {
    setBusy(true);
    return fetchPreview(paths, m, df, skip, c);
  };

  /** After the first preview of newly chosen files: show the matches, then look for a remembered mapping. */
  const afterFirstPreview = useCallback(
    (paths: readonly string[], r: IpcResult<ImportPreview>) => {
      setBusy(false);
      if (!r.ok) return setError(r.error);
      setError(null);
      setPreview(r.value);
      setDayFirst(r.value.files.some((f) => f.dayFirst));
      setStep('mapping');
      announce(`Read ${paths.map(baseName).join(', ')}. Check the column matches.`);
      const headers = r.value.files[0]?.columns.map((c) => c.header) ?? [];
      void call('settings:get', undefined).then((settings) => {
        if (settings.ok) setRemembered(findRememberedMapping(settings.value.importMappings, headers));
      });
    },
    [announce],
  );

  const readFiles = useCallback(
    (paths: readonly string[]) =>
      call('import:preview', { files: [...paths], options: importOptions({}, undefined, false) }).then((r) => afterFirstPreview(paths, r)),
    [afterFirstPreview],
  );

  const start = (paths: readonly string[]) => {
    setFiles(paths);
    setMapping({});
    setChoices(NO_VALUE_CHOICES);
    setBusy(true);
    void readFiles(paths);
  };

  useEffect(() => {
    if (initialFiles.length > 0) void readFiles(initialFiles);
  }, [initialFiles, readFiles]);

  useEffect(() => subscribe('import:progress', setProgress), []);

  const toPreview = async () => {
    if (await runPreview(files, mapping, dayFirst, skipInvalid)) setStep('preview');
  };

  const commit = async () => {
    setStep('committing');
    setProgress(null);
    const r = await call('import:commit', { files: [...files], options: importOptions(mapping, dayFirst, skipInvalid, choices) });
    if (!r.ok) {
      setError(r.error);
      setStep('preview');
      return;
    }
    setResult(r.value);
    setStep('result');
    dataChanged();
    announce(`Import finished: ${r.value.created} added, ${r.value.updated} updated.`);
  };

  const undo = async () => {
    setBusy(true);
    const r = await call('import:undo', undefined);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const text = `Import undone. The roster is back to ${r.value.restoredPeople.toLocaleString('en-US')} people.`;
    setUndone(text);
    dataChanged();
    announce(text);
  };

  /** A value-step or direct-coding answer: the preview is made again with it. */
  const choose = (next: ValueChoices) => {
    setChoices(next);
    void runPreview(files, mapping, dayFirst, skipInvalid, next);
  };

  const rePreview = (df: boolean | undefined, skip: boolean) => {
    setDayFirst(df);
    setSkipInvalid(skip);
    void runPreview(files, mapping, df, skip);
  };

  const footer = (() => {
    switch (step) {
      case 'pick':
        return (
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        );
      case 'mapping':
        return (
          <>
            <button type="button" onClick={() => setStep('pick')} disabled={busy}>
              Back
            </button>
            <button type="button" className="primary" onClick={() => void toPreview()} disabled={busy}>
              {busy ? 'Checking…' : 'Next: check the rows'}
            </button>
          </>
        );
      case 'preview':
        return (
          <>
            <button type="button" onClick={() => setStep('mapping')} disabled={busy}>
              Back
            </button>
            <button type="button" className="primary" onClick={() => void commit()} disabled={busy || !preview?.canCommit}>
              Import
            </button>
          </>
        );
      case 'committing':
        return null;
      case 'result':
        return (
          <button type="button" className="primary" onClick={onClose}>
            Done
          </button>
        );
    }
  })();

  return (
    <Dialog title={STEP_TITLES[step]} onClose={onClose} footer={footer} wide busy={step === 'committing'}>
      {files.length > 0 && step !== 'pick' ? <p className="muted">Files: {files.map(baseName).join(', ')}</p> : null}
      <ErrorBanner message={error} />
      {step === 'pick' ? (busy ? <p>Reading the files…</p> : <PickStep onFiles={start} />) : null}
      {step === 'mapping' && preview ? <MappingStep files={preview.files} mapping={mapping} onChange={setMapping} remembered={remembered} /> : null}
      {step === 'preview' && preview ? (
        <>
          <DirectCodingQuestion
            files={preview.files}
            directCoding={choices.directCoding}
            disabled={busy}
            onChange={(directCoding) => choose({ ...choices, directCoding })}
          />
          <ValueMappingStep
            questions={preview.valueQuestions}
            disabled={busy}
            onAnswer={(kind, key, answer) => choose({ ...choices, valueMappings: withAnswer(choices.valueMappings, kind, key, answer) })}
          />
        </>
      ) : null}
      {step === 'preview' && preview ? (
        <PreviewStep
          preview={preview}
          dayFirst={dayFirst ?? false}
          onDayFirst={(on) => rePreview(on, skipInvalid)}
          skipInvalid={skipInvalid}
          onSkipInvalid={(on) => rePreview(dayFirst, on)}
        />
      ) : null}
      {step === 'committing' ? <ProgressBar progress={progress} label="Import progress" /> : null}
      {step === 'result' && result ? <ResultStep result={result} undone={undone} undoing={busy} onUndo={() => void undo()} /> : null}
    </Dialog>
  );
}
