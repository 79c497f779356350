import type { CredentialBadge as Badge } from '../../../shared/view-models';
import { CREDENTIAL_STATE_LABELS, formatDate } from '../lib/format';

function describe(badge: Badge): string {
  const state = CREDENTIAL_STATE_LABELS[badge.state].text;
  if (badge.daysLeft === null) return `${badge.code}: ${state}, no expiry date on record`;
  if (badge.daysLeft < 0) return `${badge.code}: ${state}, expired ${formatDate(badge.expiresOn)}`;
  return `${badge.code}: ${state}, expires ${formatDate(badge.expiresOn)} (${badge.daysLeft} days)`;
}

/**
 * A credential code with its state as an icon and text, not colour alone. The icon is drawn by CSS
 * from `data-icon` and hidden from assistive technology, which reads the full description instead;
 * few elements per badge, because the roster creates them for every row scrolled into view.
 */
export function CredentialBadge({ badge }: { readonly badge: Badge }) {
  const { icon } = CREDENTIAL_STATE_LABELS[badge.state];
  const label = describe(badge);
  const quiet = badge.state === 'active';
  return (
    <span className={`badge badge-${badge.state}`} title={label} data-icon={icon}>
      {badge.code}
      {quiet ? null : <span className="badge-state">{` ${badge.state === 'expiring' && badge.daysLeft !== null ? `${badge.daysLeft}d` : CREDENTIAL_STATE_LABELS[badge.state].text.toLowerCase()}`}</span>}
      <span className="visually-hidden">{`, ${label}`}</span>
    </span>
  );
}
