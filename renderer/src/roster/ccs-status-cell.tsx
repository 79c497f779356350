import type { PersonSummary } from '../../../shared/view-models';
import { DIPLOMA_NOT_RECORDED, NO_PATHWAY } from '../../../shared/eligibility/status-words';
import { ccsStatusLabel, formatDate, PATHWAY_LABELS, proseDates } from '../lib/format';

/**
 * CCS status as the main process decided it: certified, eligible (with pathway or diploma), not yet
 * (with the date it comes, never drawn as "Eligible <date>"), or diploma not recorded (with the
 * preparation date, which is not an eligibility date). The icon is drawn by CSS from `data-icon`
 * and hidden from assistive technology. A status this window has no case for yet shows its own
 * words and the main process's summary.
 */
export function CcsStatusCell({ person }: { readonly person: PersonSummary }) {
  return (
    <>
      <StatusText person={person} />
      {person.inactiveNotes.length > 0 ? <span className="ccs-lapsed">{` · ${proseDates(person.inactiveNotes.join('; '))}`}</span> : null}
    </>
  );
}

function StatusText({ person }: { readonly person: PersonSummary }) {
  switch (person.ccsStatus) {
    case 'certified':
      return (
        <span className="ccs ccs-certified" title={person.ccsSummary} data-icon="★">
          Certified
        </span>
      );
    case 'eligible': {
      const pathway = person.pathwaysMet[0];
      const detail =
        person.diplomaOnRecord === null
          ? pathway
            ? (PATHWAY_LABELS[pathway] ?? pathway)
            : null
          : person.diplomaAssumed
            ? 'diploma assumed (condition of employment)'
            : 'diploma on record';
      return (
        <span className="ccs ccs-eligible" title={person.ccsSummary} data-icon="✓">
          Eligible
          {detail ? <span className="ccs-detail">{` · ${detail}`}</span> : null}
        </span>
      );
    }
    case 'not-yet':
      return (
        <span className="ccs ccs-not-yet" title={person.ccsSummary} data-icon="◷">
          {person.eligibleOn ? (
            <>
              Not yet<span className="ccs-detail">{` · eligible on ${formatDate(person.eligibleOn)}`}</span>
            </>
          ) : (
            NO_PATHWAY
          )}
        </span>
      );
    case 'diploma-not-recorded':
      return (
        <span className="ccs ccs-no-diploma" title={person.ccsSummary} data-icon="?">
          {DIPLOMA_NOT_RECORDED}
          <span className="ccs-detail">{` · ${preparationWords(person)}`}</span>
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

/** The recommended preparation's date, said as preparation, never as eligibility. */
export function preparationWords(person: Pick<PersonSummary, 'preparedOn' | 'pathwaysMet'>): string {
  if (person.preparedOn === null) return 'recommended preparation not met';
  return person.pathwaysMet.length > 0
    ? `prepared since ${formatDate(person.preparedOn)}`
    : `prepared on ${formatDate(person.preparedOn)} if current work continues`;
}
