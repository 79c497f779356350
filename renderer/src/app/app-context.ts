import { createContext, useContext } from 'react';
import type { ExportKind } from '../../../shared/schemas';
import type { IsoDate, RuleSetId } from '../../../shared/types';

export type Screen =
  | { readonly name: 'roster' }
  | { readonly name: 'dashboard' }
  /** `from`: the screen the back button returns to (the roster when absent). */
  | { readonly name: 'person'; readonly employeeId: string; readonly from?: 'roster' | 'dashboard' }
  | { readonly name: 'settings'; readonly section?: 'backups' };

export interface ConfirmOptions {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
}

/** What every screen may use: the view's as-of date and rule set, navigation and app-wide services. */
export interface AppServices {
  readonly asOf: IsoDate;
  readonly ruleSet: RuleSetId;
  readonly navigate: (screen: Screen) => void;
  /** A short status message for the live region. */
  readonly announce: (message: string) => void;
  readonly confirm: (options: ConfirmOptions) => Promise<boolean>;
  /** Marks a form as having unsaved edits; navigation asks before leaving. */
  readonly markDirty: (key: string, dirty: boolean) => void;
  /** True while any form has unsaved edits. */
  readonly hasUnsavedChanges: () => boolean;
  /**
   * Counts the times the last form with unsaved edits was saved or closed. A screen that holds
   * back newer data while a form is dirty is drawn again when it changes, and shows the data then.
   */
  readonly settledForms: number;
  readonly openImport: (files?: readonly string[]) => void;
  /** Opens the export dialog; with `employeeIds`, the report covers only those people. */
  readonly openExport: (kind: ExportKind, employeeIds?: readonly string[]) => void;
  readonly openNewPerson: () => void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp must be used inside <App>.');
  return services;
}
