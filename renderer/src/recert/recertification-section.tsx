import type { CeuSummary } from '../../../shared/recert/types';
import type { Person } from '../../../shared/types';
import { CeuBodyCard } from './ceu-body-card';

interface RecertificationSectionProps {
  readonly person: Person;
  /** From PersonDetail: one summary per certifying body with a CEU rule. */
  readonly summaries: readonly CeuSummary[] | undefined;
  readonly onChanged: () => void;
}

/** The person's recertification cycles and CEUs, one block per certifying body. */
export function RecertificationSection({ person, summaries, onChanged }: RecertificationSectionProps) {
  return (
    <section className="card recert-section" aria-labelledby="recert-title">
      <h2 id="recert-title">Recertification</h2>
      {!summaries || summaries.length === 0 ? (
        <p className="muted">No credential on record needs CEUs.</p>
      ) : (
        summaries.map((s) => (
          <CeuBodyCard
            key={s.body}
            employeeId={person.employeeId}
            summary={s}
            credentials={person.credentials.filter((c) => s.credentialIds.includes(c.id))}
            onChanged={onChanged}
          />
        ))
      )}
    </section>
  );
}
