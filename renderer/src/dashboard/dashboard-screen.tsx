import { useQuery } from '../lib/use-api-query';
import { formatDate } from '../lib/format';
import { ruleSetName } from '../lib/rule-set-names';
import { useApp } from '../app/app-context';
import { ErrorBanner } from '../common/error-banner';
import { EmptyRoster } from '../roster/empty-roster';
import { HeadlineCards } from './headline-cards';
import { StatusByUnitChart } from './status-by-unit-chart';
import { ForecastChart } from './forecast-chart';
import { CredentialMixChart } from './credential-mix-chart';
import { ActionList } from './action-list';
import { CeuHeadlineCards } from '../recert/ceu-headline-cards';
import { RemindersPanel } from '../recert/reminders-panel';
import { DiplomaNote } from './diploma-note';

/** Headline numbers, charts and the list of what needs action. */
export function DashboardScreen() {
  const { asOf, ruleSet } = useApp();
  const { data, error, loading, reload } = useQuery('dashboard:get', { asOf, ruleSet });
  const diploma = data?.ruleSet === 'ccs-recommended';
  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <div className="screen-header">
        <h1 id="dashboard-title">Dashboard</h1>
        {data ? (
          <p className="screen-sub">
            As of {formatDate(data.asOf)} · {ruleSetName(data.ruleSet)} rules
            {loading ? ' · updating…' : ''}
          </p>
        ) : null}
      </div>
      <ErrorBanner message={error} onRetry={reload} />
      {!data && loading ? <p className="muted">Loading…</p> : null}
      {data && data.headline.people === 0 ? <EmptyRoster /> : null}
      {data && data.headline.people > 0 ? (
        <>
          <HeadlineCards headline={data.headline} diploma={diploma} />
          {diploma ? <DiplomaNote headline={data.headline} /> : null}
          {data.ceu ? <CeuHeadlineCards ceu={data.ceu} /> : null}
          {/* What needs doing first; the charts after. */}
          <div className="dashboard-top">
            <ActionList actions={data.actions} gaps={data.recordGaps} />
            <RemindersPanel />
          </div>
          <div className="dashboard-grid">
            <StatusByUnitChart byUnit={data.byUnit} diploma={diploma} />
            {/* Under a diploma rule set eligibility does not come with time, so there is nothing to forecast. */}
            {diploma ? null : <ForecastChart forecast={data.forecast} />}
            <CredentialMixChart mix={data.credentialMix} />
          </div>
        </>
      ) : null}
    </section>
  );
}
