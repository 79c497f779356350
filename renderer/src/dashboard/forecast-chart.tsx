import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardData } from '../../../shared/ipc';
import { ChartFigure } from './chart-figure';
import { CHART_COLORS } from './chart-colors';

/** How many people become eligible month by month over the next year. */
export function ForecastChart({ forecast }: { readonly forecast: DashboardData['forecast'] }) {
  return (
    <ChartFigure
      title="Eligibility forecast, next 12 months"
      table={{
        columns: ['Month', 'Newly eligible', 'Eligible (cumulative)'],
        rows: forecast.map((m) => [m.month, m.newlyEligible, m.cumulativeEligible]),
      }}
    >
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart accessibilityLayer={false} data={forecast as DashboardData['forecast'][number][]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis yAxisId="new" allowDecimals={false} />
          <YAxis yAxisId="total" orientation="right" allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="new" dataKey="newlyEligible" name="Newly eligible" fill={CHART_COLORS.eligible} isAnimationActive={false} />
          <Line yAxisId="total" dataKey="cumulativeEligible" name="Eligible (cumulative)" stroke={CHART_COLORS.line} strokeWidth={2} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
