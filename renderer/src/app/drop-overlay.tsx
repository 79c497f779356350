/** Shown while files are dragged over the window. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">Drop CSV, text or Excel files to import them</div>
    </div>
  );
}
