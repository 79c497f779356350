/** Option parsing shared by the commands, on node:util parseArgs, with errors in plain words. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { IsoDate, RuleSetId } from '../../shared/types';
import { RULE_SET_IDS } from '../../shared/types';
import { isIsoDate } from '../../shared/dates';
import { UsageError } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

export const DATA_OPTION = { data: { type: 'string' } } as const satisfies Options;
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

/** parseArgs in strict mode; unknown options and missing values become a UsageError for `command`. */
export function parseCommand<O extends Options>(command: string, args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, command), command);
  }
}

function usageMessage(error: unknown, command: string): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)/.exec(text)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `The ${command} command has no option ${option ?? text}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option && /argument missing/.test(text)
        ? `The option ${option.split(' ')[0]} needs a value.`
        : `The option ${option ?? ''} does not take a value here: ${text}`;
    default:
      return text;
  }
}

export function parseAsOf(value: string | undefined, command: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) {
    throw new UsageError(`--as-of needs a real date written YYYY-MM-DD, like 2026-03-01 (got '${value}').`, command);
  }
  return value;
}

export function parseRules(value: string | undefined, command: string): RuleSetId | undefined {
  if (value === undefined) return undefined;
  const found = RULE_SET_IDS.find((id) => id === value);
  if (!found) throw new UsageError(`--rules must be ${RULE_SET_IDS.join(' or ')} (got '${value}').`, command);
  return found;
}
