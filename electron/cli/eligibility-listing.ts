/** The eligibility listing: one entry per person, in the CLI's JSON shape, sorted by name. */
import type { EmploymentStatus, IsoDate, CcsStatus, PathwayId, PathwayResult, RosterData, RuleSetId } from '../../shared/types';
import { evaluateEligibility } from '../../shared/eligibility';
import { getRuleSet } from '../../shared/rule-sets';
import { mergeCatalog } from '../../shared/catalog';
import { CCS_STATUS_WORDS, diplomaWords } from '../../shared/eligibility/status-words';

export interface EligibilityListing {
  readonly asOf: IsoDate;
  readonly rules: RuleSetId;
  readonly people: readonly {
    readonly employeeId: string;
    readonly name: string;
    readonly employmentStatus: EmploymentStatus;
    readonly status: CcsStatus;
    readonly eligibleOn: IsoDate | null;
    /** Under `ccs-recommended`: when the recommended preparation is or will be met; null under `ccs-required`. */
    readonly preparedOn: IsoDate | null;
    /** Under `ccs-recommended`: whether a diploma is on record; null under `ccs-required`. */
    readonly diplomaOnRecord: boolean | null;
    /** The diploma is assumed from the organisation's setting, not on record. */
    readonly diplomaAssumed: boolean;
    readonly summary: string;
    /** Inactive credentials that can still be reinstated, e.g. "CCS inactive — reinstate by 2027-05-14, revoked after". */
    readonly inactiveNotes: readonly string[];
    readonly pathways: readonly { readonly id: PathwayId; readonly metOn: IsoDate | null; readonly detail: string }[];
  }[];
}

/** Every person's CCS status on `asOf`; pathways list all of the rule set's, with their dates. */
export function buildEligibilityListing(data: RosterData, asOf: IsoDate, rules: RuleSetId): EligibilityListing {
  const ctx = {
    asOf,
    ruleSet: getRuleSet(rules),
    catalog: mergeCatalog(data.customCredentials),
    diplomaConditionOfEmployment: data.settings.diplomaConditionOfEmployment === true,
  };
  const people = [...data.people]
    .sort(
      (a, b) =>
        a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.employeeId.localeCompare(b.employeeId),
    )
    .map((person) => {
      const result = evaluateEligibility(person, ctx);
      return {
        employeeId: person.employeeId,
        name: `${person.lastName}, ${person.firstName}`,
        employmentStatus: person.employmentStatus,
        status: result.status,
        eligibleOn: result.eligibleOn,
        preparedOn: result.preparedOn,
        diplomaOnRecord: result.diplomaOnRecord,
        diplomaAssumed: result.diplomaAssumed,
        summary: result.summary,
        inactiveNotes: result.inactiveNotes,
        pathways: result.pathways.map((p: PathwayResult) => ({ id: p.id, metOn: p.metOn, detail: p.detail })),
      };
    });
  return { asOf, rules, people };
}

/** Rows for the terminal table: name, employee ID, status, eligible on, pathways met by the as-of date; under a diploma rule set also the diploma and the preparation date. */
export function eligibilityRows(listing: EligibilityListing): string[][] {
  const diploma = getRuleSet(listing.rules).requirement === 'diploma';
  return listing.people.map((p) => [
    p.name,
    p.employeeId,
    CCS_STATUS_WORDS[p.status].toLowerCase() + (p.employmentStatus === 'active' ? '' : ` (${p.employmentStatus})`),
    p.eligibleOn ?? '-',
    ...(diploma ? [diplomaWords(p) ?? '-', p.preparedOn ?? '-'] : []),
    p.pathways
      .filter((w) => w.metOn !== null && w.metOn <= listing.asOf)
      .map((w) => w.id)
      .join(', ') || '-',
  ]);
}
