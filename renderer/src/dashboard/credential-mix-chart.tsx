import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardData } from '../../../shared/view-models';
import { ChartFigure } from './chart-figure';
import { CHART_COLORS } from './chart-colors';
import { labelAxisWidth, rowHeight } from './label-wrap';
import { WrappedTick } from './wrapped-tick';

/** Credentials held, by code and state; the axis is as wide as the longest code needs. */
export function CredentialMixChart({ mix }: { readonly mix: DashboardData['credentialMix'] }) {
  const labels = mix.map((m) => m.code);
  const height = Math.max(200, mix.length * rowHeight(labels) + 70);
  return (
    <ChartFigure
      title="Credential mix (current staff)"
      table={{ columns: ['Credential', 'Active', 'Expiring', 'Expired'], rows: mix.map((m) => [m.code, m.active, m.expiring, m.expired]) }}
    >
      <ResponsiveContainer width="100%" height={height}>
        <BarChart accessibilityLayer={false} data={mix as DashboardData['credentialMix'][number][]} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="code" width={labelAxisWidth(labels)} interval={0} tick={<WrappedTick />} />
          <Tooltip />
          <Legend />
          <Bar dataKey="active" name="Active" stackId="m" fill={CHART_COLORS.active} isAnimationActive={false} />
          <Bar dataKey="expiring" name="Expiring" stackId="m" fill={CHART_COLORS.expiring} isAnimationActive={false} />
          <Bar dataKey="expired" name="Expired / lapsed" stackId="m" fill={CHART_COLORS.expired} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
