/**
 * The factories of test/support/factories make what they say, through the API, with the defaults
 * their descriptions give: what a new test may rely on.
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectData } from './support/expect';

const api = useTestApi({ withShanghai: true });

describe('factories', () => {
  it('make a user of each role, signed in, in 外滩街道 unless told otherwise', async () => {
    const at = await make.places(api.server);
    for (const role of ['ADMIN', 'CHAIR', 'REPRESENTATIVE', 'ASSESSOR'] as const) {
      const user = await make.user(api.server, { role });
      const me = expectData(
        await api.server.gql(`{ me { id username role subdistrictId } }`, {}, { token: user.token }),
      );
      expect({ role, me: me.me }).toEqual({
        role,
        me: { id: user.id, username: user.username, role, subdistrictId: at.waitan },
      });
    }
    const official = await make.official(api.server);
    const linked = await make.user(api.server, { role: 'OFFICIAL', officialId: official.id, subdistrictId: null });
    const me = expectData(
      await api.server.gql(`{ me { role officialId subdistrictId districtId } }`, {}, { token: linked.token }),
    );
    expect(me.me).toEqual({ role: 'OFFICIAL', officialId: official.id, subdistrictId: null, districtId: at.huangpu });
  });

  it('make an official of each category, placed as docs/rules.md rule 3 wants', async () => {
    const READ = `query ($id: ID!) { official(id: $id) { name category subdistrictId office { kind } agency { id } } }`;
    const { waitan } = await make.places(api.server);
    const civil = await make.official(api.server, { name: '默认人员' });
    expect(expectData(await api.server.gql(READ, { id: civil.id })).official).toEqual({
      name: '默认人员',
      category: 'CIVIL_SERVANT',
      subdistrictId: waitan,
      office: { kind: 'COMMUNITY_SERVICE' },
      agency: null,
    });
    const worker = await make.official(api.server, {
      category: 'COMMUNITY_WORKER',
      officeId: await make.officeOf(api.server, 'COMMUNITY_SELF_GOVERNANCE'),
    });
    expect(expectData(await api.server.gql(READ, { id: worker.id })).official).toMatchObject({
      category: 'COMMUNITY_WORKER',
      office: { kind: 'COMMUNITY_SELF_GOVERNANCE' },
      agency: null,
    });
    const head = await make.official(api.server, { category: 'AGENCY_HEAD' });
    const read = expectData(await api.server.gql(READ, { id: head.id })).official;
    expect(read).toMatchObject({
      category: 'AGENCY_HEAD',
      subdistrictId: waitan,
      office: null,
      agency: { id: expect.any(String) },
    });
  });

  it('make a 街道 with its six standard offices (docs/rules.md rule 1), and an agency stationed in it', async () => {
    const place = await make.subdistrict(api.server);
    expect(Object.keys(place.offices).sort()).toEqual([
      'COMMUNITY_MANAGEMENT',
      'COMMUNITY_SAFETY',
      'COMMUNITY_SELF_GOVERNANCE',
      'COMMUNITY_SERVICE',
      'PARTY_BUILDING',
      'PARTY_GOVERNMENT',
    ]);
    const agency = await make.agency(api.server, { subdistrictId: place.id, kind: 'POLICE_STATION' });
    const read = expectData(
      await api.server.gql(`query ($id: ID!) { dispatchedAgency(id: $id) { name kind subdistrict { code } } }`, {
        id: agency.id,
      }),
    );
    expect(read.dispatchedAgency).toEqual({
      name: agency.name,
      kind: 'POLICE_STATION',
      subdistrict: { code: place.code },
    });
  });

  it('make a meeting with its officials and representatives, open it with ratings and close it with results', async () => {
    const f = await make.openMeetingWithRatings(api.server, 'factory.meeting', 3);
    const PROGRESS = `query ($m: ID!) { evaluationMeeting(id: $m) { status representativesRegistered: representatives { id } progress { officials { ratingsReceived } } } }`;
    const open = expectData(
      await api.server.gql<{ evaluationMeeting: { representativesRegistered: { id: string }[] } }>(PROGRESS, {
        m: f.meetingId,
      }),
    );
    expect(open.evaluationMeeting.representativesRegistered.map((r) => r.id).sort()).toEqual([...f.repIds].sort());
    expect(open.evaluationMeeting).toMatchObject({
      status: 'OPEN',
      progress: { officials: [{ ratingsReceived: 3 }, { ratingsReceived: 3 }] },
    });
    await make.closeMeeting(api.server, f);
    const RESULTS = `query ($m: ID!) { evaluationMeeting(id: $m) { status results { ratingCount rate weightedScore } } }`;
    // Every rating SATISFIED with attitude 4, efficiency 4, integrity 5: 40·3/4 + 30·3/4 + 30 = 82.5.
    expect(expectData(await api.server.gql(RESULTS, { m: f.meetingId })).evaluationMeeting).toEqual({
      status: 'CLOSED',
      results: [
        { ratingCount: 3, rate: 1, weightedScore: 82.5 },
        { ratingCount: 3, rate: 1, weightedScore: 82.5 },
      ],
    });
  });

  it('make an assessed year, a breach and a token', async () => {
    const official = await make.official(api.server);
    await make.finalize(api.server, await make.assessYear(api.server, official.id, 2020, 92));
    await make.breach(api.server, official.id, 2021);
    const read = expectData(
      await api.server.gql(
        `query ($o: ID!) { official(id: $o) { redLineBreaches assessments { year score grade status } } }`,
        { o: official.id },
      ),
    );
    expect(read.official).toEqual({
      redLineBreaches: [2021],
      assessments: [{ year: 2020, score: 92, grade: 'EXCELLENT', status: 'FINALIZED' }],
    });
    const { token } = await make.serviceToken(api.server, { scopes: ['OFFICIALS_READ'] });
    expect(
      expectData(await api.server.gql(`query ($id: ID!) { official(id: $id) { id } }`, { id: official.id }, { token }))
        .official,
    ).toEqual({ id: official.id });
  });
});
