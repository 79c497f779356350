import { useId, type ReactNode } from 'react';

interface ChartFigureProps {
  readonly title: string;
  readonly children: ReactNode;
  /** The same numbers as a table, for screen readers and for reading exact values. */
  readonly table: {
    readonly columns: readonly string[];
    readonly rows: readonly (readonly (string | number)[])[];
  };
}

/** A chart with a title and its data as a table behind a disclosure. */
export function ChartFigure({ title, children, table }: ChartFigureProps) {
  const id = useId();
  return (
    <figure className="card chart" aria-labelledby={id}>
      <figcaption id={id}>
        <h2>{title}</h2>
      </figcaption>
      <div className="chart-body" aria-hidden="true">
        {children}
      </div>
      <details>
        <summary>Show the numbers</summary>
        <table className="data-table">
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
