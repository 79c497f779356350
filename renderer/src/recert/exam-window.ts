import type { ExamApplication, IsoDate } from '../../../shared/types';
import type { ExamFacts } from '../../../shared/recert/types';
import { windowEnd } from '../../../shared/recert/exam-applications';
import { daysBetween } from '../../../shared/dates';

/** Within this many days of the window end, an open application is flagged. */
export const WINDOW_WARNING_DAYS = 30;

export type WindowState =
  | { readonly kind: 'not-approved' }
  | { readonly kind: 'done' }
  | { readonly kind: 'open'; readonly end: IsoDate; readonly daysLeft: number; readonly closing: boolean }
  | { readonly kind: 'closed'; readonly end: IsoDate };

/** Where an application's testing window stands on the as-of date. */
export function windowState(app: ExamApplication, facts: ExamFacts, asOf: IsoDate): WindowState {
  const end = windowEnd(app, facts);
  if (end === null) return { kind: 'not-approved' };
  if (app.result !== undefined) return { kind: 'done' };
  const daysLeft = daysBetween(asOf, end);
  if (daysLeft < 0) return { kind: 'closed', end };
  return { kind: 'open', end, daysLeft, closing: daysLeft <= WINDOW_WARNING_DAYS };
}
