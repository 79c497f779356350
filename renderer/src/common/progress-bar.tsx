import type { ImportProgress } from '../../../shared/view-models';

const PHASE_LABELS: Readonly<Record<ImportProgress['phase'], string>> = {
  reading: 'Reading files',
  validating: 'Checking rows',
  writing: 'Saving',
  done: 'Done',
};

/** Progress of long work; indeterminate until the first report arrives. */
export function ProgressBar({ progress, label }: { readonly progress: ImportProgress | null; readonly label: string }) {
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : undefined;
  return (
    <div className="progress">
      <progress aria-label={label} max={100} value={percent} />
      <span className="progress-text">
        {progress ? `${PHASE_LABELS[progress.phase]}${percent !== undefined ? ` — ${percent}%` : ''}` : 'Starting…'}
      </span>
    </div>
  );
}
