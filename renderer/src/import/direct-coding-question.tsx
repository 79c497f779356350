import { useId } from 'react';
import type { ImportFileSummary } from '../../../shared/types';
import { formatCount } from '../lib/format';
import { baseName } from './import-types';

interface DirectCodingQuestionProps {
  readonly files: readonly ImportFileSummary[];
  /** What the periods are recorded as: direct coding (the default) or not. */
  readonly directCoding: boolean;
  readonly onChange: (directCoding: boolean) => void;
  readonly disabled?: boolean;
}

/**
 * Asked when a file has coding experience periods but no column saying whether the work was
 * direct coding: left unsaid, none of them would count toward CCS eligibility.
 */
export function DirectCodingQuestion({ files, directCoding, onChange, disabled = false }: DirectCodingQuestionProps) {
  const name = useId();
  const asked = files.filter((f) => f.periodsWithoutDirectCoding > 0);
  if (asked.length === 0) return null;
  const periods = asked.reduce((n, f) => n + f.periodsWithoutDirectCoding, 0);
  return (
    <fieldset className="checks direct-coding-question" data-testid="direct-coding-question">
      <legend>
        Were these {formatCount(periods)} coding experience period{periods === 1 ? '' : 's'} direct coding?
      </legend>
      <p className="muted small-text">
        {asked.map((f) => baseName(f.file)).join(', ')} {asked.length === 1 ? 'has' : 'have'} no column saying whether the
        work was directly applying codes. Only direct coding counts toward CCS eligibility.
      </p>
      <label className="check">
        <input type="radio" name={name} checked={directCoding} disabled={disabled} onChange={() => onChange(true)} />
        <span>Yes, these periods are direct coding (they count toward CCS eligibility)</span>
      </label>
      <label className="check">
        <input type="radio" name={name} checked={!directCoding} disabled={disabled} onChange={() => onChange(false)} />
        <span>No, record them as not direct coding</span>
      </label>
    </fieldset>
  );
}
