import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rosterDataSchema } from '../../electron/store/schema';
import { generateRoster } from '../bench/generate-roster';
import { HR_LONG_HEADERS } from '../bench/hr-csv';
import { measuresFor, formatTable } from '../bench/report';
import type { StepOutcome } from '../bench/report';
import type { StepName } from '../bench/steps';
import { hasSoffice, runStep, STEP_NAMES } from '../bench/steps';
import { prepareWorkspace } from '../bench/workspace';

// Keeps `npm run bench` working: the generator and every step on 200 people, in-process, no timing assertions.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('bench generator', () => {
  it('is seeded: the same seed gives the same roster, another seed a different one', () => {
    expect(generateRoster(50, { seed: 7 })).toEqual(generateRoster(50, { seed: 7 }));
    expect(generateRoster(50, { seed: 8 })).not.toEqual(generateRoster(50, { seed: 7 }));
  });

  it('makes rosters the store accepts, with 1-4 credentials and 1-3 periods each', () => {
    const roster = generateRoster(500);
    expect(rosterDataSchema.safeParse(roster).success).toBe(true);
    expect(new Set(roster.people.map((p) => p.employeeId)).size).toBe(500);
    for (const p of roster.people) {
      expect(p.credentials.length).toBeGreaterThanOrEqual(1);
      expect(p.credentials.length).toBeLessThanOrEqual(4);
      expect(p.experience.length).toBeGreaterThanOrEqual(1);
      expect(p.experience.length).toBeLessThanOrEqual(3);
      for (const c of p.credentials) if (c.expiresOn && c.earnedOn) expect(c.expiresOn > c.earnedOn).toBe(true);
    }
    expect(roster.people.some((p) => p.education.length > 0)).toBe(true);
    expect(roster.people.some((p) => p.employmentStatus === 'terminated')).toBe(true);
  });
});

describe('bench steps on 200 people', () => {
  const workspace = prepareWorkspace(200, path.join(root, '200'));
  const outcomes = new Map<StepName, StepOutcome>();
  const soffice = hasSoffice();

  it('writes the HR long export with one row per person-credential', () => {
    const text = fs.readFileSync(workspace.csvFile, 'utf8');
    expect(text.startsWith(`\uFEFF${HR_LONG_HEADERS.join(',')}\r\n`)).toBe(true);
    const credentialRows = generateRoster(200).people.reduce((n, p) => n + Math.max(1, p.credentials.length), 0);
    expect(workspace.csvRows).toBe(credentialRows);
  });

  for (const step of STEP_NAMES) {
    it.skipIf(step === 'soffice-baseline' && !soffice)(`runs ${step}`, { timeout: 120_000 }, async () => {
      const result = await runStep(step, workspace);
      expect(result.step).toBe(step);
      expect(result.ms).toBeGreaterThanOrEqual(0);
      if (step === 'csv-import' || step === 'main-thread-stall' || step === 'store-load' || step === 'open-and-view' || step === 'eligibility' || step === 'roster-view') {
        expect(result.rows).toBe(200);
      }
      if (step === 'csv-reimport') expect(result.rows).toBe(workspace.weeklyChanged);
      outcomes.set(step, { ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 });
    });
  }

  it('reports every measure with its baseline ratio', () => {
    const measures = measuresFor(200, outcomes);
    const ids = measures.map((m) => m.id);
    expect(ids).toEqual([
      'csv-import', 'csv-reimport', 'store-load', 'open-and-view', 'edit-commit', 'eligibility', 'roster-view', 'roster-export', 'dif-export', 'main-thread', 'host-start',
      ...(soffice ? ['import-to-report'] : []),
    ]);
    for (const m of measures) expect(m.error).toBeNull();
    expect(measures.find((m) => m.id === 'csv-import')!.ratio).toBeGreaterThan(0);
    expect(formatTable(measures)).toContain('CSV import');
  });
});
