import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../lib/api';
import { useApiQuery } from '../lib/use-api-query';
import { formatBytes } from '../lib/format';
import { useApp } from '../app/app-context';
import { ErrorBanner } from '../common/error-banner';

/** Backups the app keeps, newest first, each restorable after a confirmation. */
export function BackupsSection({ focus }: { readonly focus: boolean }) {
  const { confirm, announce, dataChanged } = useApp();
  const load = useCallback(() => call('backups:list', undefined), []);
  const { data, error, reload } = useApiQuery(load);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);

  const restore = async (name: string, when: string) => {
    const ok = await confirm({
      title: 'Restore this backup?',
      message: `The roster will be replaced by the backup from ${when}. The current data is backed up first, so this can be undone by restoring that backup.`,
      confirmLabel: 'Restore backup',
      danger: true,
    });
    if (!ok) return;
    const r = await call('backups:restore', { name });
    if (!r.ok) return setRestoreError(r.error);
    setRestoreError(null);
    announce(`Backup restored: ${r.value.people.toLocaleString('en-US')} people.`);
    dataChanged();
    reload();
  };

  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title" ref={heading} tabIndex={-1}>
        Backups
      </h2>
      <ErrorBanner message={error ?? restoreError} onRetry={reload} />
      {data && data.length === 0 ? <p className="muted">No backups yet. One is taken before every import and restore.</p> : null}
      {data && data.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">People</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((b) => {
              const when = new Date(b.createdAt).toLocaleString('en-US');
              return (
                <tr key={b.name}>
                  <th scope="row" title={b.name}>
                    {when}
                  </th>
                  <td>{b.people === null ? 'unreadable' : b.people.toLocaleString('en-US')}</td>
                  <td>{formatBytes(b.sizeBytes)}</td>
                  <td>
                    <button type="button" className="small" aria-label={`Restore backup from ${when}`} onClick={() => void restore(b.name, when)}>
                      Restore…
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
