import { BadUserInputError, ForbiddenError } from '../core/errors';
import type { ServiceContext } from '../core/record.service';
import type { DistrictService } from '../district/district.service';
import { assertMay } from '../core/viewer';
import { UnauthenticatedError } from '../core/errors';
import { Role } from '../user/role';
import { SATISFIED_LEVELS } from '../rating/satisfaction';
import { MatterRankingLevel } from './matter-enums';
import { DEFAULT_RANKING_WEIGHTS, MatterRankingPolicy } from './matter-ranking-policy.entity';
import {
  MatterFigures,
  MatterRanking,
  MatterRankingRow,
  MatterRankingWeights,
  SetMatterRankingWeightsInput,
} from './matter-ranking.types';
import { startOfShanghaiDay } from './working-days';
import { coreReasons } from '../core/core-reasons';
import { matterReasons } from './reasons';

interface Counts {
  received: number;
  respondedInTime: number;
  due: number;
  resolvedInTime: number;
  rated: number;
  satisfied: number;
  chargedWorkingDays: number;
}

const empty = (): Counts => ({
  received: 0,
  respondedInTime: 0,
  due: 0,
  resolvedInTime: 0,
  rated: 0,
  satisfied: 0,
  chargedWorkingDays: 0,
});

/**
 * One statement for a district's two months: per office or agency and month, matters received
 * (by first receiver) and answered in time, matters due (by owner) and resolved in time without a
 * standing rectification, ratings given (by owner) and satisfied, and working days charged (by
 * the unit that passed the matter on). $1 district, $2 previous month's start, $3 this month's
 * start, $4 its end. The district's matters are not materialised (NOT MATERIALIZED): each part
 * reads only its two months through its index (matter_subdistrict_received, _due, _rated,
 * matter_event_charged), not the district's whole history (BENCHMARKS.md, B6). The district's 街道
 * are given as an array (`= ANY (ARRAY(…))`), not joined: as a join, PostgreSQL scanned all the
 * city's matters of the two months in parallel workers (0.84 s and three processes for 静安区 on the
 * 2-million seed); as an array they are index conditions (0.51 s, one process).
 */
const FIGURES_SQL = `
WITH m AS NOT MATERIALIZED (SELECT * FROM matter WHERE subdistrict_id = ANY (ARRAY(SELECT id FROM subdistrict WHERE district_id = $1)))
SELECT 'received' AS part, received_at >= $3 AS cur, receiver_office_id AS office_id, receiver_agency_id AS agency_id,
       count(*)::int AS n, count(*) FILTER (WHERE responded_at <= response_due_at)::int AS ok, 0::float8 AS charged
  FROM m WHERE received_at >= $2 AND received_at < $4 GROUP BY 1, 2, 3, 4
UNION ALL
SELECT 'due', due_at >= $3, owner_office_id, owner_agency_id, count(*)::int,
       count(*) FILTER (WHERE first_resolved_at <= due_at AND NOT (rectification_due_at IS NOT NULL AND appeal_status IS DISTINCT FROM 'UPHELD'))::int, 0
  FROM m WHERE due_at >= $2 AND due_at < $4 GROUP BY 1, 2, 3, 4
UNION ALL
SELECT 'rated', rated_at >= $3, owner_office_id, owner_agency_id, count(*)::int, count(*) FILTER (WHERE satisfaction = ANY($5))::int, 0
  FROM m WHERE rated_at >= $2 AND rated_at < $4 AND rating_counts GROUP BY 1, 2, 3, 4
UNION ALL
SELECT 'charged', e.at >= $3, e.office_id, e.agency_id, 0, 0, sum(e.charged_working_days)::float8
  FROM matter_event e WHERE e.matter_id IN (SELECT id FROM m) AND e.kind IN ('TRANSFERRED', 'OWNER_DECIDED') AND e.charged_working_days IS NOT NULL
   AND e.at >= $2 AND e.at < $4 GROUP BY 1, 2, 3, 4`;

/** Every office and agency of the district's 街道, with its 街道. $1 district. */
const UNITS_SQL = `
SELECT o.id AS office_id, NULL::uuid AS agency_id, o.name, s.id AS subdistrict_id, s.name AS subdistrict_name
  FROM office o JOIN subdistrict s ON s.id = o.subdistrict_id WHERE s.district_id = $1
UNION ALL
SELECT NULL, a.id, a.name, s.id, s.name FROM dispatched_agency a JOIN subdistrict s ON s.id = a.subdistrict_id WHERE s.district_id = $1`;

/** The calendar month before YYYY-MM. */
export function monthBefore(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

function monthAfter(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * docs/rules.md rule 13's monthly ranking (三率): response, resolution and satisfaction rates, the
 * transfer delay charged and a composite score with the district's weights of the year. The whole
 * district's month and the month before are read in four statements whatever their size: the
 * district, the weights, the units and the figures.
 */
/** The services the ranking calls. */
export interface MatterRankingDeps {
  districts: DistrictService;
}

export class MatterRankingService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: MatterRankingDeps,
  ) {}

  private get viewer() {
    if (!this.ctx.viewer) throw new UnauthenticatedError(coreReasons['auth.signInFirst']());
    return this.ctx.viewer;
  }

  /** The district's weights for a year, or the defaults 10 / 45 / 45. Any signed-in user of the district. */
  async weights(districtId: string, year: number): Promise<MatterRankingWeights> {
    const district = await this.deps.districts.referenced(districtId, 'districtId');
    if (this.viewer.districtId !== district.id) throw new ForbiddenError(matterReasons.rankingWeightsOtherDistrict());
    return (await this.weightsOf(district.id, [year]))[0];
  }

  private async weightsOf(districtId: string, years: number[]): Promise<MatterRankingWeights[]> {
    const stored = await this.ctx.db
      .getRepository(MatterRankingPolicy)
      .createQueryBuilder('p')
      .where('p.districtId = :districtId AND p.year = ANY(:years)', { districtId, years })
      .getMany();
    return years.map((year) => {
      const policy = stored.find((p) => p.year === year);
      return policy
        ? {
            districtId,
            year,
            responseWeight: policy.responseWeight,
            resolutionWeight: policy.resolutionWeight,
            satisfactionWeight: policy.satisfactionWeight,
            isDefault: false,
          }
        : { districtId, year, ...DEFAULT_RANKING_WEIGHTS, isDefault: true };
    });
  }

  /**
   * Sets a district's weights for a year (an ADMIN of the whole district). BAD_USER_INPUT on
   * `input.satisfactionWeight` unless the three sum to 100.
   */
  async setWeights(input: SetMatterRankingWeightsInput): Promise<MatterRankingWeights> {
    const district = await this.deps.districts.referenced(input.districtId, 'input.districtId');
    assertMay(
      this.viewer,
      [Role.ADMIN],
      { districtId: district.id },
      'set the matter ranking weights of this district',
    );
    const sum = input.responseWeight + input.resolutionWeight + input.satisfactionWeight;
    if (sum !== 100) throw new BadUserInputError(matterReasons.rankingWeightsSum({ sum }), 'input.satisfactionWeight');
    await this.ctx.db
      .createQueryBuilder()
      .insert()
      .into(MatterRankingPolicy)
      .values({
        districtId: district.id,
        year: input.year,
        responseWeight: input.responseWeight,
        resolutionWeight: input.resolutionWeight,
        satisfactionWeight: input.satisfactionWeight,
      })
      .orUpdate(['response_weight', 'resolution_weight', 'satisfaction_weight', 'updated_at'], ['district_id', 'year'])
      .execute();
    return (await this.weightsOf(district.id, [input.year]))[0];
  }

  /**
   * The ranking of `month` (YYYY-MM, Asia/Shanghai) with the month before. ADMIN, ASSESSOR or
   * OFFICIAL of the district; a 街道-scoped caller gets only its 街道's rows (ranks stay those of
   * the whole district). BAD_USER_INPUT on `month`; FORBIDDEN for another district.
   */
  async ranking(districtId: string, month: string, level: MatterRankingLevel): Promise<MatterRanking> {
    if (!/^(20\d\d|2100)-(0[1-9]|1[0-2])$/.test(month))
      throw new BadUserInputError(matterReasons.monthRange(), 'month');
    const district = await this.deps.districts.referenced(districtId, 'districtId');
    if (![Role.ADMIN, Role.ASSESSOR, Role.OFFICIAL].includes(this.viewer.role))
      throw new ForbiddenError(matterReasons.rankingRole({ role: this.viewer.role }));
    if (this.viewer.districtId !== district.id) throw new ForbiddenError(matterReasons.rankingOtherDistrict());
    const previousMonth = monthBefore(month);
    const years = [...new Set([Number(month.slice(0, 4)), Number(previousMonth.slice(0, 4))])];
    const [weights, units, figures] = await Promise.all([
      this.weightsOf(district.id, years),
      this.ctx.db.query(UNITS_SQL, [district.id]) as Promise<
        {
          office_id: string | null;
          agency_id: string | null;
          name: string;
          subdistrict_id: string;
          subdistrict_name: string;
        }[]
      >,
      this.ctx.db.query(FIGURES_SQL, [
        district.id,
        startOfShanghaiDay(`${previousMonth}-01`),
        startOfShanghaiDay(`${month}-01`),
        startOfShanghaiDay(`${monthAfter(month)}-01`),
        SATISFIED_LEVELS,
      ]) as Promise<
        {
          part: string;
          cur: boolean;
          office_id: string | null;
          agency_id: string | null;
          n: number;
          ok: number;
          charged: number;
        }[]
      >,
    ]);
    const weightOf = (m: string) => weights.find((w) => w.year === Number(m.slice(0, 4)))!;
    const byUnit = new Map<string, { cur: Counts; prev: Counts }>();
    const countsOf = (key: string) => byUnit.get(key) ?? byUnit.set(key, { cur: empty(), prev: empty() }).get(key)!;
    for (const row of figures) {
      const counts = countsOf(row.office_id ?? row.agency_id ?? '')[row.cur ? 'cur' : 'prev'];
      if (row.part === 'received')
        Object.assign(counts, { received: counts.received + row.n, respondedInTime: counts.respondedInTime + row.ok });
      else if (row.part === 'due')
        Object.assign(counts, { due: counts.due + row.n, resolvedInTime: counts.resolvedInTime + row.ok });
      else if (row.part === 'rated')
        Object.assign(counts, { rated: counts.rated + row.n, satisfied: counts.satisfied + row.ok });
      else counts.chargedWorkingDays += Number(row.charged);
    }
    type Draft = Omit<MatterRankingRow, 'current' | 'previous' | 'rank' | 'previousRank' | 'month'> & {
      cur: Counts;
      prev: Counts;
    };
    let drafts: Draft[];
    if (level === MatterRankingLevel.UNIT) {
      drafts = units.map((u) => ({
        subdistrictId: u.subdistrict_id,
        subdistrictName: u.subdistrict_name,
        officeId: u.office_id,
        agencyId: u.agency_id,
        name: u.name,
        ...countsOf(u.office_id ?? u.agency_id!),
      }));
    } else {
      const bySubdistrict = new Map<string, Draft>();
      for (const u of units) {
        const draft =
          bySubdistrict.get(u.subdistrict_id) ??
          bySubdistrict
            .set(u.subdistrict_id, {
              subdistrictId: u.subdistrict_id,
              subdistrictName: u.subdistrict_name,
              officeId: null,
              agencyId: null,
              name: u.subdistrict_name,
              cur: empty(),
              prev: empty(),
            })
            .get(u.subdistrict_id)!;
        const counts = countsOf(u.office_id ?? u.agency_id!);
        addInto(draft.cur, counts.cur);
        addInto(draft.prev, counts.prev);
      }
      drafts = [...bySubdistrict.values()];
    }
    const rows: MatterRankingRow[] = drafts.map(({ cur, prev, ...rest }) => ({
      ...rest,
      month,
      current: figuresOf(cur, weightOf(month)),
      previous: figuresOf(prev, weightOf(previousMonth)),
      rank: null,
      previousRank: null,
    }));
    const group = (row: MatterRankingRow) => (level === MatterRankingLevel.UNIT ? row.subdistrictId : '');
    assignRanks(
      rows,
      group,
      (r) => r.current.score,
      (r, rank) => (r.rank = rank),
    );
    assignRanks(
      rows,
      group,
      (r) => r.previous.score,
      (r, rank) => (r.previousRank = rank),
    );
    rows.sort(
      (a, b) =>
        a.subdistrictName.localeCompare(b.subdistrictName, 'zh') * (level === MatterRankingLevel.UNIT ? 1 : 0) ||
        (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
        a.name.localeCompare(b.name, 'zh'),
    );
    const visible = this.viewer.subdistrictId
      ? rows.filter((r) => r.subdistrictId === this.viewer.subdistrictId)
      : rows;
    return { districtId: district.id, month, previousMonth, level, weights: weightOf(month), rows: visible };
  }
}

function addInto(target: Counts, more: Counts): void {
  for (const key of Object.keys(target) as (keyof Counts)[]) target[key] += more[key];
}

/** The rates and the composite score of one month's counts (docs/rules.md rule 13). */
export function figuresOf(c: Counts, w: MatterRankingWeights): MatterFigures {
  const rate = (n: number, d: number) => (d === 0 ? null : n / d);
  const responseRate = rate(c.respondedInTime, c.received);
  const resolutionRate = rate(c.resolvedInTime, c.due);
  const satisfactionRate = rate(c.satisfied, c.rated);
  const parts = [
    [responseRate, w.responseWeight],
    [resolutionRate, w.resolutionWeight],
    [satisfactionRate, w.satisfactionWeight],
  ].filter((p): p is [number, number] => p[0] !== null);
  const weightSum = parts.reduce((s, [, weight]) => s + weight, 0);
  const score =
    parts.length === 0 || weightSum === 0
      ? null
      : (100 * parts.reduce((s, [r, weight]) => s + r * weight, 0)) / weightSum;
  return {
    ...c,
    chargedWorkingDays: Math.round(c.chargedWorkingDays * 1000) / 1000,
    responseRate,
    resolutionRate,
    satisfactionRate,
    score,
  };
}

/** Competition ranks (1, 2, 2, 4) by descending score within each group; rows without a score get none. */
function assignRanks<T>(
  rows: T[],
  group: (r: T) => string,
  score: (r: T) => number | null,
  set: (r: T, rank: number) => void,
): void {
  const groups = new Map<string, T[]>();
  for (const row of rows)
    if (score(row) !== null) (groups.get(group(row)) ?? groups.set(group(row), []).get(group(row))!).push(row);
  for (const members of groups.values()) {
    members.sort((a, b) => score(b)! - score(a)!);
    members.forEach((row, i) =>
      set(row, i > 0 && score(members[i - 1]) === score(row) ? rankOf(members, i, score) : i + 1),
    );
  }
}

function rankOf<T>(members: T[], i: number, score: (r: T) => number | null): number {
  let j = i;
  while (j > 0 && score(members[j - 1]) === score(members[i])) j -= 1;
  return j + 1;
}
