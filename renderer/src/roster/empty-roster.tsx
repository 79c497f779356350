import { useApp } from '../app/app-context';

/** What to do first when nobody is on the roster yet. */
export function EmptyRoster() {
  const { openImport, openNewPerson } = useApp();
  return (
    <div className="empty-state">
      <h2>No one in the roster yet</h2>
      <p>Import an HR export (CSV or Excel) or add a person to get started. You can also drop files anywhere in this window.</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => openImport()}>
          Import an HR export…
        </button>
        <button type="button" onClick={openNewPerson}>
          Add a person
        </button>
      </div>
    </div>
  );
}
