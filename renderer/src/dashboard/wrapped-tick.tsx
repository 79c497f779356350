/** Category labels for a chart's vertical axis that wrap onto lines instead of overlapping or being cut. */

import { LINE_PX, wrapLabel } from './label-wrap';

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
}

export function WrappedTick({ x = 0, y = 0, payload }: TickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''));
  const top = -((lines.length - 1) * LINE_PX) / 2;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" dominantBaseline="central" fontSize={12} className="recharts-text">
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x) - 4} dy={i === 0 ? top : LINE_PX}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
