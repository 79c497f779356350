import type { PersonDetail } from '../../../shared/view-models';
import { useState } from 'react';
import type { EligibilityResult, PathwayResult, Person } from '../../../shared/types';
import { diplomaWords } from '../../../shared/eligibility/status-words';
import { call } from '../lib/api';
import { ErrorBanner } from '../common/error-banner';
import { useBaseVersion } from './person-version';
import { ccsStatusLabel, formatDate, PATHWAY_STATE_LABELS, proseDates } from '../lib/format';
import { ruleSetName } from '../lib/rule-set-names';
import { eligibilityHeadline, pathwaysInOrder } from './pathway-order';

/** The records a pathway rests on, in words. */
function basisText(person: Person, basis: PathwayResult['basis']): readonly string[] {
  const out: string[] = [];
  for (const id of basis.credentialIds) {
    const c = person.credentials.find((x) => x.id === id);
    if (c) out.push(`${c.code} credential${c.earnedOn ? `, earned ${formatDate(c.earnedOn)}` : ''}${c.expiresOn ? `, expires ${formatDate(c.expiresOn)}` : ''}`);
  }
  for (const id of basis.educationIds) {
    const e = person.education.find((x) => x.id === id);
    if (e) out.push(`${e.program}${e.completedOn ? `, completed ${formatDate(e.completedOn)}` : ''}`);
  }
  for (const id of basis.experienceIds) {
    const p = person.experience.find((x) => x.id === id);
    if (p) out.push(`${p.employer ?? 'Coding work'}, ${formatDate(p.start)} – ${p.end ? formatDate(p.end) : 'ongoing'}`);
  }
  return out;
}

function PathwayItem({ pathway, person }: { readonly pathway: PathwayResult; readonly person: Person }) {
  const state = PATHWAY_STATE_LABELS[pathway.state];
  const records = basisText(person, pathway.basis);
  return (
    <li className={`pathway pathway-${pathway.state}`}>
      <div className="pathway-head">
        <span className="pathway-state">
          <span aria-hidden="true">{state.icon} </span>
          {state.text}
          {pathway.metOn ? ` on ${formatDate(pathway.metOn)}` : ''}
        </span>
        <strong>{pathway.label}</strong>
      </div>
      <p>{proseDates(pathway.detail)}</p>
      {records.length > 0 ? (
        <div>
          <span className="muted">Based on:</span>
          <ul className="basis-list">
            {records.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {pathway.missing.length > 0 ? (
        <div>
          <span className="muted">Missing:</span>
          <ul className="missing-list">
            {pathway.missing.map((m) => (
              <li key={m}>{proseDates(m)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

/** Why the person is (or is not yet) able to sit the CCS exam, pathway by pathway, as the rules engine said. */
export function EligibilityPanel({ detail, onChanged }: { readonly detail: PersonDetail; readonly onChanged: () => void }) {
  const e = detail.eligibility;
  const diploma = diplomaWords(e);
  const [error, setError] = useState<string | null>(null);
  const baseVersion = useBaseVersion();
  const recordDiploma = async () => {
    const result = await call('person:update', { employeeId: detail.person.employeeId, baseVersion, changes: { hsDiploma: true } });
    if (result.ok) onChanged();
    else setError(result.error);
  };
  return (
    <section className="card eligibility" aria-labelledby="eligibility-title">
      <h2 id="eligibility-title">CCS exam eligibility</h2>
      <p className={`ccs-summary ccs-${e.status}`} data-testid="eligibility-headline">
        {eligibilityHeadline(ccsStatusLabel(e.status), e.summary)}
      </p>
      <dl className="eligibility-facts">
        {e.status === 'certified' ? null : (
          <div>
            <dt>Eligible on</dt>
            <dd data-testid="fact-eligible-on">{eligibleOnWords(e)}</dd>
          </div>
        )}
        {diploma === null ? null : (
          <>
            <div>
              <dt>High-school diploma</dt>
              <dd data-testid="fact-diploma">
                {diploma}
                {e.diplomaOnRecord === false && detail.person.hsDiploma === undefined ? (
                  <>
                    {' '}
                    <button type="button" className="small" onClick={() => void recordDiploma()}>
                      Record diploma on file
                    </button>
                  </>
                ) : null}
              </dd>
            </div>
            <div>
              <dt>Recommended preparation</dt>
              <dd data-testid="fact-prepared-on">{e.preparedOn === null ? 'Not met' : formatDate(e.preparedOn)}</dd>
            </div>
          </>
        )}
      </dl>
      <ErrorBanner message={error} />
      <p className="muted">
        {ruleSetName(e.ruleSet)} rules ({proseDates(`version ${e.ruleSetVersion}`)}), as of {formatDate(e.asOf)}.
      </p>
      <ul className="pathways">
        {pathwaysInOrder(e.pathways).map((p) => (
          <PathwayItem key={p.id} pathway={p} person={detail.person} />
        ))}
      </ul>
    </section>
  );
}

/** The eligibility date, never a preparation date: none is known for a diploma. */
function eligibleOnWords(e: EligibilityResult): string {
  if (e.eligibleOn !== null) return formatDate(e.eligibleOn);
  switch (e.status) {
    case 'eligible':
      return 'Eligible now (the diploma date is not recorded)';
    case 'diploma-not-recorded':
      return 'Unknown until a diploma is recorded';
    default:
      return 'No date: no pathway can be met from the records on file';
  }
}
