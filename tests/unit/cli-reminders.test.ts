import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import type { Person } from '../../shared/types';
import { runCli, tempDataDir } from '../fixtures/cli/run-cli';

const T = 180_000;

function seededRoster(): string {
  const dir = tempDataDir();
  const { store } = RosterStore.open({ dataDir: dir });
  // Everyone's CEUs are complete, so each credential's own date is the reminder under test.
  const review = (date: string) => ({ date, title: 'Coding self-review', hours: 5, provider: 'AHIMA', selfReview: true, hiimDomain: true });
  const people: Person[] = [
    // Expires 2026-03-20: 19 days after 2026-03-01, the 30-day threshold.
    { employeeId: '00123', firstName: 'Ann', lastName: 'Lee', employmentStatus: 'active', credentials: [{ id: 'c1', code: 'CPC', earnedOn: '2020-03-21', expiresOn: '2026-03-20', ceusEarned: 36 }], experience: [], education: [] },
    // RHIT cycle ends 2026-03-04: 3 days away; acknowledged below.
    { employeeId: '00456', firstName: 'Bo', lastName: 'Kim', employmentStatus: 'active', credentials: [{ id: 'c2', code: 'RHIT', earnedOn: '2024-03-05', ceuEntries: [{ date: '2024-06-01', title: 'Coding Clinic', hours: 20, provider: 'AHIMA', hiimDomain: true }] }], experience: [], education: [] },
    { employeeId: '00789', firstName: 'Cy', lastName: 'Diaz', employmentStatus: 'active', credentials: [{ id: 'c3', code: 'CCS', earnedOn: '2025-01-01', ceuEntries: [review('2025-02-01'), review('2026-01-15'), { date: '2025-05-01', title: 'Coding Clinic', hours: 10, provider: 'AHIMA', hiimDomain: true }] }], experience: [], education: [] },
  ];
  store.write({ ...store.read(), people, acknowledgements: [{ itemKey: '00456|c2|2026-03-04|7', at: '2026-02-28T08:00:00+00:00' }] });
  return dir;
}

describe('credential-roster reminders', () => {
  it('--json prints the digest for the as-of date, leaving out acknowledged items', () => {
    const run = runCli(['reminders', '--data', seededRoster(), '--as-of', '2026-03-01', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['asOf', 'items', 'acknowledged', 'title', 'body']);
    expect(out.asOf).toBe('2026-03-01');
    expect(out.acknowledged).toBe(1);
    expect(out.items).toEqual([
      expect.objectContaining({ key: '00123|c1|2026-03-20|30', kind: 'expiring', personName: 'Ann Lee', subject: 'CPC', daysLeft: 19, severity: 'soon' }),
    ]);
  }, T);

  it('prints a table and a count, and on an earlier date shows the item acknowledged later', () => {
    const dir = seededRoster();
    const run = runCli(['reminders', '--data', dir, '--as-of', '2026-03-01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Reminders as of 2026-03-01');
    expect(run.stdout).toMatch(/Ann Lee\s+00123\s+CPC\s+2026-03-20\s+19\s+soon/);
    expect(run.stdout).toContain('1 reminder. 1 acknowledged in the app and not listed.');
    // The acknowledgement was made on 2026-02-28: as of the day before, the same item is still listed.
    const before = JSON.parse(runCli(['reminders', '--data', dir, '--as-of', '2026-02-27', '--json']).stdout);
    expect(before.items.map((i: { key: string }) => i.key)).toContain('00456|c2|2026-03-04|7');
  }, T);

  it('refuses a bad date and extra words with the usage status', () => {
    const dir = seededRoster();
    const bad = runCli(['reminders', '--data', dir, '--as-of', '2026-02-30']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--as-of needs a real date written YYYY-MM-DD, like 2026-03-01 (got '2026-02-30').");
    const extra = runCli(['reminders', 'now', '--data', dir]);
    expect(extra.status).toBe(2);
    expect(extra.stderr).toContain('The reminders command takes no file or word "now".');
    const help = runCli(['reminders', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: credential-roster reminders');
  }, T);
});
