import { useTestApi } from './support/api';
import { expectData, expectError } from './support/expect';
import { closeMeeting, openMeeting, PASSWORD, scores, setUpMeeting, user } from './support/factories';
import { LOGIN, SUBMIT_RATING } from './support/operations';

/**
 * Who may change a password, and when: one's own needs the current one (checked and counted like a
 * sign-in), and an ADMIN may not reset the password of a representative while a meeting they are
 * registered for is OPEN (docs/rules.md rule 7: the ADMIN could sign in as them and replace the ballot).
 */
const api = useTestApi({ withShanghai: true });

const UPDATE_USER = `mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`;
const RESETS = `query Resets($id: ID!) { auditEvents(entityType: "User", entityId: $id) { nodes { action } } }`;

/** What `login` answers: 'OK', 'WRONG' (a wrong password) or 'REFUSED' (over the limits). */
async function signInAs(username: string, password: string): Promise<string> {
  const res = await api.server.gql(LOGIN, { username, password }, { token: null });
  if (!res.errors) return 'OK';
  return res.errors[0].message === 'Wrong username or password' ? 'WRONG' : 'REFUSED';
}

describe("an ADMIN's password reset during an open meeting", () => {
  it('is refused with CONFLICT naming the meeting while it is OPEN, and is done (and audited) once it has closed', async () => {
    const f = await setUpMeeting(api.server, { reps: 1, prefix: '重置密码' });
    const [repId] = f.repIds;
    await openMeeting(api.server, f);

    const refused = expectError(
      await api.server.gql(UPDATE_USER, { id: repId, input: { password: 'taken-over-1' } }),
      'CONFLICT',
      'input.password',
    );
    expect(refused.message).toContain('重置密码评议会');
    expect(refused.message).toContain(f.meetingId);
    expect(refused.message).toMatch(/after that meeting has closed/);
    // Nothing changed: the old password still signs in, the new one does not, the voter still votes.
    expect(await signInAs(f.repUsernames[0], 'taken-over-1')).toBe('WRONG');
    expectData(
      await api.server.gql(
        SUBMIT_RATING,
        {
          input: { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'SATISFIED', scores: scores() },
        },
        { token: f.repTokens[0] },
      ),
    );
    expect(expectData(await api.server.gql(RESETS, { id: repId })).auditEvents.nodes).toEqual([]);

    await closeMeeting(api.server, f);
    expectData(await api.server.gql(UPDATE_USER, { id: repId, input: { password: 'reset-after-close' } }));
    expect(await signInAs(f.repUsernames[0], 'reset-after-close')).toBe('OK');
    expect(expectData(await api.server.gql(RESETS, { id: repId })).auditEvents.nodes).toEqual([
      { action: 'user.password_reset' },
    ]);
  });

  it('is allowed while the meeting is still a DRAFT, and for a user registered for no open meeting', async () => {
    const f = await setUpMeeting(api.server, { reps: 1, prefix: '草稿重置' });
    expectData(await api.server.gql(UPDATE_USER, { id: f.repIds[0], input: { password: 'reset-in-draft' } }));
    const other = await user(api.server);
    expectData(await api.server.gql(UPDATE_USER, { id: other.id, input: { password: 'reset-no-meeting' } }));
  });
});

describe("changing one's own password", () => {
  it('needs the current password: BAD_USER_INPUT without it, FORBIDDEN when wrong, and nothing changes', async () => {
    const me = await user(api.server, { role: 'CHAIR' });
    const change = (input: Record<string, unknown>) =>
      api.server.gql(UPDATE_USER, { id: me.id, input }, { token: me.token });

    const missing = expectError(
      await change({ password: 'my-new-password' }),
      'BAD_USER_INPUT',
      'input.currentPassword',
    );
    expect(missing.message).toMatch(/current password/);
    expectError(
      await change({ password: 'my-new-password', currentPassword: 'not-my-password' }),
      'FORBIDDEN',
      'input.currentPassword',
      {
        reason: 'WRONG_PASSWORD',
      },
    );
    expect(await signInAs(me.username, 'my-new-password')).toBe('WRONG');

    expectData(await change({ password: 'my-new-password', currentPassword: PASSWORD }));
    expect(await signInAs(me.username, 'my-new-password')).toBe('OK');
  });

  it('counts a wrong current password like a wrong password at sign-in, so a stolen session cannot guess it', async () => {
    const me = await user(api.server, { role: 'ASSESSOR', subdistrictId: null });
    const change = (currentPassword: string) =>
      api.server.gql(
        UPDATE_USER,
        { id: me.id, input: { password: 'guessed-at-last', currentPassword } },
        { token: me.token },
      );
    // Five wrong guesses here and five at the sign-in page: the ten of the per-account-and-address limit.
    for (let i = 0; i < 5; i++) expectError(await change(`guess-${i}`), 'FORBIDDEN', 'input.currentPassword');
    for (let i = 0; i < 5; i++) expect(await signInAs(me.username, `sign-in-guess-${i}`)).toBe('WRONG');
    // Now even the right password is refused, here as at sign-in, with the time to wait.
    const refused = expectError(await change(PASSWORD), 'FORBIDDEN', 'input.currentPassword', {
      reason: 'TOO_MANY_ATTEMPTS',
    });
    expect(refused.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(await signInAs(me.username, PASSWORD)).toBe('REFUSED');
  });

  it("is not asked of an ADMIN resetting another user's password", async () => {
    const other = await user(api.server);
    expectData(await api.server.gql(UPDATE_USER, { id: other.id, input: { password: 'admin-reset-1' } }));
    expect(await signInAs(other.username, 'admin-reset-1')).toBe('OK');
  });
});
