import type { CredentialFacts } from './person-facts';
import { compareExpiryDescending } from './person-facts';

/**
 * One record per code for one person: the latest. A renewal is usually entered as a new record, so
 * the old one's expiry must not be reported as a lapse. Latest means: already earned over not yet
 * earned, then the later expiry (none = latest), then the later earned date, then the last listed.
 */
export function latestPerCode(credentials: readonly CredentialFacts[]): CredentialFacts[] {
  const byCode = new Map<string, { facts: CredentialFacts; order: number }>();
  credentials.forEach((facts, order) => {
    const current = byCode.get(facts.code);
    if (current === undefined || isLater(facts, order, current.facts, current.order)) {
      byCode.set(facts.code, { facts, order });
    }
  });
  return [...byCode.values()].map((entry) => entry.facts);
}

function isLater(a: CredentialFacts, aOrder: number, b: CredentialFacts, bOrder: number): boolean {
  const aPending = a.status.state === 'pending';
  const bPending = b.status.state === 'pending';
  if (aPending !== bPending) return bPending;
  const expiry = compareExpiryDescending(a.credential, b.credential);
  if (expiry !== 0) return expiry < 0;
  const ea = a.credential.earnedOn ?? '';
  const eb = b.credential.earnedOn ?? '';
  if (ea !== eb) return ea > eb;
  return aOrder > bOrder;
}
