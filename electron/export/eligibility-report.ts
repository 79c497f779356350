import { compareUnits, includedInReport } from '../../shared/dif';
import { evaluateEligibility } from '../../shared/eligibility';
import { mergeCatalog } from '../../shared/catalog';
import { getRuleSet } from '../../shared/rule-sets';
import { displayName } from '../../shared/views/person-facts';
import { monthKeys, NO_UNIT } from '../../shared/views/dashboard';
import { minIso } from '../../shared/dates';
import type { EligibilityResult, PathwayResult, Person, RuleSet } from '../../shared/types';
import { CCS_STATUS_WORDS, DIPLOMA_CONDITION, diplomaWords } from '../../shared/eligibility/status-words';
import { aboutTable } from './about-sheet';
import { filterLines, filterSummary, type ReportBuild, type ReportContext } from './report-context';
import type { Row, Table } from './table';
import { date, decimal, id, integer, text, yesNo } from './table';

export const ELIGIBILITY_SHEETS = {
  summary: 'Summary by unit',
  people: 'Eligibility',
  upcoming: 'Next 12 months',
} as const;

export const UPCOMING_MONTHS = 12;

interface Evaluated {
  readonly person: Person;
  readonly name: string;
  readonly unit: string;
  readonly result: EligibilityResult;
  /** The date this person becomes eligible (or, under a diploma rule set, meets the recommended preparation) after the as-of date. */
  readonly upcoming: { readonly on: string; readonly pathway: PathwayResult } | null;
}

/** The CCS eligibility workbook: one row per person, a summary by unit, and who qualifies month by month. */
export function buildEligibilityReport(ctx: ReportContext): ReportBuild {
  const ruleSet = getRuleSet(ctx.ruleSet);
  const catalog = mergeCatalog(ctx.roster.customCredentials);
  const months = monthKeys(ctx.asOf, UPCOMING_MONTHS);
  const lastMonth = months[months.length - 1] ?? '';
  const assumeDiploma = ctx.roster.settings.diplomaConditionOfEmployment === true;
  const people: Evaluated[] = ctx.roster.people
    .filter((p) => includedInReport(p, ctx))
    .map((person) => {
      const result = evaluateEligibility(person, { asOf: ctx.asOf, ruleSet, catalog, diplomaConditionOfEmployment: assumeDiploma });
      const upcoming = upcomingOf(result, ruleSet, ctx.asOf, lastMonth);
      return { person, name: displayName(person), unit: person.unit?.trim() || NO_UNIT, result, upcoming };
    })
    .sort((a, b) => compareUnits(a.unit, b.unit) || a.name.localeCompare(b.name, 'en') || compareText(a.person.employeeId, b.person.employeeId));
  const diploma = ruleSet.requirement === 'diploma';
  const title = 'CCS exam eligibility report';
  const about = aboutTable(ctx, {
    title,
    purpose:
      'Who may sit the AHIMA Certified Coding Specialist (CCS) exam on the as-of date, by which pathway and since when, ' +
      'when the others will qualify if their current coding work continues, and what is missing.',
    rules: [
      ['Rule set', `${ruleSet.title} (${ruleSet.id}, version ${ruleSet.version})`],
      ['Rule set text', ruleSet.description],
      ['Sources', ruleSet.sources.map((s) => `${s.title} <${s.url}> (retrieved ${s.retrieved})`).join('; ')],
      [
        'Statuses',
        diploma
          ? 'Certified: holds an active CCS. Eligible: high school diploma (or equivalent) on record' +
            (assumeDiploma ? `, or assumed for current staff because ${DIPLOMA_CONDITION} (the roster's setting)` : '') +
            '. Diploma not recorded: no diploma on record, so eligibility cannot be told. ' +
            'The pathways are recommended preparation: the date it is met is reported as a preparation date, never as an eligibility date.'
          : 'Certified: holds an active CCS. Eligible: meets at least one pathway on the as-of date. Not yet: meets none yet ' +
            '(with the date one will be met if current coding work continues, when there is one).',
      ],
      [
        'Experience',
        'Only periods spent directly applying codes count; overlapping periods are merged; N years are met when the distinct days ' +
          'of experience reach the number of days in the N calendar years before the date.',
      ],
    ],
    filters: filterLines(ctx),
    sheets: [
      [ELIGIBILITY_SHEETS.summary, 'Per unit: people, certified, eligible, not yet, and how many qualify in the next 12 months; the last line is the total.'],
      [ELIGIBILITY_SHEETS.people, 'One row per person: status, pathways met and when, the date they qualify, and what is missing.'],
      [
        ELIGIBILITY_SHEETS.upcoming,
        diploma
          ? `People who will meet the recommended preparation in ${months[0]} to ${lastMonth}, after the as-of date.`
          : `People not yet eligible who will qualify in ${months[0]} to ${lastMonth}, after the as-of date, if their current coding work continues.`,
      ],
    ],
  });
  return {
    title,
    subject: `CCS exam eligibility as of ${ctx.asOf} (${ruleSet.id})`,
    basis: `CCS rule set ${ruleSet.id} (version ${ruleSet.version}); ${filterSummary(ctx)}`,
    tables: [about, summaryTable(people, diploma), peopleTable(people, ruleSet), upcomingTable(people, diploma)],
    primary: ELIGIBILITY_SHEETS.people,
    rows: people.length,
  };
}

/**
 * The qualifying date after the as-of date and no later than the last forecast month, counted the
 * same way as the dashboard's forecast: people not yet eligible whose eligibility date lies ahead.
 */
function upcomingOf(result: EligibilityResult, ruleSet: RuleSet, asOf: string, lastMonth: string): Evaluated['upcoming'] {
  if (result.status === 'certified') return null;
  if (ruleSet.requirement === 'pathway' && result.status !== 'not-yet') return null;
  if (ruleSet.requirement === 'diploma' && result.pathways.some((p) => p.state === 'met')) return null;
  const on = ruleSet.requirement === 'diploma' ? result.preparedOn : result.eligibleOn;
  if (on === null || on <= asOf || on.slice(0, 7) > lastMonth) return null;
  const pathway = result.pathways.find((p) => p.metOn === on);
  return pathway ? { on, pathway } : null;
}


function peopleTable(people: readonly Evaluated[], ruleSet: RuleSet): Table {
  const diploma = ruleSet.requirement === 'diploma';
  return {
    name: ELIGIBILITY_SHEETS.people,
    columns: [
      id('Employee ID'),
      text('Name'),
      text('Unit'),
      text('Job title'),
      text('Status'),
      ...(diploma ? [text('Diploma on record'), text('Recommended preparation met'), date('Prepared on')] : []),
      text(diploma ? 'Preparation met (date)' : 'Pathways met (date)'),
      date('First met on'),
      date(diploma ? 'Will meet preparation on' : 'Will qualify on'),
      text('Next pathway'),
      text('What is missing'),
      decimal('Coding experience (years)'),
      text('Summary'),
    ],
    rows: people.map(({ person, name, unit, result }): Row => {
      const met = result.pathways.filter((p) => p.state === 'met');
      const ahead = result.pathways.filter((p) => p.state === 'will-meet');
      // A date ahead only matters to someone who has neither the credential nor a pathway yet.
      const waiting = result.status !== 'certified' && met.length === 0;
      const next = waiting ? (ahead.find((p) => p.metOn === minIso(ahead.map((a) => a.metOn))) ?? null) : null;
      return [
        person.employeeId,
        name,
        unit,
        person.jobTitle ?? null,
        CCS_STATUS_WORDS[result.status],
        ...(diploma ? [diplomaWords(result), yesNo(met.length > 0), result.preparedOn] : []),
        met.map((p) => `${p.label} (${p.metOn ?? ''})`).join('; ') || null,
        minIso(met.map((p) => p.metOn)),
        next?.metOn ?? null,
        next?.label ?? null,
        missingText(result),
        Math.round((result.experienceDays / 365.25) * 10) / 10,
        result.summary,
      ];
    }),
  };
}

/** Nothing once a pathway is met; otherwise, per pathway, when it will be met or what it lacks. */
function missingText(result: EligibilityResult): string | null {
  const parts: string[] = [];
  if (result.status === 'diploma-not-recorded') parts.push('High school diploma (or equivalent) not on record');
  if (result.status !== 'certified' && !result.pathways.some((p) => p.state === 'met')) {
    // With a date ahead, the wait is what is missing; otherwise each pathway's gaps.
    const ahead = result.pathways.filter((p) => p.state === 'will-meet');
    if (ahead.length > 0) {
      for (const p of ahead) parts.push(`${p.label}: met on ${p.metOn ?? '?'} if current coding work continues`);
    } else {
      // Any one pathway would do, so each pathway's gaps are listed as alternatives.
      const gaps = result.pathways.map((p) => p.missing.join(' and ') || p.detail);
      parts.push(`One of: ${gaps.join('; or ')}`);
    }
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

function summaryTable(people: readonly Evaluated[], diploma: boolean): Table {
  const units = new Map<string, Evaluated[]>();
  for (const p of people) {
    const list = units.get(p.unit);
    if (list) list.push(p);
    else units.set(p.unit, [p]);
  }
  const line = (unit: string, list: readonly Evaluated[]): Row => [
    unit,
    list.length,
    list.filter((p) => p.result.status === 'certified').length,
    list.filter((p) => p.result.status === 'eligible').length,
    list.filter((p) => p.result.status === (diploma ? 'diploma-not-recorded' : 'not-yet')).length,
    list.filter((p) => p.upcoming !== null).length,
  ];
  return {
    name: ELIGIBILITY_SHEETS.summary,
    columns: [
      text('Unit'),
      integer('People'),
      integer('Certified'),
      integer('Eligible'),
      integer(diploma ? 'Diploma not recorded' : 'Not yet'),
      integer(diploma ? `Prepared in the next ${UPCOMING_MONTHS} months` : `Qualify in the next ${UPCOMING_MONTHS} months`),
    ],
    rows: [...[...units.entries()].sort(([a], [b]) => compareUnits(a, b)).map(([u, list]) => line(u, list)), line('Total', people)],
    totalRow: true,
  };
}

function upcomingTable(people: readonly Evaluated[], diploma: boolean): Table {
  const ahead = people
    .filter((p): p is Evaluated & { upcoming: NonNullable<Evaluated['upcoming']> } => p.upcoming !== null)
    .sort((a, b) => compareText(a.upcoming.on, b.upcoming.on) || a.name.localeCompare(b.name, 'en'));
  return {
    name: ELIGIBILITY_SHEETS.upcoming,
    columns: [
      text('Month'),
      text('Name'),
      id('Employee ID'),
      text('Unit'),
      date(diploma ? 'Meets preparation on' : 'Eligible on'),
      text('Pathway'),
    ],
    rows: ahead.map((p): Row => [p.upcoming.on.slice(0, 7), p.name, p.person.employeeId, p.unit, p.upcoming.on, p.upcoming.pathway.label]),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
