import { useCallback } from 'react';
import { call } from '../lib/api';
import { useApiQuery } from '../lib/use-api-query';
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

/** Headline numbers, charts and the list of what needs action. */
export function DashboardScreen() {
  const { asOf, ruleSet, dataVersion } = useApp();
  const load = useCallback(() => call('dashboard:get', { asOf, ruleSet }), [asOf, ruleSet, dataVersion]); // eslint-disable-line react-hooks/exhaustive-deps -- dataVersion forces a refetch after imports
  const { data, error, loading, reload } = useApiQuery(load);
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
          <HeadlineCards headline={data.headline} />
          {data.ceu ? <CeuHeadlineCards ceu={data.ceu} /> : null}
          {/* What needs doing first; the charts after. */}
          <div className="dashboard-top">
            <ActionList actions={data.actions} gaps={data.recordGaps} />
            <RemindersPanel />
          </div>
          <div className="dashboard-grid">
            <StatusByUnitChart byUnit={data.byUnit} />
            <ForecastChart forecast={data.forecast} />
            <CredentialMixChart mix={data.credentialMix} />
          </div>
        </>
      ) : null}
    </section>
  );
}
