import { useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../lib/api';
import { useQuery } from '../lib/use-api-query';
import { formatBytes } from '../lib/format';
import type { BackupInfo } from '../../../shared/view-models';

const TO_SECOND: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };

/**
 * When each backup was taken, to the second; backups taken within the same second (a start-up and
 * an import right after it) also get their milliseconds, so no two rows read the same.
 */
export function backupTimes(backups: readonly BackupInfo[]): Map<string, string> {
  const text = new Map(backups.map((b) => [b.name, new Date(b.createdAt).toLocaleString('en-US', TO_SECOND)]));
  const seen = new Map<string, number>();
  for (const t of text.values()) seen.set(t, (seen.get(t) ?? 0) + 1);
  for (const b of backups) {
    const t = text.get(b.name) ?? '';
    if ((seen.get(t) ?? 0) > 1) text.set(b.name, `${t} (+${String(new Date(b.createdAt).getMilliseconds()).padStart(3, '0')} ms)`);
  }
  return text;
}
import { useApp } from '../app/app-context';
import { ErrorBanner } from '../common/error-banner';

/** Backups the app keeps, newest first, each restorable after a confirmation. */
export function BackupsSection({ focus }: { readonly focus: boolean }) {
  const { confirm, announce } = useApp();
  const { data, error, reload } = useQuery('backups:list', undefined);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const times = useMemo(() => backupTimes(data ?? []), [data]);

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
              <th scope="col">Why</th>
              <th scope="col">People</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((b) => {
              const when = times.get(b.name) ?? b.createdAt;
              return (
                <tr key={b.name}>
                  <th scope="row" title={b.name}>
                    {when}
                  </th>
                  <td>{b.reason.charAt(0).toUpperCase() + b.reason.slice(1)}</td>
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
