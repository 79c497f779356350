import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardData } from '../../../shared/view-models';
import { ChartFigure } from './chart-figure';
import { CHART_COLORS } from './chart-colors';
import { monthName } from '../lib/format';

/**
 * How many people become eligible month by month over the next year, and how many are eligible in
 * all by then: one scale for both, so the line's height reads against the same numbers as the bars.
 */
export function ForecastChart({ forecast }: { readonly forecast: DashboardData['forecast'] }) {
  const data = forecast.map((m) => ({ ...m, label: monthName(m.month) }));
  return (
    <ChartFigure
      title="Eligibility forecast, next 12 months (current staff)"
      table={{
        columns: ['Month', 'Newly eligible', 'Eligible (cumulative)'],
        rows: data.map((m) => [m.label, m.newlyEligible, m.cumulativeEligible]),
      }}
    >
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={4} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="newlyEligible" name="Newly eligible that month" fill={CHART_COLORS.eligible} isAnimationActive={false} />
          <Line dataKey="cumulativeEligible" name="Eligible in all (cumulative)" stroke={CHART_COLORS.line} strokeWidth={2} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
