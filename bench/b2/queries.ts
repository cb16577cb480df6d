import { REPRESENTATIVE_QUERIES } from '../queries';
import type { B2Targets } from './targets';

/** The servers B2 compares: (a) Pingyi, (b) PostGraphile 4, (c) raw `http` + `pg`. */
export type ServerKind = 'pingyi' | 'postgraphile' | 'raw';

/** Ids of the four representative queries. */
export type QueryId = 'q1' | 'q2' | 'q3' | 'q4';

/** One representative query as each server is asked it. */
export interface B2Query {
  id: QueryId;
  /** What it reads, for the report. */
  title: string;
  /** Pingyi's GraphQL document: the one B1 counts (bench/queries.ts). */
  pingyi: string;
  /** PostGraphile's GraphQL document asking the same data. */
  postgraphile: string;
  /** Variables of Pingyi's document; PostGraphile's and the raw server's take the same. */
  variables(t: B2Targets): Record<string, unknown>;
  /** Maps a server's `data` to Pingyi's shape, compared before timing (the raw server answers in it already). */
  normalise(server: ServerKind, data: Record<string, unknown>, variables: Record<string, unknown>): unknown;
}

const shared = (id: QueryId) => REPRESENTATIVE_QUERIES.find((q) => q.id === id)!;

/** The four queries of B2, in B1's order. */
export const QUERIES: B2Query[] = [
  {
    id: 'q1',
    title: shared('q1').title,
    pingyi: shared('q1').query,
    postgraphile: `query Q1($subdistrictId: UUID!) {
  subdistrict: subdistrictById(id: $subdistrictId) {
    id code name
    offices: officesBySubdistrictIdList(orderBy: [KIND_ASC, ID_ASC]) { id name kind }
    agencies: dispatchedAgenciesBySubdistrictIdList(orderBy: [NAME_ASC, ID_ASC]) { id name kind head { id name title } }
  }
}`,
    variables: (t) => ({ subdistrictId: t.subdistrictId }),
    normalise: (_server, data) => data,
  },
  {
    id: 'q2',
    title: shared('q2').title,
    pingyi: shared('q2').query,
    postgraphile: `query Q2($meetingId: UUID!) {
  evaluationMeeting: evaluationMeetingById(id: $meetingId) {
    id title year status
    results: meetingResultsByMeetingIdList(orderBy: [OFFICIAL_ID_ASC]) {
      official: officialByOfficialId { id name title } ratingCount rate weightedScore satisfactionDistribution
    }
  }
}`,
    variables: (t) => ({ meetingId: t.meetingId }),
    // Pingyi lists a meeting's results by the officials' pinyin (rule 15), which PostGraphile cannot
    // order by (a related table's column): the comparison takes every server's results by official id.
    normalise(_server, data) {
      const meeting = data.evaluationMeeting as { results: { official: { id: string } }[] } | null;
      if (!meeting) return data;
      const results = [...meeting.results].sort((x, y) => (x.official.id < y.official.id ? -1 : 1));
      return { ...data, evaluationMeeting: { ...meeting, results } };
    },
  },
  {
    id: 'q3',
    title: shared('q3').title,
    pingyi: shared('q3').query,
    postgraphile: `query Q3($districtId: UUID!, $year: Int!) {
  totals: assessmentOverviewTotalsList(districtId: $districtId, year: $year) { finalizedCount draftCount grades }
  lines: assessmentOverviewLinesList(districtId: $districtId, year: $year) { subdistrictId name finalizedCount grades }
  outcomes: assessmentOverviewOutcomesList(districtId: $districtId) { outcome count }
}`,
    variables: (t) => ({ districtId: t.districtId, year: t.year }),
    normalise(server, data, variables) {
      if (server !== 'postgraphile') return data;
      // PostGraphile's answer to the document above: one row of totals, the lines, the outcomes.
      const answer = data as {
        totals: Record<string, unknown>[];
        lines: { subdistrictId: string; name: string }[];
        outcomes: unknown;
      };
      const [totals] = answer.totals;
      return {
        assessmentOverview: {
          year: variables.year,
          ...totals,
          subdistricts: answer.lines.map(({ subdistrictId, name, ...line }) => ({
            subdistrict: { id: subdistrictId, name },
            ...line,
          })),
          outcomes: answer.outcomes,
        },
      };
    },
  },
  {
    id: 'q4',
    title: shared('q4').title,
    pingyi: shared('q4').query,
    postgraphile: `query Q4($districtId: UUID!, $first: Int) {
  officials: districtOfficials(districtId: $districtId, first: $first) {
    totalCount
    nodes {
      id name title category office: officeByOfficeId { id name } agency: dispatchedAgencyByAgencyId { id name }
      latestAssessment { year score grade status } outcome
    }
  }
}`,
    variables: (t) => ({ districtId: t.districtId, first: 100 }),
    normalise: (_server, data) => data,
  },
];

/** JSON with object keys sorted at every level, so that two equal values give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
