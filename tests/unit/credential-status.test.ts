import { describe, expect, it } from 'vitest';
import type { Credential, CredentialDefinition } from '../../shared/types';
import { AHIMA_INACTIVE_DAYS, credentialState, credentialStatus, isCredentialActive } from '../../shared/credential-status';
import { BUILT_IN_CATALOG, lookupCredential } from '../../shared/catalog';
import { addDaysIso } from '../../shared/dates';

const def = (code: string): CredentialDefinition => {
  const found = lookupCredential(BUILT_IN_CATALOG, code);
  if (!found) throw new Error(`${code} missing from the catalog`);
  return found;
};
const cred = (code: string, earnedOn?: string, expiresOn?: string): Credential => ({
  id: `${code}-1`,
  code,
  ...(earnedOn ? { earnedOn } : {}),
  ...(expiresOn ? { expiresOn } : {}),
});

describe('credentialStatus', () => {
  it('is pending when earned after the as-of date', () => {
    const status = credentialStatus(cred('RHIT', '2026-03-01', '2028-02-29'), def('RHIT'), '2026-01-01', 90);
    expect(status).toEqual({ credentialId: 'RHIT-1', code: 'RHIT', state: 'pending', daysLeft: 789 });
  });

  it('is active with no days left figure when no expiry is recorded', () => {
    expect(credentialStatus(cred('CPC', '2020-01-01'), def('CPC'), '2026-01-01', 90)).toMatchObject({ state: 'active', daysLeft: null });
    expect(credentialStatus(cred('CPC'), def('CPC'), '2026-01-01', 90)).toMatchObject({ state: 'active', daysLeft: null });
  });

  it('is expiring within the warning window, including the expiry day itself', () => {
    const c = cred('CPC', '2024-01-01', '2026-03-31');
    expect(credentialStatus(c, def('CPC'), '2025-12-30', 90)).toMatchObject({ state: 'active', daysLeft: 91 });
    expect(credentialStatus(c, def('CPC'), '2025-12-31', 90)).toMatchObject({ state: 'expiring', daysLeft: 90 });
    expect(credentialStatus(c, def('CPC'), '2026-01-01', 90)).toMatchObject({ state: 'expiring', daysLeft: 89 });
    expect(credentialStatus(c, def('CPC'), '2026-01-01', 89)).toMatchObject({ state: 'expiring', daysLeft: 89 });
    expect(credentialStatus(c, def('CPC'), '2026-01-01', 88)).toMatchObject({ state: 'active', daysLeft: 89 });
    expect(credentialStatus(c, def('CPC'), '2026-03-31', 30)).toMatchObject({ state: 'expiring', daysLeft: 0 });
  });

  it('is expired the day after expiry for bodies other than AHIMA', () => {
    const c = cred('CPC', '2022-01-01', '2024-01-01');
    expect(credentialStatus(c, def('CPC'), '2024-01-02', 90)).toMatchObject({ state: 'expired', daysLeft: -1 });
    expect(credentialStatus(c, def('CPC'), '2030-01-02', 90).state).toBe('expired');
    expect(credentialStatus(cred('CCDS', '2020-01-01', '2022-01-01'), def('CCDS'), '2022-06-01', 90).state).toBe('expired');
  });

  it('is inactive for 180 days after an AHIMA cycle ends, then revoked', () => {
    const c = cred('CCA', '2022-05-01', '2024-05-01');
    expect(credentialStatus(c, def('CCA'), '2024-05-01', 0).state).toBe('expiring');
    expect(credentialStatus(c, def('CCA'), '2024-05-02', 0)).toMatchObject({ state: 'inactive', daysLeft: -1 });
    const lastInactive = addDaysIso('2024-05-01', AHIMA_INACTIVE_DAYS);
    expect(lastInactive).toBe('2024-10-28');
    expect(credentialStatus(c, def('CCA'), lastInactive, 0)).toMatchObject({ state: 'inactive', daysLeft: -180 });
    expect(credentialStatus(c, def('CCA'), '2024-10-29', 0)).toMatchObject({ state: 'revoked', daysLeft: -181 });
  });

  it('treats an unknown code like a credential of another body', () => {
    const c = cred('ZZZ', '2020-01-01', '2024-01-01');
    expect(credentialStatus(c, undefined, '2024-01-02', 90).state).toBe('expired');
    expect(credentialStatus(c, undefined, '2023-12-01', 90).state).toBe('expiring');
  });

  it('is pending before it is earned even when its expiry is recorded as past', () => {
    expect(credentialStatus(cred('CCS', '2027-01-01', '2025-01-01'), def('CCS'), '2026-01-01', 90).state).toBe('pending');
  });
});

describe('credentialState and isCredentialActive', () => {
  it('agree with credentialStatus, apart from the warning window', () => {
    const asOf = '2026-01-01';
    const cases: [Credential, CredentialDefinition | undefined][] = [
      [cred('RHIT', '2027-01-01'), def('RHIT')],
      [cred('RHIT', '2020-01-01', '2026-01-10'), def('RHIT')],
      [cred('RHIT', '2020-01-01', '2025-12-31'), def('RHIT')],
      [cred('RHIT', '2020-01-01', '2025-01-01'), def('RHIT')],
      [cred('CIC', '2020-01-01', '2025-12-31'), def('CIC')],
      [cred('CIC')],
    ].map(([c, d]) => [c as Credential, d as CredentialDefinition | undefined]);
    for (const [c, d] of cases) {
      const full = credentialStatus(c, d, asOf, 30).state;
      expect(credentialState(c, d, asOf)).toBe(full === 'expiring' ? 'active' : full);
      expect(isCredentialActive(c, d, asOf)).toBe(full === 'active' || full === 'expiring');
    }
  });

  it('counts only active and expiring credentials as active', () => {
    expect(isCredentialActive(cred('CCA', '2020-01-01', '2026-01-01'), def('CCA'), '2026-01-01')).toBe(true);
    expect(isCredentialActive(cred('CCA', '2020-01-01', '2025-12-31'), def('CCA'), '2026-01-01')).toBe(false);
    expect(isCredentialActive(cred('CCA', '2026-01-02'), def('CCA'), '2026-01-01')).toBe(false);
    expect(isCredentialActive(cred('CCA', '2026-01-01'), def('CCA'), '2026-01-01')).toBe(true);
  });
});
