import { useState } from 'react';
import type { RuleSetId, Settings } from '../../../shared/types';
import { RULE_SET_IDS } from '../../../shared/types';
import { settingsPatchSchema } from '../../../shared/schemas';
import { call } from '../lib/api';
import { useCatalog, useSettings } from '../lib/use-api-query';
import { useDraft } from '../common/use-draft';
import { validate, type FieldErrors } from '../lib/form-errors';
import { useApp } from '../app/app-context';
import { useDirtyFlag } from '../app/use-dirty-flag';
import { Check, Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';
import { BackupsSection } from './backups-section';
import { RecertSettingsSection } from '../recert/recert-settings-section';
import { ruleSetDescription, ruleSetName } from '../lib/rule-set-names';
import { DIPLOMA_CONDITION } from '../../../shared/eligibility/status-words';

interface Draft {
  readonly ruleSet: RuleSetId;
  readonly expiryWarningDays: string;
  readonly organisationName: string;
  readonly difAccepted: readonly string[];
  readonly diplomaConditionOfEmployment: boolean;
  /** Empty: no FTE is assumed. */
  readonly difAssumedFte: string;
}

const draftOf = (s: Settings): Draft => ({
  ruleSet: s.ruleSet,
  expiryWarningDays: String(s.expiryWarningDays),
  organisationName: s.organisationName,
  difAccepted: [...s.difAccepted].sort(),
  diplomaConditionOfEmployment: s.diplomaConditionOfEmployment === true,
  difAssumedFte: s.difAssumedFte == null ? '' : String(s.difAssumedFte),
});

const sameDraft = (a: Draft, b: Draft): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Defaults, the organisation's name, the DIF accepted list, and backups. */
export function SettingsScreen({ section }: { readonly section?: 'backups' | undefined }) {
  const { announce } = useApp();
  const settings = useSettings();
  const catalog = useCatalog();
  // Settings changed elsewhere show here at once, unless this form holds edits.
  const form = useDraft(settings.data, settings.data, draftOf, sameDraft);
  const { draft, dirty } = form;
  const setDraft = (next: Draft) => form.edit(() => next);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useDirtyFlag('settings', dirty);

  const save = async () => {
    if (!draft) return;
    const checked = validate(settingsPatchSchema, {
      ruleSet: draft.ruleSet,
      expiryWarningDays: draft.expiryWarningDays.trim() === '' ? Number.NaN : Number(draft.expiryWarningDays),
      organisationName: draft.organisationName,
      difAccepted: [...draft.difAccepted],
      diplomaConditionOfEmployment: draft.diplomaConditionOfEmployment,
      difAssumedFte: draft.difAssumedFte.trim() === '' ? null : Number(draft.difAssumedFte),
    });
    if (!checked.ok) {
      return setErrors({
        ...checked.errors,
        ...(checked.errors.expiryWarningDays ? { expiryWarningDays: 'Enter a whole number of days from 1 to 365' } : {}),
        ...(checked.errors.difAssumedFte ? { difAssumedFte: 'Enter an FTE from 0.01 to 1.5, or leave it empty to assume none' } : {}),
      });
    }
    setErrors({});
    setSaving(true);
    const r = await call('settings:update', checked.value);
    setSaving(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    form.startFrom(draftOf(r.value));
    announce('Settings saved.');
  };

  const toggleDif = (code: string, on: boolean) =>
    form.edit((d) => ({ ...d, difAccepted: on ? [...d.difAccepted, code].sort() : d.difAccepted.filter((c) => c !== code) }));

  return (
    <section className="settings-screen" aria-labelledby="settings-title">
      <div className="screen-header">
        <h1 id="settings-title">Settings</h1>
      </div>
      <ErrorBanner message={error} />
      {/* A failed settings answer is shown by the window itself, above every screen. */}
      <ErrorBanner message={catalog.error} onRetry={catalog.reload} />
      {draft ? (
        <form
          className="card"
          aria-label="Settings"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="form-grid">
            <Field label="Default rule set" error={errors.ruleSet} hint={`Used when the app opens and for reports. ${ruleSetDescription(draft.ruleSet)}`}>
              <select value={draft.ruleSet} onChange={(e) => setDraft({ ...draft, ruleSet: e.target.value as RuleSetId })}>
                {RULE_SET_IDS.map((id) => (
                  <option key={id} value={id}>
                    {ruleSetName(id)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Expiry warning (days)" error={errors.expiryWarningDays} hint="Credentials expiring within this many days are flagged">
              <input inputMode="numeric" value={draft.expiryWarningDays} onChange={(e) => setDraft({ ...draft, expiryWarningDays: e.target.value })} />
            </Field>
            <Field label="Organisation name" error={errors.organisationName} hint="Printed on reports">
              <input value={draft.organisationName} onChange={(e) => setDraft({ ...draft, organisationName: e.target.value })} />
            </Field>
            <Field
              label="FTE to use when none is recorded"
              error={errors.difAssumedFte}
              hint="Magnet DIF only; empty: people with no FTE are counted as “FTE not recorded”. When set, the DIF's About sheet says so."
            >
              <input inputMode="decimal" value={draft.difAssumedFte} placeholder="none" onChange={(e) => setDraft({ ...draft, difAssumedFte: e.target.value })} />
            </Field>
          </div>
          <fieldset className="checks">
            <legend>CCS eligibility under AHIMA’s current rules (ccs-recommended)</legend>
            <Check
              label={`${DIPLOMA_CONDITION[0]!.toUpperCase()}${DIPLOMA_CONDITION.slice(1)}`}
              checked={draft.diplomaConditionOfEmployment}
              onChange={(on) => setDraft({ ...draft, diplomaConditionOfEmployment: on })}
            />
            <p className="muted">
              Current staff with no diploma recorded then count as having one, shown as “diploma assumed” on every screen and report. A
              diploma recorded as “No” is never overridden, and people who have left are not covered.
            </p>
          </fieldset>
          <fieldset className="checks dif-list">
            <legend>Certifications accepted on the Magnet DIF ({draft.difAccepted.length})</legend>
            <p className="muted">Follow ANCC’s current list of national certifications included in the DDCT.</p>
            {(catalog.data ?? []).map((c) => (
              <Check key={c.code} label={`${c.code} — ${c.name} (${c.body})`} checked={draft.difAccepted.includes(c.code)} onChange={(on) => toggleDif(c.code, on)} />
            ))}
          </fieldset>
          <div className="button-row">
            <button type="submit" className="primary" disabled={!dirty || saving}>
              {saving ? 'Saving…' : 'Save settings'}
            </button>
            <button type="button" disabled={!dirty || saving} onClick={form.discard}>
              Discard changes
            </button>
            {dirty ? <span className="unsaved">Unsaved changes</span> : null}
          </div>
        </form>
      ) : null}
      <RecertSettingsSection />
      <BackupsSection focus={section === 'backups'} />
    </section>
  );
}
