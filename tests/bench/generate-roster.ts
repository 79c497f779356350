import type {
  Credential,
  Education,
  EducationComponent,
  EmploymentStatus,
  ExperiencePeriod,
  IsoDate,
  Person,
  RosterData,
} from '../../shared/types';
import { EDUCATION_COMPONENTS } from '../../shared/types';
import { BUILT_IN_CATALOG } from '../../shared/catalog';
import type { Random } from './random';
import { seededRandom } from './random';
import { EMPLOYERS, FIRST_NAMES, JOB_TITLES, LAST_NAMES, UNITS } from './names';

/** The as-of date every benchmark step uses, so runs on different days compare. */
export const BENCH_AS_OF: IsoDate = '2026-06-30';
export const DEFAULT_SEED = 20_260_630;

/** How often each credential turns up among HIM coding staff (rough shares, for realism only). */
const CODE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['CCS', 24], ['CPC', 20], ['RHIT', 12], ['CCA', 9], ['RHIA', 6], ['COC', 6], ['CIC', 5], ['CRC', 5],
  ['CCS-P', 4], ['CDIP', 3], ['CCDS', 3], ['CPC-A', 2], ['CPMA', 1],
];
const ISSUERS: ReadonlyMap<string, string> = new Map(BUILT_IN_CATALOG.map((c) => [c.code, c.body]));
const STATUS_WEIGHTS: readonly (readonly [EmploymentStatus, number])[] = [['active', 85], ['leave', 5], ['terminated', 10]];
const FTE_WEIGHTS: readonly (readonly [number | undefined, number])[] = [
  [1, 70], [0.9, 8], [0.8, 8], [0.6, 5], [0.5, 6], [undefined, 3],
];

// Whole-day arithmetic on UTC midnights: fast enough to build 50,000 people in well under a second.
const DAY_MS = 86_400_000;
const dayOf = (iso: IsoDate): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);
const addYears = (iso: IsoDate, years: number): IsoDate => {
  const year = Number(iso.slice(0, 4)) + years;
  const monthDay = iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4);
  return `${year}${monthDay}`;
};

export interface GenerateOptions {
  readonly seed?: number;
  readonly asOf?: IsoDate;
}

/**
 * A realistic synthetic roster: plausible names, units and titles; 1-4 credential records each
 * (some lapsed, some renewed, a few without an expiry date), 1-3 experience periods (most direct
 * coding, the latest often ongoing) and, for some, a coding training program.
 */
export function generateRoster(size: number, options: GenerateOptions = {}): RosterData {
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const asOf = options.asOf ?? BENCH_AS_OF;
  const people: Person[] = [];
  for (let i = 0; i < size; i++) people.push(generatePerson(i, random, dayOf(asOf)));
  return {
    schemaVersion: 1,
    people,
    customCredentials: [],
    settings: {
      ruleSet: 'ccs-required',
      expiryWarningDays: 90,
      organisationName: 'Lakeside Regional Medical Center',
      difAccepted: BUILT_IN_CATALOG.filter((c) => c.difAccepted).map((c) => c.code),
      importMappings: {},
    },
    imports: [],
  };
}

/** Six digits with leading zeros; multiplying by a number prime to 10^6 keeps them distinct but unordered. */
export function employeeIdFor(index: number): string {
  return String((index * 7_919 + 1_013) % 1_000_000).padStart(6, '0');
}

function generatePerson(index: number, random: Random, asOfDay: number): Person {
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const employeeId = employeeIdFor(index);
  const hireDay = asOfDay - random.int(30, 365 * 20);
  const fte = random.weighted(FTE_WEIGHTS);
  const unit = random.chance(0.02) ? undefined : random.pick(UNITS);
  const local = `${firstName}.${lastName}`.normalize('NFKD').replace(/[^A-Za-z.]/g, '').toLowerCase();
  return {
    employeeId,
    firstName,
    lastName,
    ...(unit === undefined ? {} : { unit }),
    jobTitle: random.pick(JOB_TITLES),
    employmentStatus: random.weighted(STATUS_WEIGHTS),
    hireDate: isoOf(hireDay),
    ...(fte === undefined ? {} : { fte }),
    email: `${local}${employeeId}@lakeside.example.org`,
    isRn: random.chance(0.05),
    hsDiploma: random.chance(0.92),
    credentials: generateCredentials(employeeId, random, asOfDay),
    experience: generateExperience(employeeId, random, asOfDay),
    education: random.chance(0.35) ? [generateEducation(employeeId, random, asOfDay)] : [],
  };
}

function generateCredentials(employeeId: string, random: Random, asOfDay: number): Credential[] {
  const count = random.weighted([[1, 45], [2, 30], [3, 17], [4, 8]] as const);
  const credentials: Credential[] = [];
  const held = new Set<string>();
  while (credentials.length < count) {
    const code = random.weighted(CODE_WEIGHTS);
    if (held.has(code)) continue;
    held.add(code);
    const earnedOn = isoOf(asOfDay - random.int(20, 365 * 18));
    const issuer = ISSUERS.get(code);
    const base = (n: number, earned: IsoDate, expires: IsoDate | undefined): Credential => ({
      id: `${employeeId}-c${n}`,
      code,
      number: `${issuer === 'AAPC' ? 'AA' : issuer === 'ACDIS' ? 'AC' : 'AH'}-${random.int(10_000, 99_999)}`,
      ...(issuer ? { issuer } : {}),
      earnedOn: earned,
      ...(expires === undefined ? {} : { expiresOn: expires }),
    });
    const cycleEnd = currentCycleEnd(earnedOn, asOfDay);
    // Lapsed and renewed records need at least one finished cycle; a newer credential is simply current.
    const finishedCycles = Math.floor((asOfDay - dayOf(earnedOn)) / 731);
    const wanted = random.weighted([['current', 68], ['lapsed', 15], ['no-expiry', 7], ['renewed', 10]] as const);
    const kind = finishedCycles < 1 && (wanted === 'lapsed' || wanted === 'renewed') ? 'current' : wanted;
    if (kind === 'current') credentials.push(base(credentials.length + 1, earnedOn, cycleEnd));
    else if (kind === 'no-expiry') credentials.push(base(credentials.length + 1, earnedOn, undefined));
    else if (kind === 'lapsed') {
      const lapsedOn = addYears(earnedOn, 2 * random.int(1, Math.min(finishedCycles, 3)));
      credentials.push(base(credentials.length + 1, earnedOn, lapsedOn));
    } else {
      // A renewal entered as a second record: the old cycle ended, the new one runs on.
      const oldEnd = addYears(cycleEnd, -2);
      credentials.push(base(credentials.length + 1, earnedOn, oldEnd));
      if (credentials.length < count) credentials.push(base(credentials.length + 1, oldEnd, cycleEnd));
    }
  }
  return credentials;
}

/** The end of the 2-year cycle that contains the as-of date, for a credential earned on `earnedOn`. */
function currentCycleEnd(earnedOn: IsoDate, asOfDay: number): IsoDate {
  let end = addYears(earnedOn, 2);
  while (dayOf(end) < asOfDay) end = addYears(end, 2);
  return end;
}

function generateExperience(employeeId: string, random: Random, asOfDay: number): ExperiencePeriod[] {
  const count = random.weighted([[1, 55], [2, 30], [3, 15]] as const);
  const periods: ExperiencePeriod[] = [];
  // Walk back from today: the latest job first, each earlier one ending before the next begins.
  let cursor = asOfDay;
  for (let n = 0; n < count; n++) {
    const ongoing = n === 0 && random.chance(0.65);
    const end = ongoing ? null : cursor - random.int(0, 400);
    const start = (end ?? cursor) - random.int(60, 365 * 6);
    periods.push({
      id: `${employeeId}-x${n + 1}`,
      employer: random.pick(EMPLOYERS),
      start: isoOf(start),
      ...(end === null ? {} : { end: isoOf(end) }),
      directCoding: random.chance(0.82),
    });
    cursor = start - random.int(1, 200);
  }
  return periods.reverse();
}

function generateEducation(employeeId: string, random: Random, asOfDay: number): Education {
  // Most programs cover everything; some leave out a subject or two.
  const components: EducationComponent[] = EDUCATION_COMPONENTS.filter(() => random.chance(0.93));
  return {
    id: `${employeeId}-e1`,
    program: random.pick(['Medical Coding Certificate', 'HIT Associate Degree', 'Coding Specialist Program', 'HIM Bachelor']),
    completedOn: isoOf(asOfDay - random.int(100, 365 * 15)),
    components,
    cahiimAccredited: random.chance(0.5),
  };
}
