/**
 * The import wizard's state and how each event moves it on: pick files → match columns → check
 * the rows → commit with progress → result with undo. Pure, so every step is tested in plain Node;
 * the wizard component only sends requests and dispatches what they answer.
 */
import type { ImportOptions, ImportPreview, ImportResult } from '../../../shared/types';
import type { IpcResult } from '../../../shared/ipc';
import type { ImportProgress } from '../../../shared/view-models';
import { importOptions, NO_VALUE_CHOICES, type Mapping, type ValueChoices } from './import-types';

export type WizardStep = 'pick' | 'mapping' | 'preview' | 'committing' | 'result';

export interface WizardState {
  readonly step: WizardStep;
  readonly files: readonly string[];
  /** The latest preview answered for the files and choices below. */
  readonly preview: ImportPreview | null;
  readonly mapping: Mapping;
  /** Undefined until the files are read: then it starts as the files' own date order. */
  readonly dayFirst: boolean | undefined;
  readonly skipInvalid: boolean;
  readonly choices: ValueChoices;
  /** A preview or an undo is on its way. */
  readonly busy: boolean;
  /** Counts previews asked for; an answer to an older one than the last is ignored. */
  readonly request: number;
  /** The step to show once the preview asked for answers well ('preview' from the column step). */
  readonly then: 'preview' | null;
  readonly error: string | null;
  readonly progress: ImportProgress | null;
  readonly result: ImportResult | null;
  /** What undoing the import did, in words; null until it is undone. */
  readonly undone: string | null;
}

export type WizardAction =
  /** Files chosen (or dropped): they are read with no choices made yet. */
  | { readonly type: 'files-chosen'; readonly files: readonly string[] }
  | { readonly type: 'mapping-changed'; readonly mapping: Mapping }
  /** A new preview is asked for with these choices changed; `then` is the step to show once it answers. */
  | {
      readonly type: 'preview-asked';
      readonly dayFirst?: boolean | undefined;
      readonly skipInvalid?: boolean;
      readonly choices?: ValueChoices;
      readonly then?: 'preview';
    }
  | { readonly type: 'preview-answered'; readonly request: number; readonly answer: IpcResult<ImportPreview> }
  | { readonly type: 'back' }
  | { readonly type: 'commit-started' }
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'commit-answered'; readonly answer: IpcResult<ImportResult> }
  | { readonly type: 'undo-started' }
  | { readonly type: 'undo-answered'; readonly answer: IpcResult<{ readonly restoredPeople: number }> };

/** The wizard as it opens: reading `files` already when some were dropped or opened with the app. */
export function initialWizardState(files: readonly string[]): WizardState {
  return {
    step: 'pick',
    files,
    preview: null,
    mapping: {},
    dayFirst: undefined,
    skipInvalid: false,
    choices: NO_VALUE_CHOICES,
    busy: files.length > 0,
    request: files.length > 0 ? 1 : 0,
    then: null,
    error: null,
    progress: null,
    result: null,
    undone: null,
  };
}

/** The options the next preview or the commit sends: the manager's choices only. */
export function wizardOptions(state: WizardState): ImportOptions {
  return importOptions(state.mapping, state.dayFirst, state.skipInvalid, state.choices);
}

/** Where a preview answer takes the wizard; the first one after reading files opens the column step. */
function previewAnswered(state: WizardState, answer: IpcResult<ImportPreview>): WizardState {
  const settled = { ...state, busy: false, then: null };
  if (!answer.ok) return { ...settled, error: answer.error };
  const firstRead = state.step === 'pick';
  return {
    ...settled,
    error: null,
    preview: answer.value,
    ...(firstRead ? { step: 'mapping' as const, dayFirst: answer.value.files.some((f) => f.dayFirst) } : {}),
    ...(state.then !== null ? { step: state.then } : {}),
  };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'files-chosen':
      return {
        ...initialWizardState(action.files),
        request: state.request + 1,
        busy: true,
      };
    case 'mapping-changed':
      return { ...state, mapping: action.mapping };
    case 'preview-asked':
      return {
        ...state,
        busy: true,
        request: state.request + 1,
        then: action.then ?? null,
        ...('dayFirst' in action ? { dayFirst: action.dayFirst } : {}),
        ...(action.skipInvalid !== undefined ? { skipInvalid: action.skipInvalid } : {}),
        ...(action.choices !== undefined ? { choices: action.choices } : {}),
      };
    case 'preview-answered':
      return action.request === state.request ? previewAnswered(state, action.answer) : state;
    case 'back':
      // Back to choosing files: an answer still on its way for the old ones is ignored.
      if (state.step === 'mapping') return { ...state, step: 'pick', busy: false, error: null, request: state.request + 1 };
      if (state.step === 'preview') return { ...state, step: 'mapping', error: null };
      return state;
    case 'commit-started':
      return { ...state, step: 'committing', progress: null, error: null };
    case 'progress':
      return { ...state, progress: action.progress };
    case 'commit-answered':
      return action.answer.ok
        ? { ...state, step: 'result', result: action.answer.value }
        : { ...state, step: 'preview', error: action.answer.error };
    case 'undo-started':
      return { ...state, busy: true };
    case 'undo-answered':
      return action.answer.ok
        ? { ...state, busy: false, error: null, undone: undoneWords(action.answer.value.restoredPeople) }
        : { ...state, busy: false, error: action.answer.error };
  }
}

/** What the result step says once the import is taken back. */
export function undoneWords(restoredPeople: number): string {
  return `Import undone. The roster is back to ${restoredPeople.toLocaleString('en-US')} people.`;
}
