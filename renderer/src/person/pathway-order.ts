import type { PathwayResult } from '../../../shared/types';
import { proseDates } from '../lib/format';

const STATE_ORDER: Readonly<Record<PathwayResult['state'], number>> = { met: 0, 'will-meet': 1, 'cannot-meet': 2 };

/** Met pathways first (earliest first), then those that will be met (soonest first), then the rest, in rule order. */
export function pathwaysInOrder(pathways: readonly PathwayResult[]): PathwayResult[] {
  return pathways
    .map((p, i) => ({ p, i }))
    .sort((a, b) => STATE_ORDER[a.p.state] - STATE_ORDER[b.p.state] || (a.p.metOn ?? '').localeCompare(b.p.metOn ?? '') || a.i - b.i)
    .map(({ p }) => p);
}

/** One headline: the summary, led by the status only when the summary does not already say it. */
export function eligibilityHeadline(label: string, summary: string): string {
  const text = proseDates(summary);
  return text.toLowerCase().startsWith(label.toLowerCase()) ? text : `${label}: ${text}`;
}
