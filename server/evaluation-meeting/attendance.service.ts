import { In, type EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError, registerUniqueField } from '../core/errors';
import { saysSomething } from '../core/inputs';
import type { ServiceContext } from '../core/request-context';
import { Role } from '../core/role';
import type { User } from '../user/user.entity';
import { Attendee, CheckInPayload } from './attendance.types';
import { EvaluationMeeting } from './evaluation-meeting.entity';
import { CheckInInput, MeetingPeopleInput } from './evaluation-meeting.inputs';
import { MeetingRepresentative } from './meeting-registration.entity';
import { MeetingAttendance, VotingMode } from './meeting-attendance.entity';
import { MeetingEvent, meetingEvent } from './meeting-events';
import { MeetingStatus } from './meeting-status';
import type { EvaluationMeetingService } from './evaluation-meeting.service';
import type { BallotCodeService } from '../rating/ballot-code.service';
import type { EvaluationMeetingLoaders } from './evaluation-meeting.loaders';
import type { UserLoaders } from '../user/user.loaders';
import { meetingReasons } from './reasons';

// Two check-ins of the same person at the same moment: the roll's unique keys decide, and the loser hears why.
registerUniqueField('meeting_attendance_user_key', 'input.userIds');
registerUniqueField('meeting_attendance_name_key', 'input.names');

/**
 * A name as the chair typed it, tidied: default-ignorable code points (zero-width spaces and
 * joiners, word joiner, U+FEFF, soft hyphen, variation selectors…) removed, so that they make no
 * second name that looks the same; then runs of spaces and other format characters made one
 * space, trimmed.
 */
function tidyName(name: string): string {
  return name
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/[\s\p{Z}\p{Cf}]+/gu, ' ')
    .trim();
}

/**
 * The key that tells whether a name is already on the roll: Unicode NFKC (full-width = half-width),
 * tidied (invisible characters removed), without spaces between two Chinese characters ("王" + U+3000 + "芳" is
 * 王芳: a Chinese name has none), lower-cased.
 */
function nameKey(name: string): string {
  return tidyName(name.normalize('NFKC'))
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '')
    .toLowerCase();
}

/** The loaders this service reads. */
type AttendanceServiceLoaders = EvaluationMeetingLoaders & UserLoaders;

/** The services this service calls (the composition root passes them). */
export interface AttendanceDeps {
  meetings: EvaluationMeetingService;
  ballotCodes: BallotCodeService;
}

/**
 * Who takes part in a meeting (docs/rules.md rules 4, 5 and 7): the representatives registered for it,
 * and its attendance roll — the chair or an ADMIN checks people in as account voters or as code
 * voters, and each code voter gets one ballot code, issued in the same transaction. The roll
 * records that a person got a code, never which; a person is on it once, so nobody votes both with
 * an account and with a code, and nobody gets two codes.
 */
export class AttendanceService {
  constructor(
    private readonly ctx: ServiceContext<AttendanceServiceLoaders>,
    private readonly deps: AttendanceDeps,
  ) {}

  /**
   * Registers REPRESENTATIVE users for a meeting (its chair or an ADMIN; DRAFT or OPEN, so late
   * arrivals can be added). BAD_USER_INPUT on `input.ids` for a user who is not a representative
   * of the subdistrict; CONFLICT on `input.ids` for one checked in as a code voter there, by account
   * or by the name they bear (NFKC, invisible characters removed, trimmed, runs of spaces as one), who votes with the code only (docs/rules.md
   * rule 7). Registering twice changes nothing.
   */
  async registerRepresentatives(input: MeetingPeopleInput): Promise<EvaluationMeeting> {
    const meetings = this.deps.meetings;
    const meeting = await meetings.assertCanRun(input.meetingId);
    const users = await Promise.all(input.ids.map((id) => this.ctx.loaders.user.load(id)));
    users.forEach((user, i) => {
      if (!user || user.role !== Role.REPRESENTATIVE || user.subdistrictId !== meeting.subdistrictId) {
        throw new BadUserInputError(meetingReasons.notRepresentative({ id: input.ids[i] }), 'input.ids');
      }
    });
    return meetings.inTransaction(
      meeting.id,
      [MeetingStatus.DRAFT, MeetingStatus.OPEN],
      'register representatives for',
      async ({ manager, record }) => {
        const codeVoters = await manager
          .getRepository(MeetingAttendance)
          .findBy({ meetingId: meeting.id, userId: In(input.ids), mode: VotingMode.CODE });
        if (codeVoters.length > 0) {
          const name = users.find((user) => user?.id === codeVoters[0].userId)?.displayName;
          throw new ConflictError(meetingReasons.codeVoterOnly({ name: name ?? null }), 'input.ids');
        }
        const byName = await this.namesOnRoll(
          manager,
          meeting.id,
          (users as User[]).map((user) => nameKey(user.displayName)),
        );
        const namesake = (users as User[]).find((user) => byName.has(nameKey(user.displayName)));
        if (namesake)
          throw new ConflictError(meetingReasons.namesakeCodeVoter({ namesake: namesake.displayName }), 'input.ids');
        await manager
          .createQueryBuilder()
          .insert()
          .into(MeetingRepresentative)
          .values(input.ids.map((userId) => ({ meetingId: meeting.id, userId })))
          .orIgnore()
          .execute();
        await record(
          meetingEvent(MeetingEvent.REPRESENTATIVES_REGISTERED, this.ctx.viewer!.userId, meeting.id, {
            after: { userIds: input.ids },
          }),
        );
        return meeting;
      },
    );
  }

  /** Removes representatives from a DRAFT meeting (its chair or an ADMIN). */
  async unregisterRepresentatives(input: MeetingPeopleInput): Promise<EvaluationMeeting> {
    const meetings = this.deps.meetings;
    const meeting = await meetings.assertCanRun(input.meetingId);
    return meetings.inTransaction(
      meeting.id,
      [MeetingStatus.DRAFT],
      'unregister representatives from',
      async ({ manager, record }) => {
        await manager
          .getRepository(MeetingRepresentative)
          .createQueryBuilder()
          .delete()
          .where('meeting_id = :m AND user_id = ANY(:ids)', { m: meeting.id, ids: input.ids })
          .execute();
        await record(
          meetingEvent(MeetingEvent.REPRESENTATIVES_UNREGISTERED, this.ctx.viewer!.userId, meeting.id, {
            before: { userIds: input.ids },
          }),
        );
        return meeting;
      },
    );
  }

  /**
   * Checks people in at a DRAFT or OPEN meeting (its chair or an ADMIN over it). ACCOUNT: registered
   * representatives, who then count as present; checking one in again changes nothing. CODE: users
   * (REPRESENTATIVE of the subdistrict, registered or not) and people without an account by name;
   * each gets a new ballot code, returned this once. Errors: BAD_USER_INPUT on `input.userIds` (not
   * a representative of the subdistrict; for ACCOUNT not registered; listed twice; none given) or
   * `input.names` (blank, listed twice, or with ACCOUNT); CONFLICT on `input.userIds` or
   * `input.names` for a person already on the roll as a code voter — or, checking in as a code
   * voter, already on it at all (an account voter may not also get a code) — on `input.names` for a
   * name a REPRESENTATIVE of the subdistrict bears (NFKC, invisible characters removed, trimmed, runs of spaces as one: they are checked in by
   * account, so that nobody votes both ways; a namesake is told apart by what the chair adds), and
   * for a CLOSED meeting. Nothing is written on error; the check-in and the codes are audited, and the meeting's
   * progress announced.
   */
  async checkIn(input: CheckInInput): Promise<CheckInPayload> {
    const meeting = await this.deps.meetings.assertCanRun(input.meetingId);
    const userIds = input.userIds ?? [];
    const names = (input.names ?? []).map(tidyName);
    if (userIds.length + names.length === 0)
      throw new BadUserInputError(meetingReasons.noneToCheckIn(), 'input.userIds');
    if (input.mode === VotingMode.ACCOUNT && names.length > 0) {
      throw new BadUserInputError(meetingReasons.noAccountUsesCode(), 'input.names');
    }
    if (new Set(userIds).size !== userIds.length)
      throw new BadUserInputError(meetingReasons.personTwice(), 'input.userIds');
    const keys = names.map(nameKey);
    names.forEach((name, i) => {
      if (!saysSomething(name)) throw new BadUserInputError(meetingReasons.nameBlank({ i: i + 1 }), 'input.names');
      if (keys.indexOf(keys[i]) !== i) throw new BadUserInputError(meetingReasons.nameTwice({ name }), 'input.names');
    });
    const users = await Promise.all(userIds.map((id) => this.ctx.loaders.user.load(id)));
    const registered = new Set((await this.ctx.loaders.meetingRepresentatives.load(meeting.id)).map((r) => r.userId));
    users.forEach((user, i) => {
      if (!user || user.role !== Role.REPRESENTATIVE || user.subdistrictId !== meeting.subdistrictId) {
        throw new BadUserInputError(meetingReasons.userNotRepresentative({ userId: userIds[i] }), 'input.userIds');
      }
      if (input.mode === VotingMode.ACCOUNT && !registered.has(user.id)) {
        throw new BadUserInputError(meetingReasons.notRegistered({ user: user.displayName }), 'input.userIds');
      }
    });
    const issuerId = this.ctx.viewer!.userId;
    const result = await this.deps.meetings.inTransaction(
      meeting.id,
      [MeetingStatus.DRAFT, MeetingStatus.OPEN],
      'check people in at',
      async (tx) => {
        const { manager, record } = tx;
        const onRoll = await this.alreadyOnRoll(manager, meeting.id, userIds, keys);
        const fresh = (users as User[]).filter((user) => {
          const mode = onRoll.users.get(user.id);
          if (mode === VotingMode.CODE)
            throw new ConflictError(meetingReasons.alreadyCodeVoter({ user: user.displayName }), 'input.userIds');
          if (mode && input.mode === VotingMode.CODE)
            throw new ConflictError(meetingReasons.accountVoter({ user: user.displayName }), 'input.userIds');
          return !mode;
        });
        const taken = names.find((_, i) => onRoll.names.has(keys[i]));
        if (taken) throw new ConflictError(meetingReasons.nameOnRoll({ taken }), 'input.names');
        const representative = await this.representativeNamed(manager, meeting.subdistrictId, names, keys);
        if (representative)
          throw new ConflictError(meetingReasons.nameIsRepresentative({ representative }), 'input.names');
        const rows = [
          ...fresh.map((user) => ({
            meetingId: meeting.id,
            userId: user.id,
            name: null,
            nameKey: null,
            mode: input.mode,
            checkedInById: issuerId,
          })),
          ...names.map((name, i) => ({
            meetingId: meeting.id,
            userId: null,
            name,
            nameKey: keys[i],
            mode: input.mode,
            checkedInById: issuerId,
          })),
        ];
        if (rows.length > 0) await manager.getRepository(MeetingAttendance).insert(rows);
        await record(
          meetingEvent(MeetingEvent.CHECKED_IN, issuerId, meeting.id, {
            after: { mode: input.mode, userIds: fresh.map((u) => u.id), names },
          }),
        );
        const codes =
          input.mode === VotingMode.CODE
            ? await this.deps.ballotCodes.issue(tx, meeting.id, rows.length, issuerId)
            : [];
        return { checkedIn: rows.length, codes };
      },
    );
    return { meeting, ...result };
  }

  /** The meeting's attendance roll by name (its chair and the ADMINs over it; FORBIDDEN for others). */
  async attendees(meeting: EvaluationMeeting): Promise<Attendee[]> {
    if (!(await this.deps.meetings.runs(meeting))) throw new ForbiddenError(meetingReasons.rollReaders());
    const rows = await this.ctx.loaders.meetingAttendance.load(meeting.id);
    const users = await Promise.all(rows.map((row) => (row.userId ? this.ctx.loaders.user.load(row.userId) : null)));
    return rows
      .map((row, i) => ({
        id: row.id,
        mode: row.mode,
        userId: row.userId,
        name: users[i]?.displayName ?? row.name ?? '—',
        checkedIn: row.checkedInById !== null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }

  /**
   * The first of `names` (with their name keys `keys`) that a REPRESENTATIVE of the subdistrict
   * bears, or undefined: such a person is checked in by account, so that the roll knows the
   * account and the code are one person (docs/rules.md rule 7).
   */
  private async representativeNamed(
    manager: EntityManager,
    subdistrictId: string,
    names: string[],
    keys: string[],
  ): Promise<string | undefined> {
    if (names.length === 0) return undefined;
    const rows: { display_name: string }[] = await manager.query(
      `SELECT display_name FROM app_user WHERE role = $1 AND subdistrict_id = $2`,
      [Role.REPRESENTATIVE, subdistrictId],
    );
    const borne = new Set(rows.map((row) => nameKey(row.display_name)));
    return names.find((_, i) => borne.has(keys[i]));
  }

  /** Which of these name keys are on the meeting's roll, checked in by name. */
  private async namesOnRoll(manager: EntityManager, meetingId: string, keys: string[]): Promise<Set<string>> {
    const rows: { name_key: string }[] = await manager.query(
      `SELECT name_key FROM meeting_attendance WHERE meeting_id = $1 AND name_key = ANY($2::varchar[])`,
      [meetingId, keys],
    );
    return new Set(rows.map((row) => row.name_key));
  }

  /** Who of these users and names is on the meeting's roll already, and how they vote. */
  private async alreadyOnRoll(
    manager: EntityManager,
    meetingId: string,
    userIds: string[],
    keys: string[],
  ): Promise<{ users: Map<string, VotingMode>; names: Set<string> }> {
    const rows: { user_id: string | null; name_key: string | null; mode: VotingMode }[] = await manager.query(
      `SELECT user_id, name_key, mode FROM meeting_attendance WHERE meeting_id = $1 AND (user_id = ANY($2::uuid[]) OR name_key = ANY($3::varchar[]))`,
      [meetingId, userIds, keys],
    );
    return {
      users: new Map(rows.filter((r) => r.user_id).map((r) => [r.user_id!, r.mode])),
      names: new Set(rows.filter((r) => r.name_key).map((r) => r.name_key!)),
    };
  }
}
