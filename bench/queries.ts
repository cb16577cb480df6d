/**
 * The representative read queries, shared by B1 (SQL statements per request), B2
 * (throughput against PostGraphile and a raw server) and the test suite, which asserts the B1
 * counts (test/sql-statements.test.ts). Each query's variables are named in `variables`.
 */

/** One representative query: its GraphQL text and the variables it needs. */
export interface RepresentativeQuery {
  /** Short id used in tables: q1…q4. */
  id: 'q1' | 'q2' | 'q3' | 'q4';
  /** What a user asks for, in words. */
  title: string;
  /** The GraphQL document, one operation. */
  query: string;
  /** Names of the variables the document takes. */
  variables: string[];
  /**
   * Most SQL statements one request may take, whatever the size of the answer (B1 goal), counting
   * the session check every signed-in request makes (one statement: the user row, see verifySession).
   */
  maxStatements: number;
}

/** q1: a subdistrict's offices and its stationed agencies with their current heads (docs/rules.md rules 1 and 2). */
export const SUBDISTRICT_STRUCTURE: RepresentativeQuery = {
  id: 'q1',
  title: "A subdistrict's offices and agencies with heads",
  query: `query SubdistrictStructure($subdistrictId: ID!) {
  subdistrict(id: $subdistrictId) {
    id code name
    offices { id name kind }
    agencies { id name kind head { id name title } }
  }
}`,
  variables: ['subdistrictId'],
  maxStatements: 5,
};

/** q2: a closed meeting's frozen results (docs/rules.md rules 6 and 7). */
export const MEETING_RESULTS: RepresentativeQuery = {
  id: 'q2',
  title: "A meeting's results",
  query: `query MeetingResults($meetingId: ID!) {
  evaluationMeeting(id: $meetingId) {
    id title year status
    results { official { id name title } ratingCount rate weightedScore satisfactionDistribution { level count } }
  }
}`,
  variables: ['meetingId'],
  maxStatements: 5,
};

/** q3: a district's assessment overview of a year: grades by subdistrict and officials by outcome (rules 10 and 11). */
export const ASSESSMENT_OVERVIEW: RepresentativeQuery = {
  id: 'q3',
  title: "A district's assessment overview with outcomes",
  query: `query AssessmentOverview($districtId: ID!, $year: Int!) {
  assessmentOverview(districtId: $districtId, year: $year) {
    year finalizedCount draftCount
    grades { grade count }
    subdistricts { subdistrict { id name } finalizedCount grades { grade count } }
    outcomes { outcome count }
  }
}`,
  variables: ['districtId', 'year'],
  maxStatements: 4,
};

/** q4: a page of 100 officials with office, agency, latest assessment and outcome (rule 11). */
export const OFFICIALS_PAGE: RepresentativeQuery = {
  id: 'q4',
  title: 'A page of 100 officials with office, agency, latest assessment and outcome',
  query: `query OfficialsPage($districtId: ID!, $first: Int) {
  officials(filter: { districtId: $districtId }, first: $first) {
    totalCount
    nodes {
      id name title category
      office { id name }
      agency { id name }
      latestAssessment { year score grade status }
      outcome
    }
  }
}`,
  variables: ['districtId', 'first'],
  maxStatements: 7,
};

/** The four representative queries, in the order the benchmarks report them. */
export const REPRESENTATIVE_QUERIES: RepresentativeQuery[] = [
  SUBDISTRICT_STRUCTURE,
  MEETING_RESULTS,
  ASSESSMENT_OVERVIEW,
  OFFICIALS_PAGE,
];
