import type { Education, IsoDate, PathwayResult } from '../types';
import { assertNever } from '../assert-never';
import { NONE, type HeldCredential } from './facts';
import type { CompiledPathway } from './compiled-rules';

/** One pathway's result, with what the summary line needs to say why (built only for the one it shows). */
export interface Outcome {
  readonly result: PathwayResult;
  readonly pathway: CompiledPathway;
  /** The credential a dated pathway rests on. */
  readonly held: HeldCredential | null;
  /** The program a dated education pathway rests on. */
  readonly program: Education | null;
  /** The day the pathway's experience part is met; null when it has none. */
  readonly experienceOn: IsoDate | null;
}

export const CONTINUES = 'if current coding work continues';

interface Basis {
  readonly credentialIds: readonly string[];
  readonly educationIds: readonly string[];
  readonly experienceIds: readonly string[];
}

/** Shared by every pathway resting on no records; results are read-only. */
const NO_BASIS: Basis = Object.freeze({ credentialIds: NONE, educationIds: NONE, experienceIds: NONE });

export function basisOf(credentialIds: readonly string[], educationIds: readonly string[], experienceIds: readonly string[]): Basis {
  if (credentialIds === NONE && educationIds === NONE && experienceIds === NONE) return NO_BASIS;
  return { credentialIds, educationIds, experienceIds };
}

/** A pathway that cannot be met: what is missing and why. */
export function unmet(pathway: CompiledPathway, detail: string, missing: readonly string[], basis: Basis): Outcome {
  return {
    result: { id: pathway.rule.id, label: pathway.label, state: 'cannot-meet', metOn: null, detail, missing, basis },
    pathway,
    held: null,
    program: null,
    experienceOn: null,
  };
}

/** A pathway met on or before the as-of date, or to be met after it. */
export function dated(
  pathway: CompiledPathway,
  metOn: IsoDate,
  asOf: IsoDate,
  detail: string,
  basis: Basis,
  held: HeldCredential | null,
  program: Education | null,
  experienceOn: IsoDate | null,
): Outcome {
  const state = metOn <= asOf ? 'met' : 'will-meet';
  return {
    result: { id: pathway.rule.id, label: pathway.label, state, metOn, detail, missing: NONE, basis },
    pathway,
    held,
    program,
    experienceOn,
  };
}

/** Short words for the summary line, e.g. "holds RHIT". */
export function reasonOf(outcome: Outcome): string {
  const { pathway, held, program } = outcome;
  switch (pathway.rule.kind) {
    case 'credential':
      return held!.credential.earnedOn ? `holds ${held!.code}` : `holds ${held!.code}, earned date not recorded`;
    case 'credential-and-experience':
    case 'other-coding-credential-and-experience':
      return `${held!.code} and ${pathway.yearsOfCoding}`;
    case 'experience':
      return pathway.yearsOfCoding;
    case 'education':
      return pathway.years > 0 ? `${program!.program} and ${pathway.yearsOfCoding}` : `completed ${program!.program}`;
    default:
      return assertNever(pathway.rule);
  }
}

/** What has to happen for a future date to come true, e.g. "if current coding work continues". */
export function conditionOf(outcome: Outcome): string {
  const { pathway, held, program, experienceOn } = outcome;
  const metOn = outcome.result.metOn;
  switch (pathway.rule.kind) {
    case 'credential':
      return `once ${held!.code} is earned`;
    case 'credential-and-experience':
    case 'other-coding-credential-and-experience':
      return metOn === experienceOn ? CONTINUES : `once ${held!.code} is earned`;
    case 'experience':
      return CONTINUES;
    case 'education':
      return experienceOn !== null && metOn === experienceOn && experienceOn > program!.completedOn!
        ? CONTINUES
        : `once ${program!.program} is completed`;
    default:
      return assertNever(pathway.rule);
  }
}

/** The later of two dates, either possibly missing (as `maxIso` of the two, without the array). */
export function laterOf(a: IsoDate | null | undefined, b: IsoDate | null | undefined): IsoDate | null {
  let best: IsoDate | null = a ? a : null;
  if (b && (best === null || b > best)) best = b;
  return best;
}
