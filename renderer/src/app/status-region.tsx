/** The polite live region: screen readers hear status messages without losing their place. */
export function StatusRegion({ text, seq }: { readonly text: string; readonly seq: number }) {
  return (
    <div className="status-bar" role="status" aria-live="polite" aria-atomic="true">
      <span key={seq}>{text}</span>
    </div>
  );
}
