import type { DashboardData } from '../../../shared/view-models';
import { formatCount } from '../lib/format';

/** CEU headline figures, by the one CEU status: behind or not complete, not tracked, and cycles that ended short. */
export function CeuHeadlineCards({ ceu }: { readonly ceu: NonNullable<DashboardData['ceu']> }) {
  return (
    <dl className="headline compact" aria-label="CEUs">
      <div className="headline-card tone-warn">
        <dt>CEUs behind or not complete</dt>
        <dd data-testid="headline-ceu-behind">{formatCount(ceu.behind)}</dd>
      </div>
      <div className="headline-card tone-warn">
        <dt>CEUs not tracked (none recorded)</dt>
        <dd data-testid="headline-ceu-not-tracked">{formatCount(ceu.notTracked)}</dd>
      </div>
      <div className="headline-card tone-bad">
        <dt>CEU cycles ended short</dt>
        <dd data-testid="headline-ceu-short">{formatCount(ceu.short)}</dd>
      </div>
    </dl>
  );
}
