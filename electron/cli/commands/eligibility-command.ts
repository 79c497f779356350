/** `credential-roster eligibility`: the CCS exam status of everyone on the roster. */
import { todayIso } from '../../../shared/dates';
import { getRuleSet } from '../../../shared/rule-sets';
import { EXIT_OK, UsageError, type CliIo } from '../cli-io';
import { DATA_OPTION, parseAsOf, parseCommand, parseRules } from '../parse';
import { openRoster } from '../open-roster';
import { buildEligibilityListing, eligibilityRows } from '../eligibility-listing';
import { formatTable } from '../format-table';

const OPTIONS = { ...DATA_OPTION, 'as-of': { type: 'string' }, rules: { type: 'string' }, json: { type: 'boolean' } } as const;

export async function runEligibility(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('eligibility', args, OPTIONS);
  if (positionals.length > 0) {
    throw new UsageError(`The eligibility command takes no file or word "${positionals[0]}".`, 'eligibility');
  }
  const asOf = parseAsOf(values['as-of'], 'eligibility') ?? todayIso(io.now());
  const chosenRules = parseRules(values.rules, 'eligibility');
  const data = openRoster(values.data, io).read();
  const rules = chosenRules ?? data.settings.ruleSet;
  const listing = buildEligibilityListing(data, asOf, rules);
  if (values.json === true) {
    io.stdout(`${JSON.stringify(listing, null, 2)}\n`);
    return EXIT_OK;
  }
  const ruleSet = getRuleSet(rules);
  io.stdout(`CCS exam eligibility as of ${asOf}, rules: ${ruleSet.title} (${ruleSet.id} ${ruleSet.version})\n\n`);
  if (listing.people.length === 0) {
    io.stdout('No one is on the roster yet.\n');
    return EXIT_OK;
  }
  const diploma = ruleSet.requirement === 'diploma';
  const headers = ['Name', 'Employee ID', 'Status', 'Eligible on', ...(diploma ? ['Diploma', 'Prepared on'] : []), 'Pathways met'];
  io.stdout(formatTable(headers, eligibilityRows(listing)));
  const count = (s: string) => listing.people.filter((p) => p.status === s).length;
  const last = diploma ? `${count('diploma-not-recorded')} diploma not recorded` : `${count('not-yet')} not yet`;
  io.stdout(`\n${listing.people.length} people: ${count('certified')} certified, ${count('eligible')} eligible, ${last}.\n`);
  for (const p of listing.people) for (const note of p.inactiveNotes) io.stdout(`${p.name}: ${note}.\n`);
  const assumed = listing.people.filter((p) => p.diplomaAssumed).length;
  if (assumed > 0) io.stdout(`Diploma assumed for ${assumed} current staff: the roster's settings say a diploma is a condition of employment for coding positions.\n`);
  return EXIT_OK;
}
