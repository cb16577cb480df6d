/**
 * B6, residents' matters at city scale: the district month ranking (`matterRanking`,
 * each office and agency of every 街道, and each 街道) and an office's queue (`matters` filtered by
 * owner, overdue first, then by due time) against the seeded bench database (a year of matters for
 * all of Shanghai, `npm run bench:seed`). For each: the SQL statements per request, counted in
 * this process by the data source's query listener on two districts of different size (the count
 * must not grow with the district), and the throughput of the built server (NODE_ENV=production)
 * under autocannon. Settings: B2_CONNECTIONS (10), B2_WARMUP_S (3), B2_DURATION_S (10).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app/app';
import { connectAndMigrate, createDataSource } from '../server/app/database';
import { graphql, login } from './b2/http';
import { drive, loadSettings, type LoadFigures } from './b2/load';
import { queryOnce } from './lib/context';
import { adminUsername, BENCH_PASSWORD } from './lib/fixtures';
import { markdownTable, verdict, type BenchContext, type BenchSection } from './lib/report';

/** Statements the ranking may take for a whole district's month (its budget: a fixed number). */
export const RANKING_BUDGET = 8;
/** Statements an office's queue page of 50 may take. */
export const QUEUE_BUDGET = 8;

const FIGURES =
  'received respondedInTime due resolvedInTime rated satisfied responseRate resolutionRate satisfactionRate chargedWorkingDays score';

/** The ranking query: every row of the district's month with this month's and the month before's figures. */
const RANKING = `query B6Ranking($districtId: ID!, $month: String!, $level: MatterRankingLevel!) {
  matterRanking(districtId: $districtId, month: $month, level: $level) {
    month previousMonth weights { year responseWeight resolutionWeight satisfactionWeight }
    rows { officeId agencyId subdistrictId name rank previousRank current { ${FIGURES} } previous { ${FIGURES} } }
  }
}`;

/** An office's queue: its matters, overdue first, then by due time, a page of 50. */
const QUEUE = `query B6Queue($officeId: ID!) {
  matters(filter: { ownerOfficeId: $officeId }, orderBy: [{ field: OVERDUE, direction: ASC }, { field: DUE_AT, direction: ASC }], first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id title type status channel receivedAt dueAt overdueAt transferCount runAround ownerName }
  }
}`;

/** What B6 runs on: two districts (the smallest and the largest by matters), a month and a busy office. */
interface Targets {
  month: string;
  small: { code: string; id: string; matters: number };
  large: { code: string; id: string; matters: number };
  office: { id: string; name: string; matters: number; overdue: number };
  total: number;
}

async function pickTargets(url: string): Promise<Targets> {
  const [{ month, total }] = await queryOnce<{ month: string; total: number }>(
    url,
    `SELECT to_char((date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '1 month'), 'YYYY-MM') AS month,
            (SELECT count(*)::int FROM matter) AS total`,
  );
  const districts = await queryOnce<{ code: string; id: string; matters: number }>(
    url,
    `SELECT d.code, d.id, count(m.id)::int AS matters FROM district d
       JOIN subdistrict s ON s.district_id = d.id JOIN matter m ON m.subdistrict_id = s.id
      GROUP BY d.id, d.code ORDER BY count(m.id), d.code`,
  );
  if (districts.length === 0) throw new Error('the bench database has no matters: run npm run bench:seed');
  const [office] = await queryOnce<Targets['office']>(
    url,
    `SELECT o.id, o.name, count(*)::int AS matters, count(m.overdue_at)::int AS overdue
       FROM matter m JOIN office o ON o.id = m.owner_office_id JOIN subdistrict s ON s.id = o.subdistrict_id
      WHERE s.district_id = $1 GROUP BY o.id, o.name ORDER BY count(*) DESC, o.id LIMIT 1`,
    [districts[districts.length - 1].id],
  );
  return { month, small: districts[0], large: districts[districts.length - 1], office, total };
}

/** One request of B6: its name, the query and its variables. */
interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  budget: number;
}

/** Runs B6 and returns its section. */
export async function run(ctx: BenchContext): Promise<BenchSection> {
  const t = await pickTargets(ctx.databaseUrl);
  const cases = (districtId: string): Case[] => [
    {
      name: 'ranking, offices and agencies (UNIT)',
      query: RANKING,
      variables: { districtId, month: t.month, level: 'UNIT' },
      budget: RANKING_BUDGET,
    },
    {
      name: 'ranking, 街道 (SUBDISTRICT)',
      query: RANKING,
      variables: { districtId, month: t.month, level: 'SUBDISTRICT' },
      budget: RANKING_BUDGET,
    },
  ];
  const queue: Case = {
    name: "office queue, overdue first (50 of the office's matters)",
    query: QUEUE,
    variables: { officeId: t.office.id },
    budget: QUEUE_BUDGET,
  };

  // Statements, in this process.
  const source = createDataSource(ctx.databaseUrl, { poolSize: 4 });
  const db = await connectAndMigrate(source);
  const { app, stop } = await createApp(db);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const counted: { name: string; small: number; large: number; rows: string; budget: number }[] = [];
  /** The answers B6 reads: the ranking's rows, or the queue's page. */
  type Answer = { matterRanking: { rows: unknown[] }; matters: { nodes: unknown[]; totalCount: number } };
  const count = async (token: string, c: Case): Promise<{ statements: number; data: Answer }> => {
    await graphql(url, c.query, c.variables, { token });
    let statements = 0;
    const listener = () => {
      statements += 1;
    };
    source.queryListeners.add(listener);
    try {
      const data = (await graphql(url, c.query, c.variables, { token })) as Answer;
      return { statements, data };
    } finally {
      source.queryListeners.delete(listener);
    }
  };
  try {
    const smallToken = await login(url, adminUsername(t.small.code), BENCH_PASSWORD);
    const largeToken = await login(url, adminUsername(t.large.code), BENCH_PASSWORD);
    const smallCases = cases(t.small.id);
    const largeCases = cases(t.large.id);
    for (let i = 0; i < smallCases.length; i++) {
      const a = await count(smallToken, smallCases[i]);
      const b = await count(largeToken, largeCases[i]);
      counted.push({
        name: smallCases[i].name,
        small: a.statements,
        large: b.statements,
        rows: `${a.data.matterRanking.rows.length} / ${b.data.matterRanking.rows.length} rows`,
        budget: smallCases[i].budget,
      });
      ctx.log(`${smallCases[i].name}: ${a.statements} / ${b.statements} statements`);
    }
    const q = await count(largeToken, queue);
    counted.push({
      name: queue.name,
      small: q.statements,
      large: q.statements,
      rows: `${q.data.matters.nodes.length} of ${q.data.matters.totalCount}`,
      budget: queue.budget,
    });
    ctx.log(`${queue.name}: ${q.statements} statements`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stop();
    await db.destroy();
  }

  // Throughput, against the built server.
  const settings = loadSettings();
  const pingyi = await ctx.startPingyi({ env: { PINGYI_MATTER_JOBS: '0' } });
  const load: { name: string; figures: LoadFigures }[] = [];
  try {
    const token = await login(pingyi.graphqlUrl, adminUsername(t.large.code), BENCH_PASSWORD);
    for (const c of [...cases(t.large.id), queue]) {
      const figures = await drive(
        pingyi.graphqlUrl,
        JSON.stringify({ query: c.query, variables: c.variables }),
        { authorization: `Bearer ${token}` },
        settings,
      );
      load.push({ name: c.name, figures });
      ctx.log(`${c.name}: ${figures.rps.toFixed(1)} req/s, p99 ${figures.p99} ms`);
    }
  } finally {
    await pingyi.stop();
  }

  const statementsOk = counted.every((c) => c.small === c.large && c.large <= c.budget);
  const loadOk = load.every((l) => l.figures.errors === 0 && l.figures.non2xx === 0);
  const rows = counted.map((c, i) => {
    const figures = load[i].figures;
    return [
      c.name,
      c.rows,
      `${c.small} / ${c.large}`,
      `≤ ${c.budget}`,
      figures.rps.toFixed(1),
      figures.p50,
      figures.p99,
      figures.non2xx + figures.errors,
      verdict(c.small === c.large && c.large <= c.budget && figures.errors === 0 && figures.non2xx === 0),
    ];
  });
  return {
    id: 'B6',
    title: "Residents' matters: the district month ranking and an office's queue",
    goal: 'a fixed number of SQL statements per request whatever the district (within the budget), every answer 200 under load',
    headline: `ranking ${load[0].figures.rps.toFixed(1)} req/s, queue ${load[2].figures.rps.toFixed(1)} req/s, ${counted[0].large} / ${counted[2].large} statements`,
    table: markdownTable(
      [
        'request',
        'answer',
        `statements (${t.small.code} / ${t.large.code})`,
        'budget',
        'req/s',
        'p50 (ms)',
        'p99 (ms)',
        'errors',
        'goal',
      ],
      rows,
    ),
    notes: [
      `${t.total.toLocaleString('en')} matters in the bench database; month ${t.month}; districts ${t.small.code} (${t.small.matters.toLocaleString('en')} matters in the year) and ${t.large.code} (${t.large.matters.toLocaleString('en')}), each read by its ADMIN.`,
      `The queue is that of ${t.office.name} in ${t.large.code}, the busiest office (${t.office.matters.toLocaleString('en')} matters, ${t.office.overdue.toLocaleString('en')} marked overdue).`,
      `Statements counted in this process by the data source's query listener after one warm-up request; throughput with autocannon, ${settings.connections} connections, ${settings.warmupS} s warm-up then ${settings.durationS} s, against the built server (NODE_ENV=production, the matter jobs off), signed in as the ${t.large.code} ADMIN.`,
    ],
    passed: statementsOk && loadOk,
  };
}
