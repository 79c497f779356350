import { useState } from 'react';
import type { ReminderItem } from '../../../shared/recert/types';
import { useQuery } from '../lib/use-api-query';
import { formatDate, proseDates } from '../lib/format';
import { useApp } from '../app/app-context';
import { ErrorBanner } from '../common/error-banner';
import { reminderKeyParts, SEVERITY_LABELS } from './labels';
import { AcknowledgeDialog } from './acknowledge-dialog';

function dueText(item: ReminderItem): string {
  if (item.daysLeft < 0) return `${formatDate(item.dueOn)} (${-item.daysLeft} days ago)`;
  if (item.daysLeft === 0) return `${formatDate(item.dueOn)} (today)`;
  return `${formatDate(item.dueOn)} (in ${item.daysLeft} days)`;
}

/** What falls due by the as-of date: each item can be acknowledged with a note; acknowledged ones below. */
export function RemindersPanel() {
  const { asOf, navigate, announce } = useApp();
  const { data, error, reload } = useQuery('reminders:get', { asOf });
  const [acknowledging, setAcknowledging] = useState<ReminderItem | null>(null);
  // Items acknowledged in this session, so they can still be shown in words once the digest hides them.
  const [ackedItems, setAckedItems] = useState<ReadonlyMap<string, ReminderItem>>(new Map());
  const acks = [...(data?.acknowledgements ?? [])].reverse();

  return (
    <section className="card reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders ({data?.items.length ?? 0})</h2>
      <ErrorBanner message={error} onRetry={reload} />
      {data && data.items.length === 0 ? <p className="muted">Nothing due on {formatDate(asOf)}.</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="reminder-list">
          {data.items.map((item) => {
            const severity = SEVERITY_LABELS[item.severity];
            return (
              <li key={item.key} className={`reminder reminder-${item.severity}`}>
                <span className="reminder-severity">
                  <span aria-hidden="true">{severity.icon} </span>
                  {severity.text}
                </span>
                <span className="reminder-main">
                  <button type="button" className="link-button" onClick={() => navigate({ name: 'person', employeeId: item.employeeId, from: 'dashboard' })}>
                    {item.personName}
                  </button>{' '}
                  <span>{proseDates(item.message)}</span>
                  {/* The due date once: most messages already say it. */}
                  {proseDates(item.message).includes(formatDate(item.dueOn)) ? null : <span className="muted small-text"> Due {dueText(item)}</span>}
                </span>
                <button type="button" className="small" aria-label={`Acknowledge: ${item.personName}, ${item.subject}`} onClick={() => setAcknowledging(item)}>
                  Acknowledge
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {acks.length > 0 ? (
        <details className="acknowledged">
          <summary>Acknowledged ({acks.length})</summary>
          <ul className="reminder-list">
            {acks.map((a) => {
              const item = ackedItems.get(a.itemKey);
              const parts = reminderKeyParts(a.itemKey);
              return (
                <li key={`${a.itemKey}-${a.at}`} className="reminder reminder-acknowledged">
                  <span className="reminder-main">
                    {item ? (
                      <>
                        <strong>{item.personName}</strong> {proseDates(item.message)}
                      </>
                    ) : parts ? (
                      <>
                        Employee {parts.employeeId}: {parts.threshold} reminder due {formatDate(parts.dueOn)}
                      </>
                    ) : (
                      a.itemKey
                    )}
                    <span className="muted small-text">
                      {' '}
                      Acknowledged {formatDate(a.at.slice(0, 10))}
                      {a.note ? ` — “${a.note}”` : ''}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
      {acknowledging ? (
        <AcknowledgeDialog
          item={acknowledging}
          onClose={() => setAcknowledging(null)}
          onDone={() => {
            setAckedItems((m) => new Map(m).set(acknowledging.key, acknowledging));
            setAcknowledging(null);
            announce(`Reminder for ${acknowledging.personName} acknowledged.`);
          }}
        />
      ) : null}
    </section>
  );
}
