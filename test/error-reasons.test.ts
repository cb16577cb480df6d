/**
 * Every client error carries a stable `extensions.reason` (server/core/reasons.ts) and the
 * `extensions.params` its sentence needs (docs/architecture.md, errors): a rule of a module, an
 * access check, a class-validator constraint, a record that is not there.
 */
import { useTestApi } from './support/api';
import { officeOf, ok, places, template, user } from './support/factories';
import { expectError } from './support/expect';
import { CREATE_MEETING, CREATE_OFFICIAL, CREATE_SUBDISTRICT, LOGIN, OPEN_MEETING } from './support/operations';

const api = useTestApi({ withShanghai: true });

describe('error reasons (extensions.reason and extensions.params)', () => {
  it('a meeting opened without officials under evaluation: meeting.noOfficials', async () => {
    const { waitan } = await places(api.server);
    const templateId = await template(api.server);
    const made = await ok(api.server, CREATE_MEETING, {
      input: { title: '无人评议会', year: 2026, subdistrictId: waitan, templateId, chairId: null, minRatings: 3 },
    });
    const res = await api.server.gql(OPEN_MEETING, { id: made.createEvaluationMeeting.id });
    const error = expectError(res, 'CONFLICT', null, { reason: 'meeting.noOfficials', params: {} });
    expect(error.message).toBe('Add at least one official under evaluation before opening the meeting');
  });

  it('an ASSESSOR adding an official: access.roleMayNot with the role', async () => {
    const assessor = await user(api.server, { role: 'ASSESSOR' });
    const officeId = await officeOf(api.server);
    const res = await api.server.gql(
      CREATE_OFFICIAL,
      { input: { name: '不该有的人', category: 'CIVIL_SERVANT', officeId } },
      { token: assessor.token },
    );
    const error = expectError(res, 'FORBIDDEN', undefined, {
      reason: 'access.roleMayNot',
      params: { role: 'ASSESSOR', what: expect.any(String) },
    });
    expect(error.message).toMatch(/^Role ASSESSOR may not /);
  });

  it('a name over its limit: validation.maxLength with the field and the limit', async () => {
    const { huangpu } = await places(api.server);
    const res = await api.server.gql(CREATE_SUBDISTRICT, {
      input: { code: '310101909', name: '长'.repeat(101), districtId: huangpu },
    });
    expectError(res, 'BAD_USER_INPUT', 'input.name', {
      reason: 'validation.maxLength',
      params: { field: 'input.name', max: 100, message: expect.any(String) },
    });
  });

  it('an id that names nothing: notFound with the type and the id', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const res = await api.server.gql(OPEN_MEETING, { id });
    expectError(res, 'NOT_FOUND', undefined, {
      reason: 'notFound',
      params: { typeName: 'EvaluationMeeting', id },
    });
  });

  it('a wrong password: auth.wrongCredentials, UNAUTHENTICATED', async () => {
    const res = await api.server.gql(
      LOGIN,
      { username: 'waitan.chair', password: 'not-the-password' },
      { token: null },
    );
    expectError(res, 'UNAUTHENTICATED', null, { reason: 'auth.wrongCredentials', params: {} });
  });

  it('a body that is not JSON, or larger than 2 MB: request.badBody and request.bodyTooLarge, HTTP 400 and 413', async () => {
    const send = async (body: string) => {
      const res = await fetch(`${api.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      return { status: res.status, error: ((await res.json()) as { errors: { extensions: object }[] }).errors[0] };
    };
    const cut = await send('{"query":');
    expect(cut.status).toBe(400);
    expect(cut.error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: null,
      reason: 'request.badBody',
      params: { problem: expect.any(String) },
    });
    const large = await send(JSON.stringify({ query: `{ districts { totalCount } }`, padding: 'x'.repeat(2_200_000) }));
    expect(large.status).toBe(413);
    expect(large.error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: null,
      reason: 'request.bodyTooLarge',
      params: { max: '2mb' },
    });
  });
});
