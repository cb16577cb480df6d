/**
 * What the 黄浦区 demo set claims about residents' matters, read through the API (docs/rules.md
 * rule 13): the reform's fire-lane case in 外滩街道 with the working days charged to each office that
 * passed it on, the run-around flag and the PARTY_GOVERNMENT office's decision, the resident's view
 * of it by tracking code, and a year of matters whose monthly ranking shows a real spread.
 */
import { useTestApi, idByCode } from './support/api';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });
/** The fire-lane case's tracking code, as server/demo/demo-fire-lane.ts sets it. */
const FIRE_LANE_TRACKING_CODE = 'WTXF-2026-0706-0001';

const FIRE_LANE = `query ($s: ID!) {
  matters(filter: { subdistrictId: $s, month: "2026-07", runAround: true }, first: 10) {
    totalCount
    nodes { id title status runAround transferCount ownerName receiverName satisfaction dueAt resolvedAt
      reporter { name phone masked }
      events { kind unitName targetName duty chargedWorkingDays } } } }`;

describe('the demo fire-lane case in 外滩街道', () => {
  it('charges each office the working days it held the matter and flags the run-around', async () => {
    const waitanId = await idByCode(api.server, 'subdistrict', '310101013');
    const data = await ok(api.server, FIRE_LANE, { s: waitanId });
    expect(data.matters.totalCount).toBe(1);
    const [matter] = data.matters.nodes;
    expect(matter).toMatchObject({
      title: '消防通道被改成停车场',
      status: 'RESOLVED',
      runAround: true,
      transferCount: 3,
      receiverName: '社区自治办公室',
      ownerName: '社区管理办公室',
      satisfaction: 'SATISFIED',
      // Received Monday 2026-07-06: due at the end of the 5th working day after, Monday 07-13.
      dueAt: '2026-07-13T16:00:00.000Z',
      resolvedAt: '2026-07-13T09:00:00.000Z',
      // The district's ADMIN is not the owner's staff: the reporter is masked.
      reporter: { name: '王**', phone: '138****5678', masked: true },
    });
    const charged = matter.events
      .filter((e: { chargedWorkingDays: number | null }) => e.chargedWorkingDays !== null)
      .map((e) => [e.kind, e.unitName, e.targetName, e.chargedWorkingDays]);
    expect(charged).toEqual([
      // 07-06 from 09:30 (14.5/24), all of 07-07, 07-08 until 10:30 (10.5/24).
      ['TRANSFERRED', '社区自治办公室', '社区管理办公室', 2.042],
      // 07-08 from 10:30 (13.5/24), 07-09 until 16:00 (16/24).
      ['TRANSFERRED', '社区管理办公室', '社区平安办公室', 1.229],
      // 07-09 from 16:00 (8/24), 07-10 until 11:00 (11/24): back to 管理办, which had passed it on.
      ['TRANSFERRED', '社区平安办公室', '社区管理办公室', 0.792],
      // 党政办 held it from Friday 11:00 (13/24) over the weekend to Monday 09:00 (9/24).
      ['OWNER_DECIDED', '党政办公室', '社区管理办公室', 0.917],
    ]);
    expect(matter.events.map((e: { kind: string }) => e.kind)).toEqual([
      'RECEIVED',
      'RESPONDED',
      'TRANSFERRED',
      'TRANSFERRED',
      'TRANSFERRED',
      'ESCALATED',
      'OWNER_DECIDED',
      'RESOLVED',
      'RATED',
    ]);
    expect(matter.events.find((e: { kind: string }) => e.kind === 'ESCALATED')).toMatchObject({
      unitName: '社区管理办公室',
      targetName: '党政办公室',
    });
  });

  it('shows the resident the case by its tracking code, without staff names, rated and closed', async () => {
    const data = await ok(
      api.server,
      `query ($c: String!) { trackedMatter(trackingCode: $c) { title status canRate satisfaction timeline { kind } } }`,
      { c: FIRE_LANE_TRACKING_CODE },
      null,
    );
    expect(data.trackedMatter).toMatchObject({
      title: '消防通道被改成停车场',
      status: 'RESOLVED',
      canRate: false,
      satisfaction: 'SATISFIED',
    });
    expect(data.trackedMatter!.timeline).toHaveLength(9);
  });
});

describe('the demo year of matters across 黄浦区', () => {
  const RANKING = `query ($d: ID!, $m: String!, $l: MatterRankingLevel!) {
    matterRanking(districtId: $d, month: $m, level: $l) {
      previousMonth
      rows { name rank previousRank current { received responseRate resolutionRate satisfactionRate score } previous { received score } } } }`;

  it('ranks the 街道 of the district by month with a spread of scores and the month before filled', async () => {
    const districtId = await idByCode(api.server, 'district', '310101');
    const data = await ok(api.server, RANKING, { d: districtId, m: '2026-06', l: 'SUBDISTRICT' });
    const rows = data.matterRanking.rows;
    expect(data.matterRanking.previousMonth).toBe('2026-05');
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect(row.current.received).toBeGreaterThan(10);
      expect(row.previous.received).toBeGreaterThan(10);
      expect(row.rank).not.toBeNull();
      expect(row.previousRank).not.toBeNull();
    }
    const scores = rows.map((r) => r.current!.score!);
    expect(new Set(scores).size).toBe(rows.length);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(5);
  });

  it("ranks 外滩街道's offices and agencies with rates that differ from unit to unit", async () => {
    const districtId = await idByCode(api.server, 'district', '310101');
    const data = await ok(api.server, RANKING, { d: districtId, m: '2026-03', l: 'UNIT' });
    const waitan = data.matterRanking.rows.filter((r: { name: string }) => /外滩|办公室/.test(r.name));
    expect(waitan.length).toBeGreaterThanOrEqual(12);
    const rates = new Set(
      data.matterRanking.rows.map((r) => `${r.current!.responseRate}/${r.current!.resolutionRate}`),
    );
    expect(rates.size).toBeGreaterThan(10);
  });
});
