import type { PersonSummary } from '../../../shared/ipc';
import { ccsStatusLabel, formatDate, PATHWAY_LABELS } from '../lib/format';

/**
 * CCS status as the main process decided it: certified, eligible (with pathway) or not yet (with the date).
 * The icon is drawn by CSS from `data-icon` and hidden from assistive technology. A status this
 * window has no case for yet shows its own words and the main process's summary.
 */
export function CcsStatusCell({ person }: { readonly person: PersonSummary }) {
  switch (person.ccsStatus) {
    case 'certified':
      return (
        <span className="ccs ccs-certified" title={person.ccsSummary} data-icon="★">
          Certified
        </span>
      );
    case 'eligible': {
      const pathway = person.pathwaysMet[0];
      return (
        <span className="ccs ccs-eligible" title={person.ccsSummary} data-icon="✓">
          Eligible
          {pathway ? <span className="ccs-detail">{` · ${PATHWAY_LABELS[pathway] ?? pathway}`}</span> : null}
        </span>
      );
    }
    case 'not-yet':
      return (
        <span className="ccs ccs-not-yet" title={person.ccsSummary} data-icon="◷">
          {person.eligibleOn ? `Eligible ${formatDate(person.eligibleOn)}` : 'Not yet'}
          {person.eligibleOn ? null : <span className="ccs-detail"> · no pathway in reach</span>}
        </span>
      );
    default:
      return (
        <span className="ccs ccs-other" title={person.ccsSummary} data-icon="!">
          {ccsStatusLabel(person.ccsStatus)}
        </span>
      );
  }
}
