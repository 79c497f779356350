import type { DashboardData } from '../../../shared/view-models';
import { formatCount } from '../lib/format';
import { NO_FILTERS, type RosterFilters } from '../lib/filter-roster';
import { rememberRosterPlace } from '../roster/roster-memory';
import { useApp } from '../app/app-context';

interface Card {
  readonly key: keyof DashboardData['headline'];
  readonly label: string;
  readonly tone?: string;
  /** The roster filters that list the same people, so the roster shows the same number. */
  readonly roster?: Partial<RosterFilters>;
}

const CURRENT: Partial<RosterFilters> = { employmentStatus: 'current' };

const CARDS: readonly Card[] = [
  { key: 'people', label: 'Current staff', roster: CURRENT },
  { key: 'certified', label: 'CCS certified', tone: 'good', roster: { ...CURRENT, ccsStatus: 'certified' } },
  { key: 'eligibleNow', label: 'Eligible for CCS now', tone: 'info', roster: { ...CURRENT, ccsStatus: 'eligible' } },
  { key: 'eligibleNext90', label: 'Eligible in next 90 days', tone: 'info' },
  { key: 'expiring30', label: 'Credentials expiring in 30 days', tone: 'warn' },
  { key: 'expiring60', label: 'Credentials expiring in 60 days', tone: 'warn' },
  { key: 'expiring90', label: 'Credentials expiring in 90 days', tone: 'warn' },
  { key: 'expired', label: 'Credentials expired or lapsed', tone: 'bad' },
];

/** Under a rule set that needs a diploma, what the eligible count rests on. */
const DIPLOMA_CARDS: readonly Card[] = [
  { key: 'diplomaNotRecorded', label: 'Diploma not recorded', tone: 'warn' },
  { key: 'diplomaAssumed', label: 'Eligible on an assumed diploma' },
];

/**
 * The headline numbers, each a labelled figure, all counting current staff (active or on leave).
 * The people figures open the roster filtered to the same people, so both screens show one number.
 */
export function HeadlineCards({ headline, diploma }: { readonly headline: DashboardData['headline']; readonly diploma: boolean }) {
  const { navigate } = useApp();
  const show = (filters: Partial<RosterFilters>) => {
    rememberRosterPlace({ filters: { ...NO_FILTERS, ...filters }, scrollTop: 0, returnTo: null });
    navigate({ name: 'roster' });
  };
  const cards = diploma
    ? [...CARDS.slice(0, 3), ...DIPLOMA_CARDS.filter((c) => c.key !== 'diplomaAssumed' || headline.diplomaAssumed > 0), ...CARDS.slice(4)]
    : CARDS;
  return (
    <>
      <p className="scope-note" data-testid="dashboard-scope">
        Every figure counts current staff (active or on leave): {formatCount(headline.people)} people. Terminated staff are left out.
      </p>
      <dl className="headline">
        {cards.map((c) => (
          <div key={c.key} className={`headline-card ${c.tone ? `tone-${c.tone}` : ''}`}>
            <dt>{c.label}</dt>
            <dd data-testid={`headline-${c.key}`}>
              {c.roster ? (
                <button
                  type="button"
                  className="figure-link"
                  aria-label={`${formatCount(headline[c.key])}: show them in the roster`}
                  onClick={() => show(c.roster ?? {})}
                >
                  {formatCount(headline[c.key])}
                </button>
              ) : (
                formatCount(headline[c.key])
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
