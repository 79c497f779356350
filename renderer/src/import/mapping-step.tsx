import type { ImportFileSummary, ImportField } from '../../../shared/types';
import { IMPORT_FIELDS } from '../../../shared/types';
import { baseName, fieldLabel, type Mapping } from './import-types';

interface MappingStepProps {
  readonly files: readonly ImportFileSummary[];
  readonly mapping: Mapping;
  readonly onChange: (mapping: Mapping) => void;
  readonly remembered: Mapping | null;
}

/** Which field each column feeds; every match can be changed or ignored. */
export function MappingStep({ files, mapping, onChange, remembered }: MappingStepProps) {
  return (
    <div className="mapping-step">
      {remembered ? (
        <div className="hint-box">
          These columns match a mapping you used before.{' '}
          <button type="button" className="small" onClick={() => onChange({ ...remembered })}>
            Use the saved mapping
          </button>
        </div>
      ) : null}
      {files.map((file) => {
        const unmatched = file.columns.filter((c) => (mapping[c.header] ?? c.field ?? '') === '').length;
        return (
          <section key={file.file} aria-label={`Columns of ${baseName(file.file)}`}>
            <h3>
              {baseName(file.file)} <span className="muted small-text">({file.rows.toLocaleString('en-US')} rows{unmatched > 0 ? `, ${unmatched} columns not used` : ''})</span>
            </h3>
            <table className="data-table mapping-table">
              <thead>
                <tr>
                  <th scope="col">Column in the file</th>
                  <th scope="col">Sample values</th>
                  <th scope="col">Imports as</th>
                </tr>
              </thead>
              <tbody>
                {file.columns.map((col) => {
                  const chosen = mapping[col.header] ?? col.field ?? '';
                  return (
                    <tr key={col.header} className={chosen === '' ? 'unmatched' : undefined}>
                      <th scope="row">
                        {col.header}
                        {col.group !== null ? <span className="muted small-text"> (group {col.group})</span> : null}
                      </th>
                      <td className="samples">{col.samples.filter(Boolean).slice(0, 3).join(' · ') || <span className="muted">empty</span>}</td>
                      <td>
                        <select
                          aria-label={`Field for column ${col.header}`}
                          value={chosen}
                          onChange={(e) => onChange({ ...mapping, [col.header]: e.target.value as ImportField | '' })}
                        >
                          <option value="">Ignore this column</option>
                          {IMPORT_FIELDS.map((f) => (
                            <option key={f} value={f}>
                              {fieldLabel(f)}
                            </option>
                          ))}
                        </select>
                        {chosen === '' ? <span className="muted small-text"> Not matched</span> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
