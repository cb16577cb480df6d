/**
 * docs/rules.md rule 13, the resident's side and its bad input: the rating by tracking code,
 * the rectification a dissatisfied rating opens, the owner's one appeal and its decision, each
 * refusal naming its field with nothing half-written, and the reporter's personal data (masked
 * for all but the owner's staff and the 街道's ADMINs, every view audited).
 */
import { useTestApi, type Answer } from './support/api';
import { MATTER_FIELDS, MatterFixture, receive, restoreClock, setClock, setUpMatters } from './support/matter-fixture';
import { ok } from './support/factories';
import { fullWidth } from './support/expect';

const api = useTestApi({ withShanghai: true });
let f: MatterFixture;

beforeAll(async () => {
  f = await setUpMatters(api.server, 'mr');
});
afterEach(restoreClock);

const MATTER = {
  type: 'COMPLAINT',
  channel: 'PHONE',
  title: '楼道堆物',
  description: '楼道里堆满杂物，影响通行。',
  reporterName: '李秀英',
  reporterPhone: '13987654321',
};
const RATE = `mutation ($input: RateMatterInput!) { rateMatter(input: $input) { status satisfaction canRate rectificationDueAt appealStatus ratingCounts timeline { kind note } } }`;

async function resolvedMatter(token: string, receiverOfficeId?: string): Promise<{ id: string; code: string }> {
  const { matter, trackingCode } = await receive(api.server, token, {
    ...MATTER,
    subdistrictId: f.waitanId,
    ...(receiverOfficeId ? { receiverOfficeId } : {}),
  });
  await ok(
    api.server,
    `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "已清理" }) { id } }`,
    { id: matter.id },
    token,
  );
  return { id: matter.id, code: trackingCode };
}

describe('the resident rates by tracking code (rule 13)', () => {
  it('refuses a rating before resolution, without a comment when dissatisfied, and a second one', async () => {
    setClock('2025-10-10T09:00:00+08:00');
    const { matter, trackingCode } = await receive(api.server, f.tokens.service, {
      ...MATTER,
      subdistrictId: f.waitanId,
    });
    const early = await api.server.gql(RATE, { input: { trackingCode, satisfaction: 'SATISFIED' } }, { token: null });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.trackingCode' });
    expect(early.errors?.[0].message).toMatch(/RECEIVED; it can be rated once it is resolved/);
    await ok(
      api.server,
      `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "已清理" }) { id } }`,
      { id: matter.id },
      f.tokens.service,
    );

    const noComment = await api.server.gql(
      RATE,
      { input: { trackingCode, satisfaction: 'DISSATISFIED', comment: ' \u200b ' } },
      { token: null },
    );
    expect(noComment.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.comment' });
    const unknown = await api.server.gql(
      RATE,
      { input: { trackingCode: '0000-0000-0000-0000', satisfaction: 'SATISFIED' } },
      { token: null },
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.trackingCode' });
    // Nothing was written by the refusals.
    expect(
      (
        await ok(
          api.server,
          `query ($id: ID!) { matter(id: $id) { satisfaction status } }`,
          { id: matter.id },
          f.tokens.service,
        )
      ).matter,
    ).toEqual({ satisfaction: null, status: 'RESOLVED' });

    const rated = await ok(
      api.server,
      RATE,
      { input: { trackingCode, satisfaction: 'VERY_SATISFIED', comment: '处理很快' } },
      null,
    );
    expect(rated.rateMatter).toMatchObject({
      status: 'RESOLVED',
      satisfaction: 'VERY_SATISFIED',
      canRate: false,
      rectificationDueAt: null,
    });
    const again = await api.server.gql(RATE, { input: { trackingCode, satisfaction: 'SATISFIED' } }, { token: null });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.trackingCode' });
  });

  it('opens a rectification on a dissatisfied rating; the office appeals once; an upheld appeal leaves the rating out and says so', async () => {
    setClock('2025-09-29T09:00:00+08:00');
    const { id, code } = await resolvedMatter(f.tokens.service);
    // Rated on Tuesday 09-30: the rectification is due at the end of the 5th working day after it (10-14).
    setClock('2025-09-30T20:00:00+08:00');
    const rated = await ok(
      api.server,
      RATE,
      { input: { trackingCode: code, satisfaction: 'DISSATISFIED', comment: '杂物只搬走了一半' } },
      null,
    );
    expect(rated.rateMatter).toMatchObject({
      status: 'RECTIFYING',
      rectificationDueAt: '2025-10-14T16:00:00.000Z',
      ratingCounts: true,
    });
    expect(rated.rateMatter.timeline.slice(-2).map((e) => e.kind)).toEqual(['RATED', 'RECTIFICATION_OPENED']);

    const appeal = (token: string) =>
      api.server.gql(
        `mutation ($id: ID!) { appealRectification(id: $id, input: { text: "杂物属于居民私人物品，已依规告知" }) { appealStatus } }`,
        { id },
        { token },
      );
    expect((await appeal(f.tokens.safety)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_OWNER',
    });
    expect((await appeal(f.tokens.service)).data!.appealRectification).toEqual({ appealStatus: 'PENDING' });
    expect((await appeal(f.tokens.service)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });

    const decide = (token: string) =>
      api.server.gql(
        `mutation ($id: ID!) { decideRectificationAppeal(id: $id, input: { approve: true, reason: "居民意见与事实不符" }) { status appealStatus ratingCounts } }`,
        { id },
        { token },
      );
    expect((await decide(f.tokens.service)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    // A chair reads no matters at all, so for one the matter does not exist.
    expect((await decide(await api.server.login('waitan.chair'))).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await decide(await api.server.login('huangpu.assessor'))).data!.decideRectificationAppeal).toEqual({
      status: 'RESOLVED',
      appealStatus: 'UPHELD',
      ratingCounts: false,
    });
    expect((await decide(f.tokens.district)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });

    const tracked = await ok(
      api.server,
      `query ($c: String!) { trackedMatter(trackingCode: $c) { ratingCounts appealStatus timeline { kind note } } }`,
      { c: code },
      null,
    );
    expect(tracked.trackedMatter).toMatchObject({ ratingCounts: false, appealStatus: 'UPHELD' });
    // The same code typed in full-width, with a Chinese dash: the same matter.
    const typed = await ok(
      api.server,
      `query ($c: String!) { trackedMatter(trackingCode: $c) { appealStatus } }`,
      { c: fullWidth(code).replace('－', '—') },
      null,
    );
    expect(typed.trackedMatter).toEqual({ appealStatus: 'UPHELD' });
    expect(tracked.trackedMatter!.timeline.at(-1)!.note).toMatch(/no longer counts in the satisfaction rate/);
  });

  it('refuses an appeal without a rectification', async () => {
    setClock('2025-09-29T09:00:00+08:00');
    const { id } = await resolvedMatter(f.tokens.service);
    const res = await api.server.gql(
      `mutation ($id: ID!) { appealRectification(id: $id, input: { text: "无理由" }) { id } }`,
      { id },
      { token: f.tokens.service },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('bad transfers are refused naming the field, nothing half-written (rule 13)', () => {
  const transfer = (id: string, input: Record<string, unknown>, token = f.tokens.service) =>
    api.server.gql(
      `mutation ($id: ID!, $input: TransferMatterInput!) { transferMatter(id: $id, input: $input) { ${MATTER_FIELDS} } }`,
      { id, input },
      { token },
    );

  it('to the current owner, to a duty the target does not list, without a reason, to two targets or none', async () => {
    setClock('2025-10-09T09:00:00+08:00');
    const { matter } = await receive(api.server, f.tokens.service, { ...MATTER, subdistrictId: f.waitanId });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { targetOfficeId: f.offices.service.id, duty: '社区事务受理', reason: '转给自己' },
        'input.targetOfficeId',
        /owns this matter already/,
      ],
      [
        { targetOfficeId: f.offices.management.id, duty: '楼道堆物', reason: '管理办负责' },
        'input.duty',
        /not a listed duty of 社区管理办公室; its listed duties are: 城市综合管理/,
      ],
      [
        { targetOfficeId: f.offices.management.id, duty: '城市综合管理', reason: '  \u200b ' },
        'input.reason',
        /must say something/,
      ],
      [
        { targetOfficeId: f.offices.management.id, targetAgencyId: f.police.id, duty: '城市综合管理', reason: '两处' },
        'input.targetAgencyId',
        /exactly one target/,
      ],
      [{ duty: '城市综合管理', reason: '无目标' }, 'input.targetOfficeId', /exactly one target/],
      [
        { targetOfficeId: f.nanjingId, duty: '城市综合管理', reason: '不存在' },
        'input.targetOfficeId',
        /no office or agency has this id/,
      ],
    ];
    for (const [input, field, message] of cases) {
      const res = await transfer(matter.id, input);
      expect([field, res.errors?.[0].extensions.code, res.errors?.[0].extensions.field]).toEqual([
        field,
        'BAD_USER_INPUT',
        field,
      ]);
      expect(res.errors?.[0].message).toMatch(message);
    }
    const after = await ok(
      api.server,
      `query ($id: ID!) { matter(id: $id) { ownerOfficeId transferCount events { kind } } }`,
      { id: matter.id },
      f.tokens.service,
    );
    expect(after.matter).toEqual({
      ownerOfficeId: f.offices.service.id,
      transferCount: 0,
      events: [{ kind: 'RECEIVED' }],
    });
    expect(
      (
        await transfer(
          matter.id,
          { targetOfficeId: f.offices.management.id, duty: '城市综合管理', reason: '管理办负责' },
          f.tokens.safety,
        )
      ).errors?.[0].extensions,
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
  });

  it("crosses to another 街道 only where the matter's place lies", async () => {
    setClock('2025-10-09T09:00:00+08:00');
    const nanjing = await ok(
      api.server,
      `query ($s: ID!) { offices(filter: { subdistrictId: $s, kind: COMMUNITY_MANAGEMENT }) { nodes { id } } }`,
      { s: f.nanjingId },
    );
    const target = { targetOfficeId: nanjing.offices.nodes[0].id, duty: '城市综合管理', reason: '地点在南京东路街道' };
    const { matter: here } = await receive(api.server, f.tokens.service, {
      ...MATTER,
      subdistrictId: f.waitanId,
      neighborhoodId: f.waitanNeighborhoodId,
    });
    expect((await transfer(here.id, target)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.targetOfficeId',
    });
    const { matter: there } = await receive(api.server, f.tokens.service, {
      ...MATTER,
      subdistrictId: f.waitanId,
      neighborhoodId: f.nanjingNeighborhoodId,
    });
    const moved = await transfer(there.id, target);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.transferMatter).toMatchObject({
      subdistrictId: f.nanjingId,
      ownerOfficeId: target.targetOfficeId,
    });
  });

  it('refuses to let anyone but the owner resolve, and a second resolution', async () => {
    setClock('2025-10-09T09:00:00+08:00');
    const { id } = await resolvedMatter(f.tokens.service);
    const res = await api.server.gql(
      `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "再办结" }) { id } }`,
      { id },
      { token: f.tokens.service },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const { matter } = await receive(api.server, f.tokens.service, { ...MATTER, subdistrictId: f.waitanId });
    for (const token of [f.tokens.police, f.tokens.district]) {
      const other = await api.server.gql(
        `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "代办" }) { id } }`,
        { id: matter.id },
        { token },
      );
      expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
    }
    // 外滩's own ADMIN (staff of no office) acts for any of its offices.
    expect(
      (
        await api.server.gql(
          `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "街道代办" }) { status } }`,
          { id: matter.id },
          { token: f.tokens.street },
        )
      ).data!.resolveMatter,
    ).toEqual({ status: 'RESOLVED' });
  });

  it('refuses receipt for another office by its staff, without a receiver, in the future or before 2000', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      [f.tokens.service, { receiverOfficeId: f.offices.safety.id }, 'FORBIDDEN', ''],
      [f.tokens.street, {}, 'BAD_USER_INPUT', 'input.receiverOfficeId'],
      [f.tokens.service, { receivedAt: '2999-01-01T00:00:00Z' }, 'BAD_USER_INPUT', 'input.receivedAt'],
      [f.tokens.service, { receivedAt: '1970-01-01T00:00:00Z' }, 'BAD_USER_INPUT', 'input.receivedAt'],
      [f.tokens.service, { reporterPhone: 'call me' }, 'BAD_USER_INPUT', 'input.reporterPhone'],
      [f.tokens.service, { reporterName: '张\u200b三' }, 'BAD_USER_INPUT', 'input.reporterName'],
      [f.tokens.service, { reporterName: '张\n三' }, 'BAD_USER_INPUT', 'input.reporterName'],
      [f.tokens.service, { reporterName: '\u3000' }, 'BAD_USER_INPUT', 'input.reporterName'],
      [f.tokens.service, { place: '江西中路\u200b88号' }, 'BAD_USER_INPUT', 'input.place'],
      [f.tokens.service, { neighborhoodId: f.offices.safety.id }, 'BAD_USER_INPUT', 'input.neighborhoodId'],
    ];
    for (const [token, extra, code, field] of cases) {
      const res = await api.server.gql(
        `mutation ($input: ReceiveMatterInput!) { receiveMatter(input: $input) { trackingCode } }`,
        { input: { ...MATTER, subdistrictId: f.waitanId, ...extra } },
        { token },
      );
      expect([JSON.stringify(extra), res.errors?.[0].extensions.code, res.errors?.[0].extensions.field ?? '']).toEqual([
        JSON.stringify(extra),
        code,
        field,
      ]);
    }
  });
});

describe("the reporter's personal data (docs/rules.md rule 13)", () => {
  it('keeps a phone typed in full-width digits as the digits, and finds the matter by a code pasted with a zero-width space', async () => {
    setClock('2025-10-09T09:00:00+08:00');
    const { matter, trackingCode } = await receive(api.server, f.tokens.service, {
      ...MATTER,
      subdistrictId: f.waitanId,
      reporterPhone: fullWidth('138-1234-5678'),
    });
    const [row] = await api.server.db.query(`SELECT reporter_phone FROM matter WHERE id = $1`, [matter.id]);
    expect(row.reporter_phone).toBe('138-1234-5678');
    const tracked = await ok(
      api.server,
      `query ($c: String!) { trackedMatter(trackingCode: $c) { status } }`,
      { c: `${trackingCode}\u200b` },
      null,
    );
    expect(tracked.trackedMatter).toEqual({ status: matter.status });
  });

  it("shows name and phone only to the owner's staff and 外滩's own ADMIN, audits each view, masks them for everyone else", async () => {
    setClock('2025-10-09T09:00:00+08:00');
    const { matter } = await receive(api.server, f.tokens.service, { ...MATTER, subdistrictId: f.waitanId });
    const read = async (token: string) =>
      (
        await ok(
          api.server,
          `query ($id: ID!) { matter(id: $id) { reporter { name phone masked } } }`,
          { id: matter.id },
          token,
        )
      ).matter!.reporter;
    const views = async () =>
      (
        await ok(
          api.server,
          `query ($id: ID!) { auditEvents(entityType: "Matter", entityId: $id) { totalCount nodes { action } } }`,
          { id: matter.id },
          f.tokens.district,
        )
      ).auditEvents;
    const before = (await views()).totalCount;
    expect(await read(f.tokens.service)).toEqual({ name: '李秀英', phone: '13987654321', masked: false });
    expect(await read(f.tokens.street)).toEqual({ name: '李秀英', phone: '13987654321', masked: false });
    expect(await read(f.tokens.district)).toEqual({ name: '李**', phone: '139****4321', masked: true });
    expect(await read(f.tokens.safety)).toEqual({ name: '李**', phone: '139****4321', masked: true });
    const after = await views();
    expect(after.totalCount - before).toBe(2);
    expect(after.nodes[0].action).toBe('matter.personalDataViewed');

    // Once passed on, the former owner's staff see it masked.
    await ok(
      api.server,
      `mutation ($id: ID!) { transferMatter(id: $id, input: { targetOfficeId: "${f.offices.management.id}", duty: "城市综合管理", reason: "管理办负责" }) { id } }`,
      { id: matter.id },
      f.tokens.service,
    );
    expect(await read(f.tokens.service)).toMatchObject({ masked: true });
    expect(await read(f.tokens.management)).toMatchObject({ masked: false, phone: '13987654321' });
  });

  it('keeps matters from chairs and representatives', async () => {
    setClock('2025-10-09T09:00:00+08:00');
    const { matter } = await receive(api.server, f.tokens.service, { ...MATTER, subdistrictId: f.waitanId });
    const rep = await api.server.login('waitan.rep');
    expect(
      (await api.server.gql(`query { matters { totalCount } }`, {}, { token: rep })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await ok(api.server, `query ($id: ID!) { matter(id: $id) { id } }`, { id: matter.id }, rep)).matter,
    ).toBeNull();
  });

  it('lists a page of matters with their reporters in one audit statement', async () => {
    setClock('2025-10-09T09:00:00+08:00');
    for (let i = 0; i < 3; i += 1) await receive(api.server, f.tokens.police, { ...MATTER, subdistrictId: f.waitanId });
    // This month's: the demo set's year of matters (December 2025 on) is the police station's too.
    const query = `query ($a: ID!) { matters(filter: { ownerAgencyId: $a, month: "2025-10" }, first: 100) { totalCount nodes { reporter { masked } } } }`;
    let data!: Answer;
    const statements = await api.server.countQueries(async () => {
      data = await ok(api.server, query, { a: f.police.id }, f.tokens.police);
    });
    expect(data.matters.totalCount).toBe(3);
    expect(data.matters.nodes.every((n) => n.reporter.masked === false)).toBe(true);
    // the session check, the page, and one transaction (BEGIN, one INSERT of the three audit
    // entries, COMMIT) whatever the number of matters
    expect(statements).toBe(5);
  });
});
