import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardData } from '../../../shared/ipc';
import { ChartFigure } from './chart-figure';
import { CHART_COLORS } from './chart-colors';

/** CCS status by unit as stacked bars. */
export function StatusByUnitChart({ byUnit, diploma }: { readonly byUnit: DashboardData['byUnit']; readonly diploma: boolean }) {
  const notYet = diploma ? 'Diploma not recorded' : 'Not yet';
  const data = byUnit.map((u) => ({ ...u, unit: u.unit || '(no unit)' }));
  return (
    <ChartFigure
      title="CCS status by unit"
      table={{ columns: ['Unit', 'Certified', 'Eligible', notYet], rows: data.map((u) => [u.unit, u.certified, u.eligible, u.notYet]) }}
    >
      <ResponsiveContainer width="100%" height={320}>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
          <XAxis dataKey="unit" tick={{ fontSize: 12 }} interval={0} angle={-30} textAnchor="end" height={80} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="certified" name="Certified" stackId="s" fill={CHART_COLORS.certified} isAnimationActive={false} />
          <Bar dataKey="eligible" name="Eligible" stackId="s" fill={CHART_COLORS.eligible} isAnimationActive={false} />
          <Bar dataKey="notYet" name={notYet} stackId="s" fill={CHART_COLORS.notYet} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
