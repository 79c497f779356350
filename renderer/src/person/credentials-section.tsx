import type { CredentialBadge as Badge } from '../../../shared/view-models';
import type { Credential, CredentialDefinition } from '../../../shared/types';
import { call } from '../lib/api';
import { formatDate } from '../lib/format';
import { useApp } from '../app/app-context';
import { CredentialBadge } from '../roster/credential-badge';
import { CredentialFormDialog, credentialDraft, type CredentialDraft } from './credential-form-dialog';
import { renewalDraft } from './renewal';
import { useConfirmedChange } from '../common/use-confirmed-change';
import { useRecordEditor } from '../common/use-record-editor';
import { RecordCard } from '../common/record-card';
import { RecordTable, type Column } from '../common/record-table';
import { useBaseVersion } from './person-version';

interface Editing {
  readonly title: string;
  readonly initial: CredentialDraft;
  readonly note?: string;
}

interface CredentialsSectionProps {
  readonly employeeId: string;
  readonly credentials: readonly Credential[];
  readonly statuses: readonly Badge[];
  readonly catalog: readonly CredentialDefinition[];
  readonly onChanged: () => void;
}

/** The person's credentials with their state on the as-of date; add, edit, renew, delete. */
export function CredentialsSection({ employeeId, credentials, statuses, catalog, onChanged }: CredentialsSectionProps) {
  const baseVersion = useBaseVersion();
  const { asOf } = useApp();
  const editor = useRecordEditor<Editing>(onChanged);
  const { run, error } = useConfirmedChange(onChanged);
  const definition = (c: Credential) => catalog.find((d) => d.code === c.code);

  const remove = (c: Credential) =>
    run(
      {
        title: `Delete ${c.code}?`,
        message: `The ${c.code} credential${c.number ? ` (number ${c.number})` : ''} will be removed from this person's record.`,
        confirmLabel: 'Delete credential',
        danger: true,
      },
      () => call('credential:delete', { employeeId, id: c.id, baseVersion }),
      `${c.code} deleted.`,
    );

  const columns: readonly Column<Credential>[] = [
    {
      header: 'Credential',
      rowHeader: true,
      cell: (c) => {
        const badge = statuses.find((s) => s.id === c.id);
        const def = definition(c);
        return (
          <>
            {badge ? <CredentialBadge badge={badge} /> : c.code}
            {def ? <span className="muted small-text"> {def.name}</span> : null}
          </>
        );
      },
    },
    { header: 'Number', cell: (c) => c.number ?? '—' },
    { header: 'Earned', cell: (c) => formatDate(c.earnedOn) },
    { header: 'Expires', cell: (c) => formatDate(c.expiresOn) },
    { header: 'Verified', cell: (c) => formatDate(c.verifiedOn) },
    {
      header: 'CEUs',
      cell: (c) => {
        const perCycle = definition(c)?.ceusPerCycle;
        return `${c.ceusEarned ?? '—'}${perCycle ? ` / ${perCycle}` : ''}`;
      },
    },
  ];

  const renew = (c: Credential) => {
    const def = definition(c);
    editor.edit({
      title: `Renew ${c.code}`,
      initial: renewalDraft(c, def, asOf),
      note: `The new cycle follows the last one (${def?.cycleYears ?? 2} years). Check the dates against the certificate before saving.`,
    });
  };

  return (
    <RecordCard titleId="credentials-title" title="Credentials" add={{ label: 'Add credential', onClick: () => editor.edit({ title: 'Add a credential', initial: credentialDraft() }) }} error={error}>
      <RecordTable
        rows={credentials}
        rowKey={(c) => c.id}
        columns={columns}
        empty="No credentials on record."
        actions={{
          name: (c) => c.code,
          edit: (c) => editor.edit({ title: `Edit ${c.code}`, initial: credentialDraft(c) }),
          others: [{ label: 'Renew', verb: 'Renew', onClick: renew }],
          delete: (c) => void remove(c),
        }}
      />
      {editor.editing ? <CredentialFormDialog employeeId={employeeId} catalog={catalog} {...editor.editing} {...editor.dialogProps('Credential saved.')} /> : null}
    </RecordCard>
  );
}
