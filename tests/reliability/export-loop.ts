/**
 * Child process for the killed-export test: writes the roster report to <file> in a loop until it
 * is killed, saying `writing <n>` (synchronously, stdout is a pipe) before each write.
 * Run: node --import tsx tests/reliability/export-loop.ts <file> <people>
 */
import { writeReport } from '../../electron/export/index';
import { person, rosterWith } from '../fixtures/store/roster-builders';

const [file, peopleArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: export-loop <file> <people>\n');
  process.exit(2);
}
const people = Array.from({ length: Number(peopleArg ?? 2000) }, (_, i) =>
  person(String(i).padStart(6, '0'), { credentials: [{ id: `c${i}`, code: 'CCS', earnedOn: '2020-01-01', expiresOn: '2027-12-31' }] }),
);
const roster = rosterWith(...people);

for (let n = 1; ; n += 1) {
  process.stdout.write(`writing ${n}\n`);
  await writeReport('roster', file, { roster, asOf: '2026-03-31', ruleSet: 'ccs-required', appVersion: '0.0.0-test', producedAt: new Date('2026-03-31T12:00:00Z') });
}
