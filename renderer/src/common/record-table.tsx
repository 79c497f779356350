import type { ReactNode, RefObject } from 'react';
import { useFocusKeptOnRemoval } from './use-focus-kept-on-removal';

/** One column: its header and how a row fills its cell. */
export interface Column<T> {
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  /** The cell that names the row (a `th scope="row"`), read out before each other cell of the row. */
  readonly rowHeader?: boolean;
  readonly className?: string;
}

/** A button on each row besides Edit and Delete; its accessible name is the verb and the row's name. */
export interface RowAction<T> {
  /** The words on the button. */
  readonly label: string;
  /** The start of the accessible name; the row's name follows it ("Renew" + "CCA"). */
  readonly verb: string;
  readonly onClick: (row: T) => void;
  /** Shown only on the rows where it applies. */
  readonly when?: (row: T) => boolean;
}

/** The buttons on each row, in the order Edit, the others, Delete, and the name each row goes by in them ("Delete CCA"). */
export interface RowActions<T> {
  readonly name: (row: T) => string;
  readonly edit?: (row: T) => void;
  readonly others?: readonly RowAction<T>[];
  /** The caller asks for confirmation first (useConfirmedChange). */
  readonly delete?: (row: T) => void;
}

interface RecordTableProps<T> {
  readonly rows: readonly T[];
  /** A key unique among the rows; the position is there for records with nothing unique of their own. */
  readonly rowKey: (row: T, index: number) => string;
  readonly columns: readonly Column<T>[];
  /** The words shown instead of an empty table; without them an empty table shows nothing. */
  readonly empty?: string;
  /** Names the table for screen readers (a hidden caption) where the heading above does not. */
  readonly caption?: string;
  /** Classes beside `data-table`. */
  readonly className?: string;
  readonly rowClassName?: (row: T) => string | undefined;
  readonly actions?: RowActions<T>;
  readonly testId?: string;
}

/**
 * The window's table of records: a header row, one row per record with the cell that names it as a
 * row header, and the row's buttons last under a hidden "Actions" header. When a row goes away under
 * the focus (a confirmed delete), the focus moves to the same button on the row that took its place,
 * or to the empty-state words once no row is left, so it is never lost to the page.
 */
export function RecordTable<T>({ rows, rowKey, columns, empty, caption, className, rowClassName, actions, testId }: RecordTableProps<T>) {
  const keys = rows.map(rowKey);
  const { container, empty: emptyTarget, onFocus } = useFocusKeptOnRemoval<HTMLTableSectionElement>(keys);
  if (rows.length === 0) return empty ? <EmptyState words={empty} target={emptyTarget} /> : null;
  return (
    <table className={className ? `data-table ${className}` : 'data-table'} data-testid={testId}>
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {c.header}
            </th>
          ))}
          {actions ? (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody ref={container} onFocus={onFocus}>
        {rows.map((row, i) => {
          const key = keys[i] ?? String(i);
          return (
            <tr key={key} data-row-key={key} className={rowClassName?.(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.header} scope="row" className={c.className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header} className={c.className}>
                    {c.cell(row)}
                  </td>
                ),
              )}
              {actions ? (
                <td className="row-actions">
                  <RowButtons row={row} actions={actions} />
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A row's buttons, for records shown as a table row or as a block of their own. */
export function RowButtons<T>({ row, actions }: { readonly row: T; readonly actions: RowActions<T> }) {
  const name = actions.name(row);
  const buttons = [
    ...(actions.edit ? [{ label: 'Edit', verb: 'Edit', onClick: actions.edit, danger: false }] : []),
    ...(actions.others ?? []).filter((a) => a.when?.(row) ?? true).map((a) => ({ ...a, danger: false })),
    ...(actions.delete ? [{ label: 'Delete', verb: 'Delete', onClick: actions.delete, danger: true }] : []),
  ];
  return (
    <>
      {buttons.map((a) => (
        <button key={a.verb} type="button" className={a.danger ? 'small danger' : 'small'} data-action={a.verb} aria-label={`${a.verb} ${name}`} onClick={() => a.onClick(row)}>
          {a.label}
        </button>
      ))}
    </>
  );
}

/** What an empty list says; it takes the focus when the last record is deleted, so the change is heard. */
export function EmptyState({ words, target }: { readonly words: string; readonly target?: RefObject<HTMLParagraphElement | null> }) {
  return (
    <p className="muted" ref={target} tabIndex={-1}>
      {words}
    </p>
  );
}
