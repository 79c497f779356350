import { useEffect, useRef, type FocusEvent, type RefObject } from 'react';

interface FocusKeeper<E extends HTMLElement> {
  /** The element holding the rows, each marked with `data-row-key`. */
  readonly container: RefObject<E | null>;
  readonly empty: RefObject<HTMLParagraphElement | null>;
  readonly onFocus: (e: FocusEvent) => void;
}

/**
 * Remembers which row and which of its buttons last had the focus; when that row is gone and the
 * focus with it, puts the focus on the same button of the row now in its place (or the one before,
 * for the last row), or on the empty-state words.
 */
export function useFocusKeptOnRemoval<E extends HTMLElement>(keys: readonly string[]): FocusKeeper<E> {
  const container = useRef<E | null>(null);
  const empty = useRef<HTMLParagraphElement | null>(null);
  const last = useRef<{ readonly key: string; readonly index: number; readonly action: string | undefined } | null>(null);
  const keyList = keys.join('\n');

  const onFocus = (e: FocusEvent) => {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-row-key]');
    if (!row || !container.current) return;
    const rows = [...container.current.querySelectorAll<HTMLElement>('[data-row-key]')];
    last.current = { key: row.dataset.rowKey ?? '', index: rows.indexOf(row), action: target.dataset.action };
  };

  useEffect(() => {
    const was = last.current;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!was || !lost || keyList.split('\n').includes(was.key)) return;
    last.current = null;
    const rows = container.current ? [...container.current.querySelectorAll<HTMLElement>('[data-row-key]')] : [];
    const row = rows[Math.min(was.index, rows.length - 1)];
    const button = row?.querySelector<HTMLElement>(`[data-action="${was.action ?? ''}"]`) ?? row?.querySelector<HTMLElement>('button');
    (button ?? empty.current)?.focus();
  }, [keyList]);

  return { container, empty, onFocus };
}
