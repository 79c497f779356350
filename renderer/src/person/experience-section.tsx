import type { TimelineSpan } from '../../../shared/view-models';
import type { ExperiencePeriod } from '../../../shared/types';
import { call } from '../lib/api';
import { formatDate } from '../lib/format';
import { useApp } from '../app/app-context';
import { ExperienceFormDialog } from './experience-form-dialog';
import { ExperienceTimeline } from './experience-timeline';
import { useConfirmedChange } from '../common/use-confirmed-change';
import { useRecordEditor } from '../common/use-record-editor';
import { RecordCard } from '../common/record-card';
import { RecordTable, type Column } from '../common/record-table';
import { useBaseVersion } from './person-version';

interface ExperienceSectionProps {
  readonly employeeId: string;
  readonly periods: readonly ExperiencePeriod[];
  readonly spans: readonly TimelineSpan[];
  readonly experienceDays: number;
  readonly onChanged: () => void;
}

/** Coding work periods and the merged spans the experience count rests on. */
export function ExperienceSection({ employeeId, periods, spans, experienceDays, onChanged }: ExperienceSectionProps) {
  const baseVersion = useBaseVersion();
  const { asOf } = useApp();
  const editor = useRecordEditor<{ readonly period?: ExperiencePeriod }>(onChanged);
  const { run, error } = useConfirmedChange(onChanged);

  const remove = (p: ExperiencePeriod) =>
    run(
      {
        title: 'Delete this period?',
        message: `${p.employer ?? 'The period'} from ${formatDate(p.start)} to ${p.end ? formatDate(p.end) : 'now'} will be removed.`,
        confirmLabel: 'Delete period',
        danger: true,
      },
      () => call('experience:delete', { employeeId, id: p.id, baseVersion }),
      'Experience period deleted.',
    );

  return (
    <RecordCard titleId="experience-title" title="Coding experience" add={{ label: 'Add experience', onClick: () => editor.edit({}) }}
      intro={
        <>
          <p>
            <strong>{experienceDays.toLocaleString('en-US')} days</strong> of direct coding before {formatDate(asOf)} (about {(experienceDays / 365.25).toFixed(1)} years).
            Overlapping periods are counted once.
          </p>
          <ExperienceTimeline spans={spans} asOf={asOf} />
        </>
      }
      error={error}
    >
      <RecordTable
        rows={periods}
        rowKey={(p) => p.id}
        columns={COLUMNS}
        empty="No experience on record."
        actions={{
          name: (p) => `period starting ${formatDate(p.start)}`,
          edit: (period) => editor.edit({ period }),
          delete: (p) => void remove(p),
        }}
      />
      {editor.editing ? <ExperienceFormDialog employeeId={employeeId} {...editor.editing} {...editor.dialogProps('Experience saved.')} /> : null}
    </RecordCard>
  );
}

const COLUMNS: readonly Column<ExperiencePeriod>[] = [
  { header: 'Employer', rowHeader: true, cell: (p) => p.employer ?? '—' },
  { header: 'Start', cell: (p) => formatDate(p.start) },
  { header: 'End', cell: (p) => (p.end ? formatDate(p.end) : 'Ongoing') },
  { header: 'Direct coding', cell: (p) => (p.directCoding ? 'Yes' : 'No') },
];
