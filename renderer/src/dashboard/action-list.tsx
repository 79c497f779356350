import type { DashboardData } from '../../../shared/ipc';
import { formatDate } from '../lib/format';
import { useApp } from '../app/app-context';

const KIND_LABELS: Readonly<Record<DashboardData['actions'][number]['kind'], { readonly text: string; readonly icon: string }>> = {
  expiring: { text: 'Expiring', icon: '⚠' },
  expired: { text: 'Expired', icon: '✕' },
  'newly-eligible': { text: 'Newly eligible', icon: '✓' },
  problem: { text: 'Record problem', icon: '!' },
};

/** What needs action, each item opening the person. */
export function ActionList({ actions }: { readonly actions: DashboardData['actions'] }) {
  const { navigate } = useApp();
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">Needs action ({actions.length})</h2>
      {actions.length === 0 ? (
        <p className="muted">Nothing needs action on this date.</p>
      ) : (
        <ul className="action-list">
          {actions.map((a, i) => (
            <li key={`${a.employeeId}-${a.kind}-${i}`}>
              <button type="button" className={`action action-${a.kind}`} onClick={() => navigate({ name: 'person', employeeId: a.employeeId })}>
                <span className="action-kind">
                  <span aria-hidden="true">{KIND_LABELS[a.kind].icon} </span>
                  {KIND_LABELS[a.kind].text}
                </span>
                <span className="action-name">{a.name}</span>
                <span className="action-text">{a.text}</span>
                {a.date ? <span className="action-date">{formatDate(a.date)}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
