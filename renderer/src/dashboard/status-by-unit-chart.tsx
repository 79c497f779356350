import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardData } from '../../../shared/view-models';
import { ChartFigure } from './chart-figure';
import { CHART_COLORS } from './chart-colors';
import { labelAxisWidth, rowHeight } from './label-wrap';
import { WrappedTick } from './wrapped-tick';

/** CCS status by unit as stacked bars, one row per unit so long unit names wrap beside their bar. */
export function StatusByUnitChart({ byUnit, diploma }: { readonly byUnit: DashboardData['byUnit']; readonly diploma: boolean }) {
  const notYet = diploma ? 'Diploma not recorded' : 'Not yet';
  const data = byUnit.map((u) => ({ ...u, unit: u.unit || '(no unit)' }));
  const labels = data.map((u) => u.unit);
  return (
    <ChartFigure
      title="CCS status by unit (current staff)"
      table={{ columns: ['Unit', 'Certified', 'Eligible', notYet], rows: data.map((u) => [u.unit, u.certified, u.eligible, u.notYet]) }}
    >
      <ResponsiveContainer width="100%" height={data.length * rowHeight(labels) + 70}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="unit" width={labelAxisWidth(labels)} interval={0} tick={<WrappedTick />} />
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
