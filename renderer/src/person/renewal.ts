import type { Credential, CredentialDefinition, IsoDate } from '../../../shared/types';
import { addYearsIso } from '../../../shared/dates';
import { credentialDraft, type CredentialDraft } from './credential-form-dialog';

const DEFAULT_CYCLE_YEARS = 2;

/**
 * The form values for renewing a credential: the next cycle starts where the last one ended
 * (rolled forward cycle by cycle until it covers the as-of date), CEUs start again at zero.
 */
export function renewalDraft(
  credential: Credential,
  definition: CredentialDefinition | undefined,
  asOf: IsoDate,
): CredentialDraft {
  const years = definition?.cycleYears ?? DEFAULT_CYCLE_YEARS;
  let expires = addYearsIso(credential.expiresOn ?? asOf, years);
  for (let guard = 0; expires < asOf && guard < 50; guard += 1) expires = addYearsIso(expires, years);
  return { ...credentialDraft(credential), expiresOn: expires, verifiedOn: asOf, ceusEarned: '0' };
}
