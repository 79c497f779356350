import type { ImportResult } from '../../../shared/types';
import { formatCount } from '../lib/format';

interface ResultStepProps {
  readonly result: ImportResult;
  readonly undone: string | null;
  readonly undoing: boolean;
  readonly onUndo: () => void;
}

/** What the import did, with a way to take it back. */
export function ResultStep({ result, undone, undoing, onUndo }: ResultStepProps) {
  return (
    <div className="result-step">
      {undone ? (
        <p role="status">
          <span aria-hidden="true">↶ </span>
          {undone}
        </p>
      ) : (
        <>
          <p role="status" data-testid="import-result">
            <span aria-hidden="true">✓ </span>
            Import finished: {formatCount(result.created)} people added, {formatCount(result.updated)} updated, {formatCount(result.unchanged)} unchanged
            {result.skippedRows > 0 ? `, ${formatCount(result.skippedRows)} rows skipped` : ''}.
          </p>
          <p className="muted">A backup was taken before the import. Undo puts the roster back exactly as it was.</p>
          <button type="button" onClick={onUndo} disabled={undoing}>
            {undoing ? 'Undoing…' : 'Undo this import'}
          </button>
        </>
      )}
    </div>
  );
}
