import { InlineField } from '../common/field';
import type { ExportKind } from '../../../shared/schemas';
import type { IsoDate, RuleSetId } from '../../../shared/types';
import { RULE_SET_IDS } from '../../../shared/types';
import { isIsoDate, todayIso } from '../../../shared/dates';
import { useApp, type Screen } from './app-context';
import { ruleSetDescription, ruleSetName } from '../lib/rule-set-names';

interface ToolbarProps {
  readonly screen: Screen;
  readonly asOf: IsoDate;
  readonly onAsOfChange: (asOf: IsoDate) => void;
  readonly ruleSet: RuleSetId;
  readonly onRuleSetChange: (ruleSet: RuleSetId) => void;
}

const TABS: readonly { readonly name: 'roster' | 'dashboard' | 'settings'; readonly label: string }[] = [
  { name: 'roster', label: 'Roster' },
  { name: 'dashboard', label: 'Dashboard' },
  { name: 'settings', label: 'Settings' },
];

export const EXPORT_LABELS: Readonly<Record<ExportKind, string>> = {
  dif: 'Magnet DIF certifications',
  eligibility: 'CCS eligibility',
  roster: 'Roster',
  expiring: 'Expiring credentials',
  'change-log': 'Change log',
};

/** Navigation, the as-of date and rule set every view depends on, and the main actions. */
export function Toolbar({ screen, asOf, onAsOfChange, ruleSet, onRuleSetChange }: ToolbarProps) {
  const { navigate, openImport, openExport, openNewPerson } = useApp();
  return (
    <header className="toolbar">
      <nav aria-label="Screens" className="tabs">
        {TABS.map((tab) => (
          <button
            key={tab.name}
            type="button"
            className="tab"
            aria-current={screen.name === tab.name ? 'page' : undefined}
            onClick={() => navigate({ name: tab.name })}
          >
            {tab.label}
          </button>
        ))}
      </nav>
      <div className="toolbar-group" role="group" aria-label="View settings">
        <InlineField label="As of">
          <input
            type="date"
            value={asOf}
            required
            onChange={(e) => {
              if (isIsoDate(e.target.value)) onAsOfChange(e.target.value);
            }}
          />
        </InlineField>
        <button type="button" className="small" onClick={() => onAsOfChange(todayIso())} disabled={asOf === todayIso()}>
          Today
        </button>
        <InlineField label="Rule set">
          <select
            value={ruleSet}
            title={ruleSetDescription(ruleSet)}
            aria-describedby="rule-set-description"
            onChange={(e) => onRuleSetChange(e.target.value as RuleSetId)}
          >
            {RULE_SET_IDS.map((id) => (
              <option key={id} value={id}>
                {ruleSetName(id)}
              </option>
            ))}
          </select>
        </InlineField>
        <span id="rule-set-description" className="visually-hidden">
          {ruleSetDescription(ruleSet)}
        </span>
      </div>
      <div className="toolbar-group toolbar-actions">
        <button type="button" onClick={openNewPerson}>
          New person
        </button>
        <button type="button" onClick={() => openImport()}>
          Import…
        </button>
        <InlineField label="Export a report" hiddenLabel>
          <select
            value=""
            onChange={(e) => {
              const kind = e.target.value as ExportKind | '';
              if (kind) openExport(kind);
            }}
          >
            <option value="">Export…</option>
            {(Object.keys(EXPORT_LABELS) as ExportKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {EXPORT_LABELS[kind]}
              </option>
            ))}
          </select>
        </InlineField>
      </div>
    </header>
  );
}
