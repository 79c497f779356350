import { useState } from 'react';
import type { SettingsView } from '../../../shared/view-models';
import type { FactSource } from '../../../shared/recert/types';
import { DEFAULT_EXAM_FACT_VALUES, examFactOverridesSchema } from '../../../shared/recert/exam-facts';
import { DEFAULT_REMINDER_SETTINGS } from '../../../shared/recert/reminders';
import { call } from '../lib/api';
import { useSettings } from '../lib/use-api-query';
import { useDraft } from '../common/use-draft';
import { formatDate } from '../lib/format';
import { validate, type FieldErrors } from '../lib/form-errors';
import { useApp } from '../app/app-context';
import { useDirtyFlag } from '../app/use-dirty-flag';
import { Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';
import type { ExamFactKey, ExamFactOverrides } from '../../../shared/types';

/** The exam facts a manager may edit here; the rest keep their defaults. */
const EDITABLE = [
  { key: 'passingScore', label: 'Passing score', numeric: true },
  { key: 'windowDays', label: 'Testing window (days after approval)', numeric: true },
  { key: 'retakeWaitDays', label: 'Retake wait (days)', numeric: true },
  { key: 'refundFeeUsd', label: 'Refund processing fee (USD)', numeric: true },
  { key: 'questionCount', label: 'Number of questions', numeric: false },
] as const satisfies readonly { key: ExamFactKey; label: string; numeric: boolean }[];
type EditableKey = (typeof EDITABLE)[number]['key'];

interface Draft {
  readonly leadDays: readonly string[];
  readonly facts: Readonly<Record<EditableKey, string>>;
}

const MAX_LEADS = 10;

function draftOf(s: SettingsView): Draft {
  const facts = {} as Record<EditableKey, string>;
  for (const f of EDITABLE) facts[f.key] = String(s.examFactsInUse[f.key]);
  return { leadDays: s.remindersInUse.leadDays.map(String), facts };
}

const sameDraft = (a: Draft, b: Draft): boolean => JSON.stringify(a) === JSON.stringify(b);

function sourceText(source: FactSource): string {
  return `${source.title}, retrieved ${formatDate(source.retrieved)}${source.note ? `. ${source.note}` : ''}`;
}

/** Reminder lead times and the CCS exam facts in use, each fact with where it comes from. */
export function RecertSettingsSection() {
  const { announce } = useApp();
  const settings = useSettings();
  const view = settings.data;
  // Settings changed elsewhere show here at once, unless this form holds edits.
  const form = useDraft(view, view, draftOf, sameDraft);
  const { draft, dirty } = form;
  const setDraft = (next: Draft) => form.edit(() => next);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useDirtyFlag('recert-settings', dirty);

  const save = async () => {
    if (!draft || !view) return;
    const found: Record<string, string> = {};
    const leadDays: number[] = [];
    draft.leadDays.forEach((text, i) => {
      const n = Number(text.trim());
      if (text.trim() === '' || !Number.isInteger(n) || n < 0 || n > 3650) found[`lead-${i}`] = 'Enter a whole number of days from 0 to 3650';
      else leadDays.push(n);
    });
    if (draft.leadDays.length === 0) found.leadDays = 'Keep at least one lead time';
    // Only values that differ from the defaults are stored, so "changed by you" stays true to its word.
    const overrides: Record<string, unknown> = { ...(view.examFacts ?? {}) };
    for (const f of EDITABLE) {
      const text = draft.facts[f.key].trim();
      const value = f.numeric ? (text === '' ? Number.NaN : Number(text)) : text;
      if (value === DEFAULT_EXAM_FACT_VALUES[f.key]) delete overrides[f.key];
      else overrides[f.key] = value;
    }
    const checked = validate(examFactOverridesSchema, overrides);
    if (!checked.ok) Object.assign(found, checked.errors);
    if (Object.keys(found).length > 0) return setErrors(found);
    setErrors({});
    const sorted = [...new Set(leadDays)].sort((a, b) => b - a);
    setSaving(true);
    const stored = view.reminders ?? {};
    const r = await call('settings:update', {
      // The update replaces the reminder settings whole: keep what this form does not edit.
      reminders: {
        ...(stored.leadDaysByCode ? { leadDaysByCode: Object.fromEntries(Object.entries(stored.leadDaysByCode).map(([code, days]) => [code, [...days]])) } : {}),
        ...(stored.examWindowDays !== undefined ? { examWindowDays: stored.examWindowDays } : {}),
        ...(stored.bodyItems !== undefined ? { bodyItems: stored.bodyItems } : {}),
        leadDays: sorted,
      },
      examFacts: overrides as ExamFactOverrides,
    });
    setSaving(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    form.startFrom(draftOf(r.value));
    announce('Reminder and exam settings saved.');
  };

  // A failed settings answer is shown by the window itself, above every screen.
  if (!draft || !view) return null;
  const setLead = (i: number, text: string) => setDraft({ ...draft, leadDays: draft.leadDays.map((d, j) => (j === i ? text : d)) });
  const facts = view.examFactsInUse;
  return (
    <form
      className="card recert-settings"
      aria-labelledby="recert-settings-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="recert-settings-title">Reminders and CCS exam facts</h2>
      <ErrorBanner message={error} />
      <fieldset className="checks lead-days">
        <legend>Reminder lead times (days before a cycle end or expiry)</legend>
        <p className="muted small-text">Default {DEFAULT_REMINDER_SETTINGS.leadDays.join(', ')}. A reminder appears when the first lead time is reached and again at each later one.</p>
        <div className="lead-days-list">
          {draft.leadDays.map((text, i) => (
            <div key={i} className="lead-day">
              <Field label={`Lead time ${i + 1} (days)`} error={errors[`lead-${i}`]}>
                <input inputMode="numeric" value={text} onChange={(e) => setLead(i, e.target.value)} />
              </Field>
              <button type="button" className="small" onClick={() => setDraft({ ...draft, leadDays: draft.leadDays.filter((_, j) => j !== i) })} disabled={draft.leadDays.length <= 1}>
                Remove lead time {i + 1}
              </button>
            </div>
          ))}
        </div>
        {errors.leadDays ? <p className="field-error">{errors.leadDays}</p> : null}
        <div className="button-row">
          <button type="button" className="small" disabled={draft.leadDays.length >= MAX_LEADS} onClick={() => setDraft({ ...draft, leadDays: [...draft.leadDays, ''] })}>
            Add a lead time
          </button>
          <button type="button" className="small" onClick={() => setDraft({ ...draft, leadDays: DEFAULT_REMINDER_SETTINGS.leadDays.map(String) })}>
            Use the default lead times
          </button>
        </div>
      </fieldset>
      <fieldset className="checks exam-facts">
        <legend>CCS exam facts (version {facts.version})</legend>
        <p className="muted small-text">These change between exam versions and policy updates; check them against AHIMA’s current pages.</p>
        <div className="form-grid">
          {EDITABLE.map((f) => (
            <Field
              key={f.key}
              label={f.label}
              error={errors[f.key]}
              hint={`${facts.edited.includes(f.key) ? 'Changed by you. Default ' + String(DEFAULT_EXAM_FACT_VALUES[f.key]) + '. ' : ''}Source: ${sourceText(facts.sources[f.key])}`}
            >
              <input inputMode={f.numeric ? 'decimal' : 'text'} value={draft.facts[f.key]} onChange={(e) => setDraft({ ...draft, facts: { ...draft.facts, [f.key]: e.target.value } })} />
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary" disabled={!dirty || saving}>
          {saving ? 'Saving…' : 'Save reminder and exam settings'}
        </button>
        <button type="button" disabled={!dirty || saving} onClick={form.discard}>
          Discard changes
        </button>
        {dirty ? <span className="unsaved">Unsaved changes</span> : null}
      </div>
    </form>
  );
}
