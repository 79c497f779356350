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

/** Under a rule set that needs a diploma, what the eligible count rests on. */
const DIPLOMA_CARDS: typeof CARDS = [
  { key: 'diplomaNotRecorded', label: 'Diploma not recorded', tone: 'warn' },
  { key: 'diplomaAssumed', label: 'Eligible on an assumed diploma' },
];

/** The headline numbers, each a labelled figure. */
export function HeadlineCards({ headline, diploma }: { readonly headline: DashboardData['headline']; readonly diploma: boolean }) {
  const cards = diploma
    ? [...CARDS.slice(0, 3), ...DIPLOMA_CARDS.filter((c) => c.key !== 'diplomaAssumed' || headline.diplomaAssumed > 0), ...CARDS.slice(4)]
    : CARDS;
  return (
    <dl className="headline">
      {cards.map((c) => (
        <div key={c.key} className={`headline-card ${c.tone ? `tone-${c.tone}` : ''}`}>
          <dt>{c.label}</dt>
          <dd data-testid={`headline-${c.key}`}>{formatCount(headline[c.key])}</dd>
        </div>
      ))}
    </dl>
  );
}
