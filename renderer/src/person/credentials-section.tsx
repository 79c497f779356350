import { useState } from 'react';
import type { CredentialBadge as Badge } from '../../../shared/view-models';
import type { Credential, CredentialDefinition } from '../../../shared/types';
import { call } from '../lib/api';
import { formatDate } from '../lib/format';
import { useApp } from '../app/app-context';
import { CredentialBadge } from '../roster/credential-badge';
import { CredentialFormDialog, credentialDraft, type CredentialDraft } from './credential-form-dialog';
import { renewalDraft } from './renewal';
import { ErrorBanner } from '../common/error-banner';
import { useConfirmedChange } from '../common/use-confirmed-change';
import { useBaseVersion } from './person-version';

interface Editing {
  readonly title: string;
  readonly draft: CredentialDraft;
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
  const { asOf, announce } = useApp();
  const [editing, setEditing] = useState<Editing | null>(null);
  const { run, error } = useConfirmedChange(onChanged);

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

  return (
    <section className="card" aria-labelledby="credentials-title">
      <div className="card-header">
        <h2 id="credentials-title">Credentials</h2>
        <button type="button" onClick={() => setEditing({ title: 'Add a credential', draft: credentialDraft() })}>
          Add credential
        </button>
      </div>
      <ErrorBanner message={error} />
      {credentials.length === 0 ? (
        <p className="muted">No credentials on record.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Credential</th>
              <th scope="col">Number</th>
              <th scope="col">Earned</th>
              <th scope="col">Expires</th>
              <th scope="col">Verified</th>
              <th scope="col">CEUs</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {credentials.map((c) => {
              const badge = statuses.find((s) => s.id === c.id);
              const def = catalog.find((d) => d.code === c.code);
              return (
                <tr key={c.id}>
                  <th scope="row">
                    {badge ? <CredentialBadge badge={badge} /> : c.code}
                    {def ? <span className="muted small-text"> {def.name}</span> : null}
                  </th>
                  <td>{c.number ?? '—'}</td>
                  <td>{formatDate(c.earnedOn)}</td>
                  <td>{formatDate(c.expiresOn)}</td>
                  <td>{formatDate(c.verifiedOn)}</td>
                  <td>
                    {c.ceusEarned ?? '—'}
                    {def?.ceusPerCycle ? ` / ${def.ceusPerCycle}` : ''}
                  </td>
                  <td className="row-actions">
                    <button type="button" className="small" aria-label={`Edit ${c.code}`} onClick={() => setEditing({ title: `Edit ${c.code}`, draft: credentialDraft(c) })}>
                      Edit
                    </button>
                    <button
                      type="button"
                      className="small"
                      aria-label={`Renew ${c.code}`}
                      onClick={() =>
                        setEditing({
                          title: `Renew ${c.code}`,
                          draft: renewalDraft(c, def, asOf),
                          note: `The new cycle follows the last one (${def?.cycleYears ?? 2} years). Check the dates against the certificate before saving.`,
                        })
                      }
                    >
                      Renew
                    </button>
                    <button type="button" className="small danger" aria-label={`Delete ${c.code}`} onClick={() => void remove(c)}>
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing ? (
        <CredentialFormDialog
          title={editing.title}
          employeeId={employeeId}
          initial={editing.draft}
          catalog={catalog}
          {...(editing.note ? { note: editing.note } : {})}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            announce('Credential saved.');
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
