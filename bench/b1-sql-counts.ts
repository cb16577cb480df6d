/**
 * B1, SQL statements per request: runs each representative query (bench/queries.ts) against the
 * city-scale bench database through Pingyi's real HTTP application, in this process, and counts
 * the statements PostgreSQL receives for it. Each query runs twice, on a small and a large answer
 * (q4: a page of 5 and of 100 officials), so the table shows that the count does not grow with
 * the size. The same counts are asserted on the demo data by test/sql-statements.test.ts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app/app';
import { connectAndMigrate, createDataSource } from '../server/app/database';
import { REPRESENTATIVE_QUERIES, type RepresentativeQuery } from './queries';
import { graphql, login } from './b2/http';
import { pickTargets, type B2Targets } from './b2/targets';
import { markdownTable, verdict, type BenchContext, type BenchSection } from './lib/report';
import { queryOnce } from './lib/context';

/** One measured request: the query, the case, the statements and how many nodes it answered. */
interface Measured {
  query: RepresentativeQuery;
  label: string;
  statements: number;
  size: number;
}

/** The two cases (small and large answer) each query is measured on, with their variables. */
async function casesOf(
  ctx: BenchContext,
  t: B2Targets,
): Promise<Record<RepresentativeQuery['id'], { label: string; variables: Record<string, unknown> }[]>> {
  const [fewest] = await queryOnce<{ id: string }>(
    ctx.databaseUrl,
    `SELECT s.id FROM subdistrict s LEFT JOIN dispatched_agency a ON a.subdistrict_id = s.id
      WHERE s.district_id = $1 AND s.kind = 'SUBDISTRICT' GROUP BY s.id, s.code HAVING count(a.id) > 0 ORDER BY count(a.id), s.code LIMIT 1`,
    [t.districtId],
  );
  const [smallMeeting] = await queryOnce<{ id: string }>(
    ctx.databaseUrl,
    `SELECT m.id FROM evaluation_meeting m JOIN subdistrict s ON s.id = m.subdistrict_id
      WHERE s.district_id = $1 AND m.status = 'CLOSED' AND EXISTS (SELECT 1 FROM meeting_result r WHERE r.meeting_id = m.id)
      ORDER BY (SELECT count(*) FROM meeting_result r WHERE r.meeting_id = m.id), m.id LIMIT 1`,
    [t.districtId],
  );
  return {
    q1: [
      { label: 'fewest agencies', variables: { subdistrictId: fewest?.id ?? t.subdistrictId } },
      { label: 'most agencies', variables: { subdistrictId: t.subdistrictId } },
    ],
    q2: [
      { label: 'fewest results', variables: { meetingId: smallMeeting?.id ?? t.meetingId } },
      { label: 'most results', variables: { meetingId: t.meetingId } },
    ],
    q3: [
      { label: 'a year without grades', variables: { districtId: t.districtId, year: 2001 } },
      { label: `${t.year}`, variables: { districtId: t.districtId, year: t.year } },
    ],
    q4: [
      { label: 'first 5', variables: { districtId: t.districtId, first: 5 } },
      { label: 'first 100', variables: { districtId: t.districtId, first: 100 } },
    ],
  };
}

/** The lists the representative queries' answers carry (each answer has one of these fields). */
interface RepresentativeAnswer {
  subdistrict?: { offices: unknown[]; agencies: unknown[] };
  evaluationMeeting?: { results: unknown[] };
  assessmentOverview?: { subdistricts: unknown[] };
  officials?: { nodes: unknown[] };
}

/** The number of nodes an answer carries, to show the size a count was measured at. */
function sizeOf(id: RepresentativeQuery['id'], data: RepresentativeAnswer): number {
  if (id === 'q1') return data.subdistrict!.offices.length + data.subdistrict!.agencies.length;
  if (id === 'q2') return data.evaluationMeeting!.results.length;
  if (id === 'q3') return data.assessmentOverview!.subdistricts.length;
  return data.officials!.nodes.length;
}

/** Runs B1 and returns its section: statements per query and case, against each query's budget. */
export async function run(ctx: BenchContext): Promise<BenchSection> {
  const targets = await pickTargets(ctx.databaseUrl);
  const source = createDataSource(ctx.databaseUrl, { poolSize: 4 });
  const db = await connectAndMigrate(source);
  const { app, stop } = await createApp(db);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const measured: Measured[] = [];
  try {
    const token = await login(url, targets.username, targets.password);
    const cases = await casesOf(ctx, targets);
    for (const query of REPRESENTATIVE_QUERIES) {
      for (const { label, variables } of cases[query.id]) {
        await graphql(url, query.query, variables, { token }); // warm: the first run may prepare lookups
        let statements = 0;
        const listener = () => {
          statements += 1;
        };
        source.queryListeners.add(listener);
        let data: RepresentativeAnswer = {};
        try {
          data = await graphql<RepresentativeAnswer>(url, query.query, variables, { token });
        } finally {
          source.queryListeners.delete(listener);
        }
        measured.push({ query, label, statements, size: sizeOf(query.id, data) });
        ctx.log(`${query.id} ${label}: ${statements} statements`);
      }
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stop();
    await db.destroy();
  }
  const rows = REPRESENTATIVE_QUERIES.map((query) => {
    const [small, large] = measured.filter((m) => m.query === query);
    // A smaller answer may skip a loader that has nothing to load (no agency among 5 officials), never add one.
    const passed = small.statements <= large.statements && large.statements <= query.maxStatements;
    return { query, small, large, passed };
  });
  return {
    id: 'B1',
    title: 'SQL statements per request',
    goal: "constant in the size of the answer, within each query's budget (≤ 6 for the page of 100 officials)",
    table: markdownTable(
      ['query', 'small answer', 'statements', 'large answer', 'statements', 'budget', 'goal'],
      rows.map(({ query, small, large, passed }) => [
        `${query.id}: ${query.title}`,
        `${small.label} (${small.size} nodes)`,
        small.statements,
        `${large.label} (${large.size} nodes)`,
        large.statements,
        `≤ ${query.maxStatements}`,
        verdict(passed),
      ]),
    ),
    notes: [
      `District ${targets.districtCode} (${targets.officialCount} officials), signed in as its ADMIN; each request run once to warm up, then counted.`,
      "Counted by the data source's query listener, as test/sql-statements.test.ts does on the demo data.",
      'A small answer may take one statement less when a loader has nothing to load (e.g. no agency head among the first 5 officials, no subdistrict line in a year without grades).',
    ],
    passed: rows.every((r) => r.passed),
  };
}
