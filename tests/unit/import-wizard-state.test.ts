import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../shared/types';
import { initialWizardState, wizardOptions, wizardReducer, type WizardAction, type WizardState } from '../../renderer/src/import/import-wizard-state';
import { NO_VALUE_CHOICES } from '../../renderer/src/import/import-types';

/** Just enough of a preview for the wizard's decisions: whether the file reads day-first, and whether it can be imported. */
const preview = (dayFirst: boolean, canCommit = true): ImportPreview => ({ files: [{ dayFirst, columns: [] }], canCommit }) as unknown as ImportPreview;
const run = (state: WizardState, ...actions: WizardAction[]): WizardState => actions.reduce(wizardReducer, state);

describe('the import wizard’s steps', () => {
  it('opens reading files dropped on the window, and shows the column step once they are read', () => {
    const opening = initialWizardState(['/tmp/roster.csv']);
    expect(opening).toMatchObject({ step: 'pick', busy: true, request: 1 });
    const read = wizardReducer(opening, { type: 'preview-answered', request: 1, answer: { ok: true, value: preview(true) } });
    // The files' own date order is the starting answer to "day first?".
    expect(read).toMatchObject({ step: 'mapping', busy: false, dayFirst: true, error: null });
  });

  it('opens on the pick step, idle, when no files came with it', () => {
    expect(initialWizardState([])).toMatchObject({ step: 'pick', busy: false, files: [], mapping: {}, choices: NO_VALUE_CHOICES });
  });

  it('keeps the pick step with the words of a file that could not be read', () => {
    const state = run(initialWizardState([]), { type: 'files-chosen', files: ['/tmp/bad.xlsx'] });
    expect(state).toMatchObject({ step: 'pick', busy: true, files: ['/tmp/bad.xlsx'] });
    const failed = wizardReducer(state, { type: 'preview-answered', request: state.request, answer: { ok: false, error: 'bad.xlsx is not a workbook.' } });
    expect(failed).toMatchObject({ step: 'pick', busy: false, error: 'bad.xlsx is not a workbook.' });
  });

  it('choosing new files forgets the mapping and value answers made for the old ones', () => {
    const mapped = run(
      initialWizardState(['/tmp/a.csv']),
      { type: 'preview-answered', request: 1, answer: { ok: true, value: preview(false) } },
      { type: 'mapping-changed', mapping: { Name: 'last_name' } },
      { type: 'back' },
      { type: 'files-chosen', files: ['/tmp/b.csv'] },
    );
    expect(mapped).toMatchObject({ files: ['/tmp/b.csv'], mapping: {}, choices: NO_VALUE_CHOICES, dayFirst: undefined, preview: null });
  });

  it('moves from the column step to the check step only when the preview answers well', () => {
    const mapping = run(initialWizardState(['/tmp/a.csv']), { type: 'preview-answered', request: 1, answer: { ok: true, value: preview(false) } });
    const asked = wizardReducer(mapping, { type: 'preview-asked', then: 'preview' });
    expect(asked).toMatchObject({ step: 'mapping', busy: true });
    const refused = wizardReducer(asked, { type: 'preview-answered', request: asked.request, answer: { ok: false, error: 'Two columns are matched to Employee ID.' } });
    expect(refused).toMatchObject({ step: 'mapping', busy: false, error: 'Two columns are matched to Employee ID.' });
    const again = wizardReducer(refused, { type: 'preview-asked', then: 'preview' });
    const shown = wizardReducer(again, { type: 'preview-answered', request: again.request, answer: { ok: true, value: preview(false) } });
    expect(shown).toMatchObject({ step: 'preview', busy: false, error: null });
  });

  it('a changed answer on the check step asks for a new preview with it, and stays on the check step', () => {
    const checking = run(
      initialWizardState(['/tmp/a.csv']),
      { type: 'preview-answered', request: 1, answer: { ok: true, value: preview(false) } },
      { type: 'preview-asked', then: 'preview' },
    );
    const onPreview = wizardReducer(checking, { type: 'preview-answered', request: checking.request, answer: { ok: true, value: preview(false) } });
    const asked = run(onPreview, { type: 'preview-asked', dayFirst: true }, { type: 'preview-asked', skipInvalid: true });
    expect(wizardOptions(asked)).toEqual({ dayFirst: true, skipInvalid: true });
    const answered = wizardReducer(asked, { type: 'preview-answered', request: asked.request, answer: { ok: true, value: preview(true) } });
    expect(answered).toMatchObject({ step: 'preview', busy: false, dayFirst: true, skipInvalid: true });
  });

  it('ignores the answer to a preview asked for before a newer one', () => {
    const base = run(initialWizardState(['/tmp/a.csv']), { type: 'preview-answered', request: 1, answer: { ok: true, value: preview(false) } });
    const first = wizardReducer(base, { type: 'preview-asked', dayFirst: true });
    const second = wizardReducer(first, { type: 'preview-asked', dayFirst: false });
    const late = wizardReducer(second, { type: 'preview-answered', request: first.request, answer: { ok: false, error: 'old' } });
    expect(late).toBe(second);
    expect(late.busy).toBe(true);
  });

  it('an answer for files the manager went back from is ignored', () => {
    const reading = run(initialWizardState(['/tmp/a.csv']), { type: 'preview-answered', request: 1, answer: { ok: true, value: preview(false) } });
    const asked = wizardReducer(reading, { type: 'preview-asked' });
    const back = wizardReducer({ ...asked, busy: false }, { type: 'back' });
    expect(back.step).toBe('pick');
    expect(wizardReducer(back, { type: 'preview-answered', request: asked.request, answer: { ok: true, value: preview(true) } })).toBe(back);
  });

  it('commits with progress, then shows the result; a refused commit goes back to the check step with its words', () => {
    const checking = { ...initialWizardState(['/tmp/a.csv']), step: 'preview' as const, busy: false, preview: preview(false) };
    const committing = run(checking, { type: 'commit-started' }, { type: 'progress', progress: { phase: 'writing', done: 5, total: 10 } as never });
    expect(committing).toMatchObject({ step: 'committing', progress: { done: 5, total: 10 } });
    const result = { created: 3, updated: 1 } as unknown as ImportResult;
    expect(wizardReducer(committing, { type: 'commit-answered', answer: { ok: true, value: result } })).toMatchObject({ step: 'result', result });
    expect(wizardReducer(committing, { type: 'commit-answered', answer: { ok: false, error: 'The disk is full.' } })).toMatchObject({
      step: 'preview',
      error: 'The disk is full.',
    });
  });

  it('undo says in words what the roster is back to, or why it could not be undone', () => {
    const done = { ...initialWizardState(['/tmp/a.csv']), step: 'result' as const, busy: false };
    const undoing = wizardReducer(done, { type: 'undo-started' });
    expect(undoing.busy).toBe(true);
    expect(wizardReducer(undoing, { type: 'undo-answered', answer: { ok: true, value: { restoredPeople: 12345 } } })).toMatchObject({
      busy: false,
      undone: 'Import undone. The roster is back to 12,345 people.',
    });
    expect(wizardReducer(undoing, { type: 'undo-answered', answer: { ok: false, error: 'Another import was made meanwhile.' } })).toMatchObject({
      busy: false,
      undone: null,
      error: 'Another import was made meanwhile.',
    });
  });

  it('back goes from the check step to the column step, keeping the answers', () => {
    const checking = { ...initialWizardState(['/tmp/a.csv']), step: 'preview' as const, busy: false, mapping: { Name: 'last_name' as const } };
    expect(wizardReducer(checking, { type: 'back' })).toMatchObject({ step: 'mapping', mapping: { Name: 'last_name' } });
  });
});
