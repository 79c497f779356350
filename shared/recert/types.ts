import type { Credential, CredentialState, ExamFactKey, ExamFactValues, IsoDate } from '../types';

/**
 * Types for recertification cycles, CEU requirements, reminders and CCS exam checks. They build on
 * the core model: the records a person and the settings carry (CEU entries, exam applications,
 * acknowledgements, reminder settings, exam fact values) are in `shared/types.ts`.
 */

/** Where a fact or rule comes from. */
export interface FactSource {
  readonly title: string;
  readonly url: string;
  readonly retrieved: IsoDate;
  /** Why the value may be uncertain, or what it depends on. */
  readonly note?: string;
}

// ---------------------------------------------------------------------------
// Cycles

/** Per-credential cycle dates chosen by the user; they win over the certifying body's rule. */
export type CycleOverride = Pick<Credential, 'cycleStart' | 'cycleEnd'>;

export type CycleSource = 'override' | 'recorded-expiry' | 'default-rule';

/** A recertification cycle; both days included. */
export interface Cycle {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** `override`: the user's dates; `recorded-expiry`: the credential's expiry date; `default-rule`: the body's rule. */
  readonly source: CycleSource;
  /** True when the as-of date is after the end: the record shows no renewal. */
  readonly ended: boolean;
}

/** How a certifying body places its cycles, as data. */
export interface CycleRule {
  readonly body: string;
  readonly version: string;
  readonly years: number;
  /**
   * `earned`: cycles start on the earned date and its anniversaries in `years` steps.
   * `membership-or-earned`: cycles end on the membership renewal date and its anniversaries; without one, as `earned`.
   */
  readonly anchor: 'earned' | 'membership-or-earned';
  readonly description: string;
  readonly source: FactSource;
}

// ---------------------------------------------------------------------------
// CEUs

/** A CEU requirement rule, as data. */
export type CeuRule =
  | {
      readonly body: string;
      readonly version: string;
      /** Highest single requirement, plus `additionalEach` per further credential, capped. */
      readonly kind: 'highest-plus-additional';
      readonly hoursByCode: Readonly<Record<string, number>>;
      readonly additionalEach: number;
      readonly cap: number;
      /** `code` held together with `replaces`: only `code` counts. */
      readonly replacements: readonly { readonly code: string; readonly replaces: string }[];
      readonly providerShare?: ProviderShareRule;
      readonly domainShare?: DomainShareRule;
      readonly selfReviews?: SelfReviewRule;
      readonly source: FactSource;
    }
  | {
      readonly body: string;
      readonly version: string;
      /** Hours by number of credentials held: index 0 for one; the last entry for that many or more. */
      readonly kind: 'by-count';
      readonly hoursByCount: readonly number[];
      readonly source: FactSource;
    }
  | {
      readonly body: string;
      readonly version: string;
      readonly kind: 'fixed';
      readonly hours: number;
      readonly source: FactSource;
    };

/** A minimum share of CEUs from named providers (AHIMA: 40% from AHIMA or its component associations). */
export interface ProviderShareRule {
  readonly minShare: number;
  /** Applies to cycles ending on or after this date. */
  readonly appliesToCyclesEndingFrom: IsoDate;
  /** The providers that count, matched by name (see `providers.ts`), never by a fragment of a name. */
  readonly providers: ProviderList;
  readonly description: string;
  readonly source: FactSource;
}

/**
 * Providers by name: a provider counts when its name, as words, contains one of `names` as whole
 * words ("AHIMA Foundation" has AHIMA; "Kashima Training LLC" has no AHIMA), or names one of
 * `regions` followed by one of `associationNames` (a component state association).
 */
export interface ProviderList {
  readonly names: readonly string[];
  readonly regions: readonly string[];
  readonly associationNames: readonly string[];
  readonly source: FactSource;
}

/** A minimum share of a cycle's required CEUs that must fall within the body's subject domains (AHIMA: 80% in the HIIM domains). */
export interface DomainShareRule {
  readonly minShare: number;
  /** Applies to cycles ending on or after this date. */
  readonly appliesToCyclesEndingFrom: IsoDate;
  /** The domains, named as the body names them, for the words shown beside the figure. */
  readonly domains: string;
  readonly description: string;
  readonly source: FactSource;
}

/** Mandatory self-reviews per cycle for some credentials (AHIMA: two annual coding self-reviews, 5 CEUs each). */
export interface SelfReviewRule {
  readonly codes: readonly string[];
  readonly perCycle: number;
  readonly hoursEach: number;
  readonly description: string;
  readonly source: FactSource;
}

export interface CeuRequirement {
  readonly body: string;
  readonly hours: number;
  /** The credential codes counted, in the order the rule used them. */
  readonly countedCodes: readonly string[];
  /** Plain words: how the figure was reached. */
  readonly explanation: string;
  readonly ruleVersion: string;
  readonly source: FactSource;
}

/**
 * One definition for every surface (person page, dashboard, expiring report, reminders), from best
 * to worst: `complete` (hours, provider share and self-reviews all met), `on-track`, then the ones
 * to act on: `incomplete` (hours reached, something else missing or not recorded), `behind` (under
 * the pro-rata pace), `not-tracked` (no CEUs recorded at all: never better than someone who logged
 * some), and once the cycle has ended without it `short`, AHIMA's `inactive`, then `revoked`.
 */
export type CeuStatus = 'complete' | 'on-track' | 'incomplete' | 'behind' | 'not-tracked' | 'short' | 'inactive' | 'revoked';

export interface ProviderShareResult {
  readonly description: string;
  readonly minShare: number;
  readonly requiredHours: number;
  /** Hours from matching providers; null when no entry names a provider. */
  readonly providerHours: number | null;
  /** null when it cannot be told (no providers recorded). */
  readonly met: boolean | null;
}

export interface DomainShareResult {
  readonly description: string;
  /** The domains as the body names them ("the HIIM domains"). */
  readonly domains: string;
  readonly minShare: number;
  readonly requiredHours: number;
  /** Hours recorded as within the domains; null when no entry of the cycle says either way. */
  readonly domainHours: number | null;
  /** Hours whose entries do not say (recorded before the question was asked). */
  readonly unrecordedHours: number;
  /** null when it cannot be told (no entry says). */
  readonly met: boolean | null;
}

export interface CeuSummary {
  readonly employeeId: string;
  readonly body: string;
  readonly cycle: Cycle;
  readonly requirement: CeuRequirement;
  readonly earned: number;
  /** `entries`: dated activities inside the cycle; `total`: the total recorded on the credential. */
  readonly earnedFrom: 'entries' | 'total' | 'none';
  /** Hours expected by the as-of date, pro rata over the cycle. */
  readonly expectedByNow: number;
  readonly status: CeuStatus;
  /** For a lapsed cycle: the credential state it leads to (`inactive`, `revoked`, `expired`). */
  readonly credentialState: CredentialState | null;
  readonly providerShare: ProviderShareResult | null;
  /** The share of CEUs within the body's domains, when its rule asks; null otherwise. */
  readonly domainShare: DomainShareResult | null;
  /** The mandatory self-reviews, when a held credential needs them; null otherwise. */
  readonly selfReviews: { readonly required: number; readonly done: number; readonly description: string } | null;
  /** What keeps the cycle from being complete, one item each (empty when complete). */
  readonly missing: readonly string[];
  readonly credentialIds: readonly string[];
  readonly summary: string;
}

// ---------------------------------------------------------------------------
// Reminders

export type ReminderKind = 'expiring' | 'lapsed' | 'ceu' | 'exam-window';

export interface ReminderItem {
  /** Stable: person, credential (or body or application), cycle and threshold. */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly employeeId: string;
  readonly personName: string;
  /** Credential code, body (CEU items) or exam code. */
  readonly subject: string;
  /** `90`, `60`…, `expired`, `inactive`, `revoked`, `behind`, `short`, `window-30`. */
  readonly threshold: string;
  /** The date the item is about: cycle end, expiry or window end. */
  readonly dueOn: IsoDate;
  /** Days from the as-of date to `dueOn` (negative once past). */
  readonly daysLeft: number;
  readonly severity: 'urgent' | 'soon' | 'notice';
  readonly message: string;
}

export interface ReminderDigest {
  readonly asOf: IsoDate;
  readonly items: readonly ReminderItem[];
  /** Items hidden by an acknowledgement. */
  readonly acknowledged: number;
  readonly title: string;
  readonly body: string;
}

// ---------------------------------------------------------------------------
// CCS exam

export interface ExamFacts extends ExamFactValues {
  readonly version: string;
  readonly sources: Readonly<Record<ExamFactKey, FactSource>>;
  /** Keys whose value came from the user's settings rather than the defaults. */
  readonly edited: readonly ExamFactKey[];
}

export interface ExamProblem {
  readonly code: 'not-approved' | 'no-date' | 'before-window' | 'after-window' | 'retake-too-soon';
  readonly message: string;
}

export interface ExamWarning {
  readonly code: 'not-eligible' | 'already-certified' | 'no-diploma' | 'refund-fee';
  readonly message: string;
}
