import { useState } from 'react';
import { call } from '../lib/api';
import { useApp } from '../app/app-context';
import { ErrorBanner } from '../common/error-banner';

/** Choose files: the file dialog, drag and drop, or a template to fill in. */
export function PickStep({ onFiles }: { readonly onFiles: (files: readonly string[]) => void }) {
  const { announce } = useApp();
  const [error, setError] = useState<string | null>(null);
  const pick = async () => {
    const result = await call('import:pick', undefined);
    if (!result.ok) return setError(result.error);
    if (result.value && result.value.length > 0) onFiles(result.value);
  };
  const template = async (format: 'csv' | 'xlsx') => {
    const result = await call('import:template', { format });
    if (!result.ok) return setError(result.error);
    if (result.value) announce(`Template saved to ${result.value.file}`);
  };
  return (
    <div className="pick-step">
      <div className="drop-zone">
        <p>
          <strong>Drop CSV, text (.txt, .tsv, .psv) or Excel files anywhere in this window</strong>, or choose them.
        </p>
        <p className="muted">One row per person-credential, one row per person with numbered columns, or experience periods: all work.</p>
        <button type="button" className="primary" onClick={() => void pick()} autoFocus>
          Choose files…
        </button>
      </div>
      <p>
        Starting from scratch? Download the import template:{' '}
        <button type="button" className="link-button" onClick={() => void template('csv')}>
          CSV template
        </button>{' '}
        ·{' '}
        <button type="button" className="link-button" onClick={() => void template('xlsx')}>
          Excel template
        </button>
      </p>
      <ErrorBanner message={error} />
    </div>
  );
}
