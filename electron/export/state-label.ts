import type { CredentialStatus } from '../../shared/types';
import { assertNever } from '../../shared/assert-never';

/** A credential's state on the as-of date in a manager's words. */
export function stateLabel(status: CredentialStatus): string {
  const days = status.daysLeft;
  switch (status.state) {
    case 'pending':
      return 'Not yet earned';
    case 'active':
      return 'Active';
    case 'expiring':
      return days === 0 ? 'Active, expires today' : `Active, expires in ${days} ${days === 1 ? 'day' : 'days'}`;
    case 'expired':
      return 'Expired';
    case 'inactive':
      return 'Inactive (cycle ended)';
    case 'revoked':
      return 'Revoked';
    default:
      return assertNever(status.state);
  }
}
