/**
 * The official's own page (我的评议) reads from `me { official { … } }`: the official the signed-in
 * OFFICIAL user is, with their own assessments; other roles have none.
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });

const ME = `query MyPage { me { role official { id name assessments { year status score grade } } } }`;

describe('me.official, the official’s own page', () => {
  it('gives an OFFICIAL user their official with their own finalised assessment', async () => {
    const official = await make.official(api.server, { name: '我的评议' });
    await make.finalize(api.server, await make.assessYear(api.server, official.id, 2009, 80));
    const user = await make.user(api.server, { role: 'OFFICIAL', officialId: official.id });
    const me = (await ok(api.server, ME, {}, user.token)).me;
    expect(me).toEqual({
      role: 'OFFICIAL',
      official: {
        id: official.id,
        name: '我的评议',
        assessments: [{ year: 2009, status: 'FINALIZED', score: 80, grade: 'GOOD' }],
      },
    });
  });

  it('is null for an OFFICIAL user linked to no official and for the other roles', async () => {
    const unlinked = await make.user(api.server, { role: 'OFFICIAL' });
    expect((await ok(api.server, ME, {}, unlinked.token)).me).toEqual({ role: 'OFFICIAL', official: null });
    expect((await ok(api.server, ME)).me).toEqual({ role: 'ADMIN', official: null });
    const chair = await make.user(api.server, { role: 'CHAIR' });
    expect((await ok(api.server, ME, {}, chair.token)).me).toEqual({ role: 'CHAIR', official: null });
  });
});
