import type { Credential, CredentialDefinition, CredentialState, CredentialStatus, IsoDate } from './types';
import { dayNumber, isoFromDayNumber } from './dates';

/** AHIMA keeps a lapsed credential `inactive` this many days after the cycle end, then revokes it. */
export const AHIMA_INACTIVE_DAYS = 180;
const AHIMA = 'AHIMA';

/** The state of one credential on the as-of date (docs/domain.md, recertification). */
export function credentialStatus(
  credential: Credential,
  definition: CredentialDefinition | undefined,
  asOf: IsoDate,
  warningDays: number,
): CredentialStatus {
  const daysLeft = credential.expiresOn === undefined ? null : dayNumber(credential.expiresOn) - asOfDays(asOf).day;
  let state: CredentialState = credentialState(credential, definition, asOf);
  if (state === 'active' && daysLeft !== null && daysLeft <= warningDays) state = 'expiring';
  return { credentialId: credential.id, code: credential.code, state, daysLeft };
}

/** Only `active` and `expiring` credentials count for eligibility and reports. */
export function isCredentialActive(
  credential: Credential,
  definition: CredentialDefinition | undefined,
  asOf: IsoDate,
): boolean {
  return credentialState(credential, definition, asOf) === 'active';
}

/**
 * The state without the warning window (never `expiring`). Calendar dates compare as text, so the
 * date arithmetic is left to the one case that needs it: an AHIMA credential past its cycle end.
 */
export function credentialState(
  credential: Credential,
  definition: CredentialDefinition | undefined,
  asOf: IsoDate,
): Exclude<CredentialState, 'expiring'> {
  if (credential.earnedOn !== undefined && credential.earnedOn > asOf) return 'pending';
  const expiresOn = credential.expiresOn;
  if (expiresOn === undefined || expiresOn >= asOf) return 'active';
  // An unknown code has no body on record, so it lapses like any non-AHIMA credential.
  if (definition?.body.toUpperCase() !== AHIMA) return 'expired';
  return expiresOn >= revocationCutoff(asOf) ? 'inactive' : 'revoked';
}

/**
 * The as-of date's day number and the earliest cycle end still `inactive` on it. A roster asks
 * about thousands of credentials with one as-of date, so the last date's answers are kept.
 */
let lastAsOf: { readonly asOf: IsoDate; readonly day: number; readonly cutoff: IsoDate } | null = null;

function asOfDays(asOf: IsoDate): { readonly day: number; readonly cutoff: IsoDate } {
  if (lastAsOf?.asOf !== asOf) {
    const day = dayNumber(asOf);
    lastAsOf = { asOf, day, cutoff: isoFromDayNumber(day - AHIMA_INACTIVE_DAYS) };
  }
  return lastAsOf;
}

function revocationCutoff(asOf: IsoDate): IsoDate {
  return asOfDays(asOf).cutoff;
}
