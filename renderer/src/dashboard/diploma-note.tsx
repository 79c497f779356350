import type { DashboardData } from '../../../shared/view-models';
import { DIPLOMA_CONDITION } from '../../../shared/eligibility/status-words';
import { formatCount } from '../lib/format';

/**
 * Under a rule set that needs a diploma, the eligible count rests on diploma records: say how many
 * are missing, where to record them, and how many are assumed rather than on record.
 */
export function DiplomaNote({ headline }: { readonly headline: DashboardData['headline'] }) {
  const missing = headline.diplomaNotRecorded;
  const assumed = headline.diplomaAssumed;
  if (missing === 0 && assumed === 0) return null;
  return (
    <p className="diploma-note" data-testid="diploma-note">
      {missing > 0
        ? `Under AHIMA's current rules a high-school diploma (or equivalent) is what makes a coder eligible, and ${formatCount(missing)} current staff have none recorded. ` +
          'Record it on each person, in an import column such as "HS Diploma", or in Settings if a diploma is a condition of employment. '
        : null}
      {assumed > 0 ? `A diploma is assumed for ${formatCount(assumed)} current staff: Settings say ${DIPLOMA_CONDITION}.` : null}
    </p>
  );
}
