import { idByCode, useTestApi, type Answer, type Schema, type GqlResponse, type AuditState } from './support/api';
import * as make from './support/factories';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

const CREATE_ITEM = `mutation ($input: CreateResponsibilityItemInput!) { createResponsibilityItem(input: $input) { id officialId year kind content position } }`;
const SUBMIT = `mutation ($input: SubmitSelfReportInput!) { submitSelfReport(input: $input) { id year summary answers { itemId fulfilled note } } }`;
const REPORT = `query ($o: ID!, $y: Int!) { selfReport(officialId: $o, year: $y) { id summary official { id } answers { itemId fulfilled note item { kind content } } } }`;

/** The year the tests keep their own lists for (the demo set fills 2026). */
const YEAR = 2025;

type Item = { id: string; kind: string; content: string; position: number };
type Person = { id: string; name: string };

/** The three lines `listFor` gives an official for YEAR, in order. */
const LINES = [
  { kind: 'DUTY', content: '每月走访辖区困难家庭不少于10户' },
  { kind: 'DUTY', content: '牵头办理居民诉求，按时办结率不低于95%' },
  { kind: 'RED_LINE', content: '不得收受辖区单位和居民的礼品礼金' },
];

// Each test works on a civil servant of 外滩街道 of its own (`people[i]`, by name) with a list it
// makes itself (`listFor`), or a new official (make.official), so the tests run in any order; the
// demo's 2026 lists are only read.
describe('responsibility lists and self-reports (docs/rules.md rule 8)', () => {
  let waitan: string;
  let people: Person[];
  let adminId: string;
  let nanjingToken: string;

  /** Gives the official the three LINES for YEAR, as the district's ADMIN, and returns them. */
  const listFor = async (official: Person): Promise<Item[]> => {
    const items: Item[] = [];
    for (const line of LINES) {
      const res = await api.server.gql(CREATE_ITEM, { input: { officialId: official.id, year: YEAR, ...line } });
      expect(res.errors).toBeUndefined();
      items.push(res.data!.createResponsibilityItem);
    }
    return items;
  };
  /** Submits a self-report answering every line, as the ADMIN; returns its id. */
  const reportOn = async (official: Person, items: Item[], summary = '对照责任清单履职情况。'): Promise<string> => {
    const res = await api.server.gql(SUBMIT, {
      input: {
        officialId: official.id,
        year: YEAR,
        summary,
        answers: items.map((i) => ({ itemId: i.id, fulfilled: true, note: '已完成。' })),
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.submitSelfReport.id;
  };

  beforeAll(async () => {
    waitan = await idByCode(api.server, 'subdistrict', '310101013');
    const res = await api.server.gql(
      `query ($s: ID!) { officials(filter: { subdistrictId: $s, category: CIVIL_SERVANT }, first: 12, orderBy: [{ field: NAME }]) { nodes { id name } } }`,
      { s: waitan },
    );
    people = res.data!.officials.nodes;
    expect(people).toHaveLength(12);
    adminId = await make.userIdOf(api.server, 'huangpu.admin');
    // An ADMIN of 南京东路街道, the next subdistrict: outside 外滩街道's scope.
    ({ token: nanjingToken } = await make.user(api.server, {
      role: 'ADMIN',
      subdistrictId: (await make.places(api.server)).nanjing,
    }));
  });

  it("keeps an official's yearly list of duties and red lines, in order", async () => {
    const official = people[0];
    const items = await listFor(official);
    expect(items.map((i) => i.position)).toEqual([0, 1, 2]);
    const inserted = await api.server.gql(CREATE_ITEM, {
      input: { officialId: official.id, year: YEAR, kind: 'DUTY', content: '参加社区党建联席会议', position: 1 },
    });
    const renamed = await api.server.gql(
      `mutation ($id: ID!) { updateResponsibilityItem(id: $id, input: { content: "每月走访辖区困难家庭和独居老人不少于10户" }) { content } }`,
      { id: items[0].id },
    );
    expect(renamed.data!.updateResponsibilityItem.content).toBe('每月走访辖区困难家庭和独居老人不少于10户');

    const read = await api.server.gql<Answer & { redLines: Schema.Query['responsibilityItems'] }>(
      `query ($o: ID!, $y: Int!) {
        official(id: $o) { responsibilityItems(year: $y) { kind content position official { name } } }
        redLines: responsibilityItems(filter: { officialId: $o, year: $y, kind: RED_LINE }) { totalCount nodes { content } }
      }`,
      { o: official.id, y: YEAR },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.official!.responsibilityItems.map((i) => [i.kind, i.content])).toEqual([
      ['DUTY', '每月走访辖区困难家庭和独居老人不少于10户'],
      ['DUTY', '参加社区党建联席会议'],
      ['DUTY', '牵头办理居民诉求，按时办结率不低于95%'],
      ['RED_LINE', '不得收受辖区单位和居民的礼品礼金'],
    ]);
    expect(read.data!.official!.responsibilityItems[0].official.name).toBe(official.name);
    expect(read.data!.redLines).toEqual({ totalCount: 1, nodes: [{ content: '不得收受辖区单位和居民的礼品礼金' }] });

    const deleted = await api.server.gql(`mutation ($id: ID!) { deleteResponsibilityItem(id: $id) }`, {
      id: inserted.data!.createResponsibilityItem.id,
    });
    expect(deleted.data!.deleteResponsibilityItem).toBe(inserted.data!.createResponsibilityItem.id);

    // Moving a line shifts the lines in between, up or down.
    const move = async (id: string, position: number) => {
      const moved = await api.server.gql(
        `mutation ($id: ID!, $p: Int!) { updateResponsibilityItem(id: $id, input: { position: $p }) { position } }`,
        { id, p: position },
      );
      expect(moved.data!.updateResponsibilityItem.position).toBe(position);
      const list = await api.server.gql(
        `query ($o: ID!) { official(id: $o) { responsibilityItems(year: ${YEAR}) { id } } }`,
        { o: official.id },
      );
      return list.data!.official!.responsibilityItems.map((i) => i.id);
    };
    expect(await move(items[2].id, 0)).toEqual([items[2].id, items[0].id, items[1].id]);
    expect(await move(items[2].id, 3)).toEqual([items[0].id, items[1].id, items[2].id]);

    const bad: [Record<string, unknown>, string][] = [
      [{ content: '  ' }, 'input.content'],
      [{ content: '超'.repeat(501) }, 'input.content'],
      [{ year: 1999 }, 'input.year'],
      [{ officialId: '00000000-0000-4000-8000-000000000000' }, 'input.officialId'],
    ];
    for (const [change, field] of bad) {
      const res = await api.server.gql(CREATE_ITEM, {
        input: { officialId: official.id, year: YEAR, kind: 'DUTY', content: '按时参加例会', ...change },
      });
      expect({ change, extensions: res.errors?.[0].extensions }).toEqual({
        change,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
  });

  it('stores a complete self-report and reads it back in the order of the list', async () => {
    const official = people[1];
    const [visits, requests, gifts] = await listFor(official);
    const res = await api.server.gql(SUBMIT, {
      input: {
        officialId: official.id,
        year: YEAR,
        summary: '2025年对照责任清单履职，走访和诉求办理均按计划完成，未收受礼品礼金。',
        answers: [
          { itemId: gifts.id, fulfilled: true, note: '全年未收受任何礼品礼金，节日期间主动公开承诺。' },
          { itemId: visits.id, fulfilled: true, note: '全年走访困难家庭132户次，台账齐全。' },
          { itemId: requests.id, fulfilled: false, note: '按时办结率93%，两件跨部门诉求超期，已建立督办机制。' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    const read = await api.server.gql(REPORT, { o: official.id, y: YEAR });
    expect(read.data!.selfReport).toEqual({
      id: res.data!.submitSelfReport.id,
      summary: '2025年对照责任清单履职，走访和诉求办理均按计划完成，未收受礼品礼金。',
      official: { id: official.id },
      answers: [
        {
          itemId: visits.id,
          fulfilled: true,
          note: '全年走访困难家庭132户次，台账齐全。',
          item: { kind: 'DUTY', content: '每月走访辖区困难家庭不少于10户' },
        },
        {
          itemId: requests.id,
          fulfilled: false,
          note: '按时办结率93%，两件跨部门诉求超期，已建立督办机制。',
          item: { kind: 'DUTY', content: '牵头办理居民诉求，按时办结率不低于95%' },
        },
        {
          itemId: gifts.id,
          fulfilled: true,
          note: '全年未收受任何礼品礼金，节日期间主动公开承诺。',
          item: { kind: 'RED_LINE', content: '不得收受辖区单位和居民的礼品礼金' },
        },
      ],
    });
    const viaOfficial = await api.server.gql(
      `query ($o: ID!) { official(id: $o) { selfReport(year: ${YEAR}) { id } none: selfReport(year: 2019) { id } } }`,
      { o: official.id },
    );
    expect(viaOfficial.data!.official).toEqual({ selfReport: { id: res.data!.submitSelfReport.id }, none: null });
  });

  it('refuses a missing, extra, repeated or foreign answer on input.answers, naming the item', async () => {
    const [official, colleague] = [people[2], people[3]];
    const items = await listFor(official);
    await reportOn(official, items, '第一次提交的述职。');
    const full = items.map((i) => ({ itemId: i.id, fulfilled: true, note: '已完成。' }));
    const [colleagueItem] = await api.server.db.query(
      `SELECT id FROM responsibility_item WHERE official_id = $1 AND year = 2026 LIMIT 1`,
      [colleague.id],
    );
    const [otherYearItem] = await api.server.db.query(
      `SELECT id FROM responsibility_item WHERE official_id = $1 AND year = 2026 LIMIT 1`,
      [official.id],
    );
    const stranger = '00000000-0000-4000-8000-000000000000';
    const cases: [string, unknown[], string][] = [
      ['missing', full.slice(0, 2), items[2].id],
      ['extra', [...full, { itemId: stranger, fulfilled: true, note: '多余' }], stranger],
      ['repeated', [...full, { ...full[1], note: '再答一次' }], items[1].id],
      [
        "another official's",
        [...full, { itemId: colleagueItem.id, fulfilled: true, note: '别人的' }],
        colleagueItem.id,
      ],
      ["another year's", [...full, { itemId: otherYearItem.id, fulfilled: true, note: '别的年度' }], otherYearItem.id],
      ['not an id', [...full, { itemId: 'item-1', fulfilled: true, note: '乱写' }], 'item-1'],
    ];
    for (const [variant, answers, itemId] of cases) {
      const res = await api.server.gql(SUBMIT, {
        input: { officialId: official.id, year: YEAR, summary: '不完整的述职', answers },
      });
      expect({ variant, extensions: res.errors?.[0].extensions }).toEqual({
        variant,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.answers', itemId }),
      });
      expect(res.errors?.[0].message).toContain(itemId);
    }
    const blank = await api.server.gql(SUBMIT, {
      input: {
        officialId: official.id,
        year: YEAR,
        summary: '述职',
        answers: [{ ...full[0], note: ' ' }, ...full.slice(1)],
      },
    });
    expectError(blank, 'BAD_USER_INPUT', 'input.answers.0.note');
    const noList = await api.server.gql(SUBMIT, {
      input: { officialId: official.id, year: 2024, summary: '述职', answers: full },
    });
    expectError(noList, 'BAD_USER_INPUT', 'input.year');

    const read = await api.server.gql(REPORT, { o: official.id, y: YEAR });
    expect(read.data!.selfReport!.summary).toBe('第一次提交的述职。');
  });

  it('replaces the first submission with the second', async () => {
    const official = people[4];
    const items = await listFor(official);
    await reportOn(official, items, '第一次提交的述职。');
    const before = await api.server.gql(REPORT, { o: official.id, y: YEAR });
    const res = await api.server.gql(SUBMIT, {
      input: {
        officialId: official.id,
        year: YEAR,
        summary: '补充材料后重新提交：诉求办结率经核实为96%。',
        answers: items.map((i) => ({ itemId: i.id, fulfilled: true, note: `经核实已完成：${i.content}` })),
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitSelfReport.id).toBe(before.data!.selfReport!.id);
    const read = await api.server.gql(REPORT, { o: official.id, y: YEAR });
    expect(read.data!.selfReport!.summary).toBe('补充材料后重新提交：诉求办结率经核实为96%。');
    expect(read.data!.selfReport!.answers.map((a) => a.fulfilled)).toEqual([true, true, true]);
    const [{ reports, answers }] = await api.server.db.query(
      `SELECT (SELECT count(*)::int FROM self_report WHERE official_id = $1 AND year = $2) AS reports,
              (SELECT count(*)::int FROM self_report_answer a JOIN self_report s ON s.id = a.report_id WHERE s.official_id = $1 AND s.year = $2) AS answers`,
      [official.id, YEAR],
    );
    expect({ reports, answers }).toEqual({ reports: 1, answers: 3 });
  });

  it('lets concurrent submissions of a first report follow one another: one report, each line answered once', async () => {
    // A new official with a 2026 list and no self-report yet, in a new 街道, so that the demo's 街道 keep the officials they had.
    const colleague = await make.official(api.server, {
      officeId: (await make.subdistrict(api.server)).offices.COMMUNITY_SERVICE,
    });
    const lines = await make.responsibilityList(api.server, colleague.id, 2026);
    const answers = lines.map((i) => ({ itemId: i.id, fulfilled: true, note: '同时提交' }));
    const racing = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        api.server.gql(SUBMIT, { input: { officialId: colleague.id, year: 2026, summary: `第${n}次提交`, answers } }),
      ),
    );
    expect(racing.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    const [{ reports, stored }] = await api.server.db.query(
      `SELECT count(DISTINCT s.id)::int AS reports, count(a.item_id)::int AS stored FROM self_report s JOIN self_report_answer a ON a.report_id = s.id WHERE s.official_id = $1 AND s.year = 2026`,
      [colleague.id],
    );
    expect({ reports, stored }).toEqual({ reports: 1, stored: answers.length });
  });

  it('lets everyone in scope read, only an ADMIN keep lists, and nobody outside the scope read or write', async () => {
    const official = people[6];
    const items = await listFor(official);
    await reportOn(official, items);
    const repToken = await api.server.login('waitan.rep');
    const repRead = await api.server.gql(REPORT, { o: official.id, y: YEAR }, { token: repToken });
    expect(repRead.data!.selfReport!.answers).toHaveLength(3);
    const repWrite = await api.server.gql(
      CREATE_ITEM,
      { input: { officialId: official.id, year: YEAR, kind: 'DUTY', content: '代表加的' } },
      { token: repToken },
    );
    expectError(repWrite, 'FORBIDDEN');
    const repSubmit = await api.server.gql(
      SUBMIT,
      { input: { officialId: official.id, year: YEAR, summary: '代写', answers: [] } },
      { token: repToken },
    );
    expectError(repSubmit, 'FORBIDDEN');

    const outside = await api.server.gql(
      `query ($o: ID!, $i: ID!) {
        selfReport(officialId: $o, year: ${YEAR}) { id }
        responsibilityItem(id: $i) { id }
        responsibilityItems(filter: { officialId: $o }) { totalCount }
        all: responsibilityItems { totalCount }
      }`,
      { o: official.id, i: items[0].id },
      { token: nanjingToken },
    );
    expect(outside.errors).toBeUndefined();
    expect(outside.data).toEqual({
      selfReport: null,
      responsibilityItem: null,
      responsibilityItems: { totalCount: 0 },
      all: { totalCount: 0 },
    });
    const add = await api.server.gql(
      CREATE_ITEM,
      { input: { officialId: official.id, year: YEAR, kind: 'DUTY', content: '越权' } },
      { token: nanjingToken },
    );
    expectError(add, 'BAD_USER_INPUT', 'input.officialId');
    const change = await api.server.gql(
      `mutation ($id: ID!) { updateResponsibilityItem(id: $id, input: { content: "越权" }) { id } }`,
      { id: items[0].id },
      { token: nanjingToken },
    );
    expectError(change, 'NOT_FOUND');
    const remove = await api.server.gql(
      `mutation ($id: ID!) { deleteResponsibilityItem(id: $id) }`,
      { id: items[0].id },
      { token: nanjingToken },
    );
    expectError(remove, 'NOT_FOUND');
    const submit = await api.server.gql(
      SUBMIT,
      { input: { officialId: official.id, year: YEAR, summary: '越权', answers: [] } },
      { token: nanjingToken },
    );
    expectError(submit, 'BAD_USER_INPUT', 'input.officialId');
  });

  it("lets an OFFICIAL user submit their own self-report and no one else's, in their own name in the audit log", async () => {
    const [official, colleague] = [people[7], people[8]];
    const items = await listFor(official);
    const { id: officialUserId, token } = await make.user(api.server, { role: 'OFFICIAL', officialId: official.id });
    const own = await api.server.gql(
      SUBMIT,
      {
        input: {
          officialId: official.id,
          year: YEAR,
          summary: '本人提交的述职。',
          answers: items.map((i) => ({ itemId: i.id, fulfilled: true, note: '本人确认已完成。' })),
        },
      },
      { token },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.submitSelfReport.summary).toBe('本人提交的述职。');
    const colleagueItems = await api.server.gql(
      `query ($o: ID!) { official(id: $o) { responsibilityItems(year: 2026) { id } } }`,
      { o: colleague.id },
      { token },
    );
    const other = await api.server.gql(
      SUBMIT,
      {
        input: {
          officialId: colleague.id,
          year: 2026,
          summary: '替同事述职',
          answers: colleagueItems.data!.official!.responsibilityItems.map((i) => ({
            itemId: i.id,
            fulfilled: true,
            note: '代填',
          })),
        },
      },
      { token },
    );
    expectError(other, 'FORBIDDEN');
    const list = await api.server.gql(
      CREATE_ITEM,
      { input: { officialId: official.id, year: YEAR, kind: 'DUTY', content: '自己加的' } },
      { token },
    );
    expectError(list, 'FORBIDDEN');
    const [logged] = await api.server.db.query(
      `SELECT actor_id FROM audit_event WHERE action = 'self_report.submitted' AND entity_id = $1`,
      [own.data!.submitSelfReport.id],
    );
    expect(logged.actor_id).toBe(officialUserId);
  });

  it('writes every change to the audit log in the same transaction, with the actor', async () => {
    const official = people[10];
    const items = await listFor(official);
    await api.server.gql(
      `mutation ($id: ID!) { updateResponsibilityItem(id: $id, input: { content: "每月走访辖区困难家庭和独居老人不少于10户" }) { id } }`,
      { id: items[0].id },
    );
    const extra = await api.server.gql(CREATE_ITEM, {
      input: { officialId: official.id, year: YEAR, kind: 'DUTY', content: '参加社区党建联席会议' },
    });
    await api.server.gql(`mutation ($id: ID!) { deleteResponsibilityItem(id: $id) }`, {
      id: extra.data!.createResponsibilityItem.id,
    });
    const reportId = await reportOn(official, items, '第一次提交的述职。');
    const refused = await api.server.gql(SUBMIT, {
      input: { officialId: official.id, year: YEAR, summary: '缺一行', answers: [] },
    });
    expectError(refused, 'BAD_USER_INPUT');
    await reportOn(official, items, '第二次提交的述职。');

    const rows: { action: string; actor_id: string; before: AuditState; after: AuditState }[] =
      await api.server.db.query(
        `SELECT action, actor_id, before, after FROM audit_event
        WHERE entity_type IN ('ResponsibilityItem', 'SelfReport') AND entity_id = ANY($1) ORDER BY at, action`,
        [[...items.map((i) => i.id), extra.data!.createResponsibilityItem.id, reportId]],
      );
    const count = (action: string) => rows.filter((r) => r.action === action).length;
    expect(count('responsibility_item.created')).toBe(4);
    expect(count('responsibility_item.updated')).toBe(1);
    expect(count('responsibility_item.deleted')).toBe(1);
    // Two submissions; the refused one wrote nothing.
    expect(count('self_report.submitted')).toBe(2);
    expect(rows.every((r) => r.actor_id === adminId)).toBe(true);
    const submissions = rows.filter((r) => r.action === 'self_report.submitted');
    expect(submissions[0].before).toBeNull();
    expect(submissions[1].before!.summary).toBe('第一次提交的述职。');
    expect(submissions[1].after!.answers).toHaveLength(3);
  });

  it("takes a deleted line's answer out of the self-report and logs both", async () => {
    const official = people[11];
    const items = await listFor(official);
    const reportId = await reportOn(official, items);
    const res = await api.server.gql(`mutation ($id: ID!) { deleteResponsibilityItem(id: $id) }`, { id: items[1].id });
    expect(res.errors).toBeUndefined();
    const read = await api.server.gql(REPORT, { o: official.id, y: YEAR });
    expect(read.data!.selfReport!.answers.map((a) => a.itemId)).toEqual([items[0].id, items[2].id]);
    const [log] = await api.server.db.query(
      `SELECT entity_id, before FROM audit_event WHERE action = 'self_report.answer_removed' AND entity_id = $1`,
      [reportId],
    );
    expect(log).toMatchObject({
      entity_id: read.data!.selfReport!.id,
      before: { itemId: items[1].id, fulfilled: true },
    });
  });

  it('gives each 外滩街道 demo official a 2026 list of duties and a red line, with a self-report', async () => {
    const [row] = await api.server.db.query(
      `SELECT count(*)::int AS officials,
              count(*) FILTER (WHERE (SELECT count(*) FROM responsibility_item r WHERE r.official_id = o.id AND r.year = 2026 AND r.kind = 'RED_LINE') = 1
                                 AND (SELECT count(*) FROM responsibility_item r WHERE r.official_id = o.id AND r.year = 2026 AND r.kind = 'DUTY') BETWEEN 2 AND 3)::int AS listed,
              count(*) FILTER (WHERE (SELECT count(*) FROM self_report_answer a JOIN self_report s ON s.id = a.report_id WHERE s.official_id = o.id AND s.year = 2026)
                                   = (SELECT count(*) FROM responsibility_item r WHERE r.official_id = o.id AND r.year = 2026))::int AS reported
       FROM official o WHERE o.subdistrict_id = $1 AND o.external_id LIKE 'DEMO-%'`,
      [waitan],
    );
    expect(row.officials).toBeGreaterThan(20);
    expect(row).toEqual({ officials: row.officials, listed: row.officials, reported: row.officials });
  });

  it('costs four SQL statements for lists and self-reports of 50 officials, as for 5', async () => {
    const QUERY = `query ($s: ID!, $n: Int) { officials(filter: { subdistrictId: $s }, first: $n) { nodes { responsibilityItems(year: 2026) { id } selfReport(year: 2026) { summary } } } }`;
    let res!: GqlResponse;
    const big = await api.server.countQueries(async () => {
      res = await api.server.gql(QUERY, { s: waitan, n: 50 });
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.officials.nodes.length).toBeGreaterThan(20);
    expect(res.data!.officials.nodes.filter((o) => o.responsibilityItems.length >= 3 && o.selfReport)).toHaveLength(
      res.data!.officials.nodes.length,
    );
    // the session check, officials page, the lists, the self-reports
    expect(big).toBe(4);
    expect(await api.server.countQueries(() => api.server.gql(QUERY, { s: waitan, n: 5 }))).toBe(4);
    // … and one more each for the answers and for the lines they answer
    const DEEP = `query ($s: ID!, $n: Int) { officials(filter: { subdistrictId: $s }, first: $n) { nodes { selfReport(year: 2026) { answers { fulfilled item { kind } } } } } }`;
    expect(await api.server.countQueries(() => api.server.gql(DEEP, { s: waitan, n: 50 }))).toBe(5);
    expect(await api.server.countQueries(() => api.server.gql(DEEP, { s: waitan, n: 5 }))).toBe(5);
  });
});
