import type { DashboardData } from '../../../shared/ipc';
import { formatCount } from '../lib/format';

const CARDS: readonly { readonly key: keyof DashboardData['headline']; readonly label: string; readonly tone?: string }[] = [
  { key: 'people', label: 'Current staff' },
  { key: 'certified', label: 'CCS certified', tone: 'good' },
  { key: 'eligibleNow', label: 'Eligible for CCS now', tone: 'info' },
  { key: 'eligibleNext90', label: 'Eligible in next 90 days', tone: 'info' },
  { key: 'expiring30', label: 'Expiring in 30 days', tone: 'warn' },
  { key: 'expiring60', label: 'Expiring in 60 days', tone: 'warn' },
  { key: 'expiring90', label: 'Expiring in 90 days', tone: 'warn' },
  { key: 'expired', label: 'Expired or lapsed', tone: 'bad' },
];

/** The headline numbers, each a labelled figure. */
export function HeadlineCards({ headline }: { readonly headline: DashboardData['headline'] }) {
  return (
    <dl className="headline">
      {CARDS.map((c) => (
        <div key={c.key} className={`headline-card ${c.tone ? `tone-${c.tone}` : ''}`}>
          <dt>{c.label}</dt>
          <dd data-testid={`headline-${c.key}`}>{formatCount(headline[c.key])}</dd>
        </div>
      ))}
    </dl>
  );
}
