import { useEffect, useRef } from 'react';
import type { DashboardData } from '../../../shared/view-models';
import { formatCount, formatDate, proseDates } from '../lib/format';
import { useApp } from '../app/app-context';

type Action = DashboardData['actions'][number];

const KIND_LABELS: Readonly<Record<Action['kind'], { readonly text: string; readonly icon: string; readonly plural: string }>> = {
  expired: { text: 'Lapsed', icon: '✕', plural: 'lapsed' },
  expiring: { text: 'Expiring', icon: '⚠', plural: 'expiring' },
  'newly-eligible': { text: 'Newly eligible', icon: '✓', plural: 'newly eligible' },
  problem: { text: 'Check record', icon: '!', plural: 'to check' },
};
const KIND_ORDER: readonly Action['kind'][] = ['expired', 'expiring', 'newly-eligible', 'problem'];

/** The action opened last, so coming back from that person puts the focus on it again. */
let openedKey: string | null = null;
const keyOf = (a: Action, i: number) => `${a.kind}|${a.employeeId}|${i}`;

interface ActionListProps {
  readonly actions: DashboardData['actions'];
  readonly gaps: DashboardData['recordGaps'];
}

/**
 * What needs action, most urgent first, each item opening the person. Gaps that change no one's
 * answers (no FTE, no unit) are one line each with a count, under the list, not an item per person.
 */
export function ActionList({ actions, gaps }: ActionListProps) {
  const { navigate } = useApp();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (openedKey === null) return;
    list.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(openedKey)}"]`)?.focus();
    openedKey = null;
  }, []);
  const counts = KIND_ORDER.map((kind) => [kind, actions.filter((a) => a.kind === kind).length] as const).filter(([, n]) => n > 0);
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">Needs action ({formatCount(actions.length)})</h2>
      {counts.length > 0 ? (
        <p className="muted action-counts" data-testid="action-counts">
          {counts.map(([kind, n]) => `${formatCount(n)} ${KIND_LABELS[kind].plural}`).join(' · ')}
        </p>
      ) : null}
      {actions.length === 0 ? (
        <p className="muted">Nothing needs action on this date.</p>
      ) : (
        <ul className="action-list" ref={list}>
          {actions.map((a, i) => {
            const key = keyOf(a, i);
            return (
              <li key={key}>
                <button
                  type="button"
                  data-key={key}
                  className={`action action-${a.kind}`}
                  onClick={() => {
                    openedKey = key;
                    navigate({ name: 'person', employeeId: a.employeeId, from: 'dashboard' });
                  }}
                >
                  <span className="action-kind">
                    <span aria-hidden="true">{KIND_LABELS[a.kind].icon} </span>
                    {KIND_LABELS[a.kind].text}
                  </span>
                  <span className="action-name">{a.name}</span>
                  <span className="action-text">{proseDates(a.text)}</span>
                  {a.date ? <span className="action-date">{formatDate(a.date)}</span> : null}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {gaps.length > 0 ? (
        <>
          <h3 id="gaps-title">Also worth filling in</h3>
          <ul className="gap-list" aria-labelledby="gaps-title" data-testid="record-gaps">
            {gaps.map((g) => (
              <li key={g.kind}>{g.text}.</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
