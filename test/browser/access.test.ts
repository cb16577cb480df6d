/**
 * The admin's access control, without a browser: authProvider.canAccess answers from the role
 * table (admin/src/access.ts) for the signed-in user kept by `login`, so the menu, pages and
 * buttons of each role are those it can use; and a ballot code's UNAUTHENTICATED ends no session.
 */
import { createAuthProvider } from '../../admin/src/authProvider';

/** localStorage for the authProvider, outside a browser. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

type Role = 'ADMIN' | 'CHAIR' | 'REPRESENTATIVE' | 'ASSESSOR' | 'OFFICIAL';

/** An authProvider whose `login` is answered with a user of `role` and id `id`. */
function signedInAs(role: Role, id = `u-${role}`) {
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  const fakeFetch = (async (_url: string, init: RequestInit) => {
    sent.push(JSON.parse(String(init.body)));
    const user = { id, username: role.toLowerCase(), displayName: role, role };
    return new Response(
      JSON.stringify({ data: { login: { token: `token-${id}`, expiresAt: '2030-01-01T00:00:00.000Z', user } } }),
      { status: 200 },
    );
  }) as unknown as typeof fetch;
  return { auth: createAuthProvider('/graphql', fakeFetch), sent };
}

/** Which of `requests` the role may do, as `resource.action` strings. */
async function allowed(role: Role, requests: [string, string][]): Promise<string[]> {
  const { auth } = signedInAs(role);
  await auth.login({ username: role.toLowerCase(), password: 'x' });
  const answers = await Promise.all(requests.map(([resource, action]) => auth.canAccess!({ resource, action })));
  return requests.filter((_, i) => answers[i]).map(([resource, action]) => `${resource}.${action}`);
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('authProvider.canAccess', () => {
  const MENU: [string, string][] = [
    ['districts', 'list'],
    ['officials', 'list'],
    ['evaluationMeetings', 'list'],
    ['ratingTemplates', 'list'],
    ['accountabilityCases', 'list'],
    ['headAppointments', 'list'],
    ['annualAssessments', 'list'],
    ['serviceTokens', 'list'],
    ['webhookSubscriptions', 'list'],
    ['vote', 'list'],
    ['assessmentOverview', 'list'],
    ['residentSurveys', 'list'],
    ['graphiql', 'list'],
  ];
  const everyone = ['districts.list', 'officials.list', 'evaluationMeetings.list', 'ratingTemplates.list'];

  it('shows each role the menu of the screens it can use', async () => {
    expect(await allowed('ADMIN', MENU)).toEqual([
      ...everyone,
      'accountabilityCases.list',
      'headAppointments.list',
      'annualAssessments.list',
      'serviceTokens.list',
      'webhookSubscriptions.list',
      'assessmentOverview.list',
      'residentSurveys.list',
      'graphiql.list',
    ]);
    expect(await allowed('ASSESSOR', MENU)).toEqual([
      ...everyone,
      'accountabilityCases.list',
      'headAppointments.list',
      'annualAssessments.list',
      'assessmentOverview.list',
      'residentSurveys.list',
    ]);
    expect(await allowed('CHAIR', MENU)).toEqual([...everyone, 'residentSurveys.list']);
    expect(await allowed('REPRESENTATIVE', MENU)).toEqual([...everyone, 'vote.list']);
    expect(await allowed('OFFICIAL', MENU)).toEqual([...everyone, 'residentSurveys.list']);
  });

  it('gives the workflow buttons to the roles that may use them', async () => {
    const BUTTONS: [string, string][] = [
      ['evaluationMeetings', 'create'],
      ['evaluationMeetings', 'edit'],
      ['evaluationMeetings', 'readRepresentatives'],
      ['ratingTemplates', 'edit'],
      ['annualAssessments', 'create'],
      ['annualAssessments', 'finalize'],
      ['annualAssessments', 'override'],
      ['annualAssessments', 'show'],
      ['assessmentPolicies', 'edit'],
      ['accountabilityCases', 'conclude'],
      ['headAppointments', 'create'],
      ['headAppointments', 'decide'],
      ['serviceTokens', 'show'],
      ['webhookSubscriptions', 'delete'],
    ];
    const assess = [
      'annualAssessments.create',
      'annualAssessments.finalize',
      'annualAssessments.override',
      'annualAssessments.show',
      'assessmentPolicies.edit',
      'accountabilityCases.conclude',
    ];
    expect(await allowed('ADMIN', BUTTONS)).toEqual(BUTTONS.map(([r, a]) => `${r}.${a}`));
    expect(await allowed('ASSESSOR', BUTTONS)).toEqual(assess);
    expect(await allowed('CHAIR', BUTTONS)).toEqual([
      'evaluationMeetings.readRepresentatives',
      'annualAssessments.show',
    ]);
    // An official reads their own assessments (the API decides which); nothing else here is theirs.
    expect(await allowed('OFFICIAL', BUTTONS)).toEqual(['annualAssessments.show']);
    expect(await allowed('REPRESENTATIVE', BUTTONS)).toEqual(['annualAssessments.show']);
  });

  it("keeps residents' matters to the roles the matters API serves: steps for ADMINs, appeals decided by assessors too", async () => {
    const MATTERS: [string, string][] = [
      ['matters', 'list'],
      ['matterRanking', 'list'],
      ['matters', 'create'],
      ['matters', 'transfer'],
      ['matters', 'decideOwner'],
      ['matters', 'resolve'],
      ['matters', 'decideAppeal'],
    ];
    expect(await allowed('ADMIN', MATTERS)).toEqual(MATTERS.map(([r, a]) => `${r}.${a}`));
    expect(await allowed('ASSESSOR', MATTERS)).toEqual(['matters.list', 'matterRanking.list', 'matters.decideAppeal']);
    expect(await allowed('OFFICIAL', MATTERS)).toEqual(['matters.list', 'matterRanking.list']);
    // The API lets chairs and representatives read no matter at all.
    expect(await allowed('CHAIR', MATTERS)).toEqual([]);
    expect(await allowed('REPRESENTATIVE', MATTERS)).toEqual([]);
  });

  it('gives 新建 / 编辑 / 删除 of places, units and people to ADMINs only', async () => {
    const KEPT = [
      'districts',
      'subdistricts',
      'neighborhoods',
      'offices',
      'departments',
      'dispatchedAgencies',
      'officials',
    ];
    const requests = KEPT.flatMap((r): [string, string][] => [
      [r, 'create'],
      [r, 'edit'],
      [r, 'delete'],
      [r, 'list'],
      [r, 'show'],
    ]);
    const reads = KEPT.flatMap((r) => [`${r}.list`, `${r}.show`]);
    expect(await allowed('ADMIN', requests)).toEqual(requests.map(([r, a]) => `${r}.${a}`));
    for (const role of ['ASSESSOR', 'CHAIR', 'REPRESENTATIVE', 'OFFICIAL'] as const)
      expect(await allowed(role, requests)).toEqual(reads);
  });

  it('lets an ADMIN run any meeting and a chair only their own', async () => {
    const mine = { id: 'm1', chairId: 'u-CHAIR', status: 'OPEN' };
    const theirs = { id: 'm2', chairId: 'someone-else', status: 'OPEN' };
    const run = async (role: Role, record: object) => {
      const { auth } = signedInAs(role);
      await auth.login({ username: role, password: 'x' });
      return auth.canAccess!({ resource: 'evaluationMeetings', action: 'run', record });
    };
    expect(await run('ADMIN', theirs)).toBe(true);
    expect(await run('CHAIR', mine)).toBe(true);
    expect(await run('CHAIR', theirs)).toBe(false);
    expect(await run('REPRESENTATIVE', { ...mine, chairId: 'u-REPRESENTATIVE' })).toBe(false);
  });

  it('allows nothing when nobody is signed in', async () => {
    const { auth } = signedInAs('ADMIN');
    expect(await auth.canAccess!({ resource: 'districts', action: 'list' })).toBe(false);
  });

  it('signs in with the generated Login operation and keeps the user for canAccess', async () => {
    const { auth, sent } = signedInAs('REPRESENTATIVE');
    expect(await auth.login({ username: ' waitan.rep ', password: 'pw' })).toEqual({ redirectTo: '/vote' });
    expect(/^\s*mutation Login\(/.test(sent[0].query)).toBe(true);
    expect(sent[0].variables).toEqual({ username: 'waitan.rep', password: 'pw' });
    expect(await auth.getPermissions!({})).toBe('REPRESENTATIVE');
  });
});

describe('authProvider.checkError', () => {
  it('ends the session on a signed-in 401, but not on a ballot code’s', async () => {
    const { auth } = signedInAs('CHAIR');
    await auth.login({ username: 'chair', password: 'x' });
    await expect(
      auth.checkError({ status: 401, body: { code: 'UNAUTHENTICATED', anonymous: true } }),
    ).resolves.toBeUndefined();
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.checkError({ status: 401, body: { code: 'UNAUTHENTICATED' } })).rejects.toThrow(
      'pingyi.auth.sessionExpired',
    );
    await expect(auth.checkAuth({})).rejects.toThrow('pingyi.auth.signInFirst');
  });
});
