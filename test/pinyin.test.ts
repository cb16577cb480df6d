/**
 * People in pinyin order (docs/rules.md rule 15): lists, a meeting's officials, the ballot, the
 * progress and the results sort officials by the pinyin of their names, surnames read as surnames;
 * the search matches characters, pinyin and initials; every write path keeps the keys.
 */
import { randomBytes } from 'node:crypto';
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { ok } from './support/factories';
import { CHECK_IN } from './support/operations';

const api = useTestApi({ withShanghai: true });

/** Real surnames that character codes put out of order: 丁 4E01, 上官 4E0A, 严 4E25, 乔 4E54, 曾 66FE, 汪 6C6A, 王 738B. */
const NAMES = ['严明', '上官婉儿', '王建国', '曾国藩', '乔峰', '汪洋', '丁一'];
/** The same names as a pinyin dictionary orders them: ding, qiao, shang, wāng, wáng, yan, zeng (曾 as a surname). */
const PINYIN_ORDER = ['丁一', '乔峰', '上官婉儿', '汪洋', '王建国', '严明', '曾国藩'];

const LIST = `query ($a: ID!, $q: String) {
  officials(filter: { agencyId: $a, nameContains: $q }, first: 50) { nodes { name } }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id name } }`;
const UPSERT = `mutation ($input: [UpsertOfficialInput!]!) { upsertOfficials(input: $input) { inserted updated unchanged } }`;

describe('officials in pinyin order (docs/rules.md rule 15)', () => {
  let agency: string;
  const ids = new Map<string, string>();
  const names = async (q?: string) =>
    (await ok(api.server, LIST, { a: agency, q })).officials.nodes.map((o: { name: string }) => o.name);

  beforeAll(async () => {
    agency = (await make.agency(api.server)).id;
    for (const name of NAMES)
      ids.set(name, (await make.official(api.server, { name, category: 'AGENCY_HEAD', agencyId: agency })).id);
  });

  it('lists officials by pinyin, tone 1 before tone 2 and 曾 read zeng, in both directions', async () => {
    expect(await names()).toEqual(PINYIN_ORDER);
    const desc = await ok(
      api.server,
      `query ($a: ID!) { officials(filter: { agencyId: $a }, orderBy: [{ field: NAME, direction: DESC }]) { nodes { name } } }`,
      { a: agency },
    );
    expect(desc.officials.nodes.map((o: { name: string }) => o.name)).toEqual([...PINYIN_ORDER].reverse());
  });

  it('has the keys of every official the migration and the demo set wrote', async () => {
    const [{ missing, demo }] = await api.server.db.query(
      `SELECT count(*) FILTER (WHERE pinyin_key = '' OR pinyin_search = '')::int AS missing, count(*)::int AS demo FROM official`,
    );
    expect(demo).toBeGreaterThan(NAMES.length);
    expect(missing).toBe(0);
  });

  it('pages by keyset in pinyin order', async () => {
    const page = `query ($a: ID!, $after: String) {
      officials(filter: { agencyId: $a }, first: 3, after: $after) { nodes { name } pageInfo { endCursor hasNextPage } }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { officials: { nodes: { name: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } =
        await ok(api.server, page, { a: agency, after });
      seen.push(...res.officials.nodes.map((o) => o.name));
      if (!res.officials.pageInfo.hasNextPage) break;
      after = res.officials.pageInfo.endCursor;
    }
    expect(seen).toEqual(PINYIN_ORDER);
  });

  it('finds officials by characters, pinyin and initials, ignoring case and spaces', async () => {
    expect(await names('王')).toEqual(['王建国']);
    expect(await names('wang')).toEqual(['汪洋', '王建国']);
    expect(await names('Wang Jian')).toEqual(['王建国']);
    expect(await names('wjg')).toEqual(['王建国']);
    expect(await names('zgf')).toEqual(['曾国藩']);
    expect(await names('shangguan')).toEqual(['上官婉儿']);
    expect(await names('xyz')).toEqual([]);
    // LIKE's wildcards are matched literally.
    expect(await names('%')).toEqual([]);
  });

  it('keeps the key when a name changes', async () => {
    const made = await make.official(api.server, { name: '测试改名', category: 'AGENCY_HEAD', agencyId: agency });
    await ok(api.server, UPDATE, { id: made.id, input: { name: '艾青' } });
    expect((await names())[0]).toBe('艾青');
    expect(await names('aq')).toEqual(['艾青']);
    await ok(api.server, UPDATE, { id: made.id, input: { name: '邹韬' } });
    expect((await names()).at(-1)).toBe('邹韬');
    expect(await names('aq')).toEqual([]);
  });

  it("keeps the key on the integrations' upsert, when inserting and when renaming", async () => {
    const { token } = await make.serviceToken(api.server, { scopes: ['OFFICIALS_WRITE', 'OFFICIALS_READ'] });
    const row = {
      externalId: 'py-001',
      name: '单雄信',
      category: 'CIVIL_SERVANT',
      subdistrictCode: '310101002',
      officeKind: 'COMMUNITY_SERVICE',
    };
    const find = async (q: string) =>
      (
        await ok(
          api.server,
          `query ($q: String) { officials(filter: { externalId: "py-001", nameContains: $q }) { nodes { name } } }`,
          {
            q,
          },
        )
      ).officials.nodes.map((o: { name: string }) => o.name);
    expect((await ok(api.server, UPSERT, { input: [row] }, token)).upsertOfficials.inserted).toBe(1);
    // 单 as a surname is shàn.
    expect(await find('shanxiongxin')).toEqual(['单雄信']);
    expect((await ok(api.server, UPSERT, { input: [{ ...row, name: '仇英' }] }, token)).upsertOfficials.updated).toBe(
      1,
    );
    expect(await find('qiuying')).toEqual(['仇英']);
    expect(await find('sxx')).toEqual([]);
  });

  it("orders a meeting's officials, the ballot, the progress and the results the same way", async () => {
    const officialIds = NAMES.map((n) => ids.get(n)!);
    const f = await make.setUpMeeting(api.server, { reps: 3, officialIds, prefix: 'pinyin' });
    const codes = (
      await ok(api.server, CHECK_IN, { input: { meetingId: f.meetingId, mode: 'CODE', names: ['王芳'] } }, f.chairToken)
    ).checkInAttendees.codes;
    await make.openMeeting(api.server, f);
    const nameOf = new Map([...ids].map(([name, id]) => [id, name]));

    const meeting = await ok(
      api.server,
      `query ($m: ID!) { evaluationMeeting(id: $m) { officials { name } progress { officials { officialId } } } }`,
      { m: f.meetingId },
    );
    expect(meeting.evaluationMeeting!.officials.map((o: { name: string }) => o.name)).toEqual(PINYIN_ORDER);
    expect(
      meeting.evaluationMeeting!.progress.officials.map((o: { officialId: string }) => nameOf.get(o.officialId)),
    ).toEqual(PINYIN_ORDER);

    const ballot = await api.server.gql(
      `query ($c: String!, $s: String) { ballot(code: $c, secret: $s) { officials { name } } }`,
      { c: codes[0], s: randomBytes(32).toString('base64url') },
      { token: null },
    );
    expect(ballot.data!.ballot.officials.map((o: { name: string }) => o.name)).toEqual(PINYIN_ORDER);

    await make.rateAll(api.server, f);
    await make.closeMeeting(api.server, f);
    const results = await ok(api.server, `query ($m: ID!) { evaluationMeeting(id: $m) { results { officialId } } }`, {
      m: f.meetingId,
    });
    expect(results.evaluationMeeting!.results.map((r: { officialId: string }) => nameOf.get(r.officialId))).toEqual(
      PINYIN_ORDER,
    );
  });
});
