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
import { RecordCard } from '../common/record-card';
import { RecordTable, type Column, type RowAction } from '../common/record-table';

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

  const columns: readonly Column<BackupInfo>[] = [
    { header: 'Taken', rowHeader: true, cell: (b) => <span title={b.name}>{times.get(b.name) ?? b.createdAt}</span> },
    { header: 'Why', cell: (b) => b.reason.charAt(0).toUpperCase() + b.reason.slice(1) },
    { header: 'People', cell: (b) => (b.people === null ? 'unreadable' : b.people.toLocaleString('en-US')) },
    { header: 'Size', cell: (b) => formatBytes(b.sizeBytes) },
  ];
  const restoreAction: RowAction<BackupInfo> = { label: 'Restore…', verb: 'Restore', onClick: (b) => void restore(b.name, times.get(b.name) ?? b.createdAt) };

  return (
    <RecordCard titleId="backups-title" title="Backups" headingRef={heading} error={error ?? restoreError} onRetry={reload}>
      {data ? (
        <RecordTable
          rows={data}
          rowKey={(b) => b.name}
          columns={columns}
          empty="No backups yet. One is taken before every import and restore."
          actions={{ name: (b) => `backup from ${times.get(b.name) ?? b.createdAt}`, others: [restoreAction] }}
        />
      ) : null}
    </RecordCard>
  );
}
