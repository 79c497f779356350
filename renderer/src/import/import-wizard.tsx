import { useCallback, useEffect, useReducer, useRef } from 'react';
import { call, subscribe } from '../lib/api';
import { useSettings } from '../lib/use-api-query';
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
import { baseName, findRememberedMapping, type ValueChoices } from './import-types';
import { initialWizardState, undoneWords, wizardOptions, wizardReducer, type WizardAction, type WizardState, type WizardStep } from './import-wizard-state';

const STEP_TITLES: Readonly<Record<WizardStep, string>> = {
  pick: 'Import — choose files',
  mapping: 'Import — match columns',
  preview: 'Import — check before importing',
  committing: 'Importing…',
  result: 'Import finished',
};

/** Files → column mapping → preview → commit with progress → result with undo. */
export function ImportWizard({ initialFiles, onClose }: { readonly initialFiles: readonly string[]; readonly onClose: () => void }) {
  const { announce } = useApp();
  const settings = useSettings();
  const [state, dispatch] = useReducer(wizardReducer, initialFiles, initialWizardState);
  const { step, files, preview, mapping, dayFirst, skipInvalid, choices, busy, error, progress, result, undone } = state;
  // A mapping saved from an earlier import of files with exactly these headers.
  const headers = preview?.files[0]?.columns.map((c) => c.header) ?? [];
  const remembered = settings.data ? findRememberedMapping(settings.data.importMappings, headers) : null;

  /** Asks for the preview `next` describes and hands the answer to the reducer; files just read are announced. */
  const sendPreview = useCallback(
    (next: WizardState) =>
      void call('import:preview', { files: [...next.files], options: wizardOptions(next) }).then((answer) => {
        dispatch({ type: 'preview-answered', request: next.request, answer });
        if (answer.ok && next.step === 'pick') announce(`Read ${next.files.map(baseName).join(', ')}. Check the column matches.`);
      }),
    [announce],
  );
  const askPreview = (action: WizardAction) => {
    dispatch(action);
    sendPreview(wizardReducer(state, action));
  };

  // Files dropped on the window or opened with the app are read as the wizard opens (once).
  const opening = useRef<WizardState | null>(state.busy ? state : null);
  useEffect(() => {
    const first = opening.current;
    opening.current = null;
    if (first) sendPreview(first);
  }, [sendPreview]);

  useEffect(() => subscribe('import:progress', (p) => dispatch({ type: 'progress', progress: p })), []);

  const commit = async () => {
    dispatch({ type: 'commit-started' });
    const answer = await call('import:commit', { files: [...files], options: wizardOptions(state) });
    dispatch({ type: 'commit-answered', answer });
    if (answer.ok) announce(`Import finished: ${answer.value.created} added, ${answer.value.updated} updated.`);
  };

  const undo = async () => {
    dispatch({ type: 'undo-started' });
    const answer = await call('import:undo', undefined);
    dispatch({ type: 'undo-answered', answer });
    if (answer.ok) announce(undoneWords(answer.value.restoredPeople));
  };

  /** A value-step or direct-coding answer: the preview is made again with it. */
  const choose = (next: ValueChoices) => askPreview({ type: 'preview-asked', choices: next });

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
            <button type="button" onClick={() => dispatch({ type: 'back' })} disabled={busy}>
              Back
            </button>
            <button type="button" className="primary" onClick={() => askPreview({ type: 'preview-asked', then: 'preview' })} disabled={busy}>
              {busy ? 'Checking…' : 'Next: check the rows'}
            </button>
          </>
        );
      case 'preview':
        return (
          <>
            <button type="button" onClick={() => dispatch({ type: 'back' })} disabled={busy}>
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
      {step === 'pick' ? (busy ? <p>Reading the files…</p> : <PickStep onFiles={(paths) => askPreview({ type: 'files-chosen', files: paths })} />) : null}
      {step === 'mapping' && preview ? <MappingStep files={preview.files} mapping={mapping} onChange={(m) => dispatch({ type: 'mapping-changed', mapping: m })} remembered={remembered} /> : null}
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
          onDayFirst={(on) => askPreview({ type: 'preview-asked', dayFirst: on })}
          skipInvalid={skipInvalid}
          onSkipInvalid={(on) => askPreview({ type: 'preview-asked', skipInvalid: on })}
        />
      ) : null}
      {step === 'committing' ? <ProgressBar progress={progress} label="Import progress" /> : null}
      {step === 'result' && result ? <ResultStep result={result} undone={undone} undoing={busy} onUndo={() => void undo()} /> : null}
    </Dialog>
  );
}
