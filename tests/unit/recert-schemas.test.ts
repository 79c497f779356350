import { describe, expect, it } from 'vitest';
import {
  acknowledgementSchema,
  credentialRecertFieldsSchema,
  examApplicationSchema,
  personRecertFieldsSchema,
  reminderSettingsSchema,
} from '../../shared/recert/schemas';

const firstIssue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
  const issue = result.error?.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : null;
};

describe('recertification schemas', () => {
  it('accepts well-formed credential fields and names the bad field otherwise', () => {
    const ok = { cycleStart: '2025-01-01', cycleEnd: '2026-12-31', ceuEntries: [{ date: '2025-02-01', title: 'Webinar', hours: 1.5, provider: 'AHIMA' }] };
    expect(credentialRecertFieldsSchema.safeParse(ok).success).toBe(true);
    expect(firstIssue(credentialRecertFieldsSchema.safeParse({ cycleStart: '2026-01-01', cycleEnd: '2025-12-31' }))).toBe(
      'cycleEnd: cycle start must not be after cycle end',
    );
    expect(firstIssue(credentialRecertFieldsSchema.safeParse({ ceuEntries: [{ date: '2025-02-30', title: 'x', hours: 1 }] }))).toBe(
      'ceuEntries.0.date: must be a date written YYYY-MM-DD',
    );
    expect(firstIssue(credentialRecertFieldsSchema.safeParse({ ceuEntries: [{ date: '2025-02-01', title: 'x', hours: 0 }] }))).toBe(
      'ceuEntries.0.hours: must be more than 0 hours',
    );
  });

  it('checks exam applications', () => {
    const app = { id: 'a', appliedOn: '2026-01-05', approvedOn: '2026-01-20', extensions: [{ grantedOn: '2026-05-01', newEnd: '2026-06-30' }], result: 'pass', scaledScore: 320 };
    expect(examApplicationSchema.safeParse(app).success).toBe(true);
    expect(firstIssue(examApplicationSchema.safeParse({ ...app, approvedOn: '2026-01-01' }))).toBe('approvedOn: approval date must not be before the application date');
    expect(examApplicationSchema.safeParse({ ...app, result: 'passed' }).success).toBe(false);
    expect(personRecertFieldsSchema.safeParse({ aapcMembershipRenewsOn: '2025-06-30', examApplications: [app] }).success).toBe(true);
  });

  it('checks acknowledgements and reminder settings', () => {
    expect(acknowledgementSchema.safeParse({ itemKey: 'E1|c1|2027-01-09|60', at: '2026-11-20T10:00:00Z', note: 'ok' }).success).toBe(true);
    expect(acknowledgementSchema.safeParse({ itemKey: '', at: '2026-11-20' }).success).toBe(false);
    expect(reminderSettingsSchema.safeParse({ leadDays: [90, 30], leadDaysByCode: { CPC: [45] } }).success).toBe(true);
    expect(reminderSettingsSchema.safeParse({ leadDays: [] }).success).toBe(false);
    expect(reminderSettingsSchema.safeParse({ leadDays: [-1] }).success).toBe(false);
  });
});
