import { hash } from '@node-rs/argon2';
import { DomainEvent, snapshot } from '../core/domain-events';
import { endAllSessions } from '../auth/sessions';
import { assertCurrentPassword } from '../auth/current-password';
import { BadUserInputError, ConflictError, ForbiddenError } from '../core/errors';
import { whereEquals, whereNameOrPinyin } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay } from '../core/viewer';
import { Role } from '../core/role';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserFilter, UserOrder, UserOrderField } from './user.inputs';
import type { ServiceContext } from '../core/request-context';
import type { DistrictService } from '../district/district.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import type { OfficeService } from '../office/office.service';
import type { DispatchedAgencyService } from '../dispatched-agency/dispatched-agency.service';
import type { OfficialService } from '../official/official.service';
import type { MeetingLifecycleService } from '../evaluation-meeting/meeting-lifecycle.service';
import type { UserLoaders } from './user.loaders';
import type { OfficialLoaders } from '../official/official.loaders';
import { userReasons } from './reasons';

/** The fields of a user that say what they may do, as the audit log records a change of them. */
const ACCESS_FIELDS: (keyof User)[] = ['role', 'districtId', 'subdistrictId', 'officialId'];

/** DISPLAY_NAME sorts by the display name's pinyin key (docs/rules.md rule 15), the id breaking ties. */
const SORT_COLUMNS: Record<UserOrderField, string> = {
  USERNAME: 'u.username',
  DISPLAY_NAME: 'u.pinyinKey',
  ROLE: 'u.role',
  CREATED_AT: 'u.createdAt',
};

/** Hashes a password with argon2id (the library's defaults). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** The loaders this service reads. */
type UserServiceLoaders = UserLoaders & OfficialLoaders;

/** The services this service calls (the composition root passes them). */
export interface UserDeps {
  districts: DistrictService;
  subdistricts: SubdistrictService;
  officials: OfficialService;
  offices: OfficeService;
  agencies: DispatchedAgencyService;
  meetingLifecycle: MeetingLifecycleService;
}

/** Users: admins keep the users of their scope; everyone may read and change their own name and password. */
export class UserService extends RecordService<User, UserServiceLoaders> {
  protected readonly typeName = 'User';

  constructor(
    ctx: ServiceContext<UserServiceLoaders>,
    private readonly deps: UserDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.user;
  }

  protected async placeOf(user: User) {
    return { districtId: user.districtId, subdistrictId: user.subdistrictId };
  }

  /** The signed-in user. UNAUTHENTICATED without a valid token. */
  me(): Promise<User> {
    return this.get(this.viewer.userId);
  }

  /** A page of the users within the admin's scope (default order: by username). FORBIDDEN for other roles. */
  list(filter: UserFilter | undefined, orderBy: UserOrder[] | undefined, page: PageArgs): Promise<Connection<User>> {
    if (this.viewer.role !== Role.ADMIN) throw new ForbiddenError(userReasons.listAdminOnly());
    const qb = this.ctx.db
      .getRepository(User)
      .createQueryBuilder('u')
      .andWhere('u.districtId = :vd', { vd: this.viewer.districtId });
    if (this.viewer.subdistrictId) qb.andWhere('u.subdistrictId = :vs', { vs: this.viewer.subdistrictId });
    if (filter?.ids) qb.andWhere('u.id = ANY(:ids)', { ids: filter.ids });
    whereEquals(qb, 'role', filter?.role);
    whereEquals(qb, 'subdistrictId', filter?.subdistrictId);
    whereNameOrPinyin(qb, filter?.nameContains, ['username', 'displayName']);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: UserOrderField.USERNAME }]);
  }

  /**
   * Creates a user (ADMIN only) whose scope lies within the admin's. BAD_USER_INPUT for an unknown
   * district or a subdistrict outside it; FORBIDDEN for a scope beyond the admin's; CONFLICT for a taken username.
   */
  async create(input: CreateUserInput): Promise<User> {
    if (input.role === Role.INTEGRATION) throw new BadUserInputError(userReasons.integrationRole(), 'input.role');
    const services = this.deps;
    const district = await services.districts.referenced(input.districtId, 'input.districtId');
    if (input.subdistrictId) {
      const subdistrict = await services.subdistricts.referenced(input.subdistrictId, 'input.subdistrictId');
      if (subdistrict.districtId !== district.id) {
        throw new BadUserInputError(
          userReasons.subdistrictOutside({ subdistrict: subdistrict.name, district: district.name }),
          'input.subdistrictId',
        );
      }
    }
    assertMay(
      this.viewer,
      [Role.ADMIN],
      { districtId: district.id, subdistrictId: input.subdistrictId ?? null },
      'create users with this scope',
    );
    if (input.officialId) {
      if (input.role !== Role.OFFICIAL) throw new BadUserInputError(userReasons.officialUserOnly(), 'input.officialId');
      const official = await services.officials.referenced(input.officialId, 'input.officialId');
      if (input.subdistrictId && official.subdistrictId !== input.subdistrictId) {
        throw new BadUserInputError(userReasons.officialOutsideScope(), 'input.officialId');
      }
    }
    await this.assertUnit(input);
    const repo = this.ctx.db.getRepository(User);
    return repo.save(
      repo.create({
        username: input.username,
        displayName: input.displayName.trim(),
        role: input.role,
        districtId: district.id,
        subdistrictId: input.subdistrictId ?? null,
        officialId: input.officialId ?? null,
        officeId: input.officeId ?? null,
        agencyId: input.agencyId ?? null,
        passwordHash: await hashPassword(input.password),
      }),
    );
  }

  /**
   * The office or agency a new user is staff of (docs/rules.md rule 13): only for an ADMIN scoped to one
   * 街道, only one of the two, and of that 街道; BAD_USER_INPUT naming the field otherwise.
   */
  private async assertUnit(input: CreateUserInput): Promise<void> {
    if (!input.officeId && !input.agencyId) return;
    const field = input.officeId ? 'input.officeId' : 'input.agencyId';
    if (input.officeId && input.agencyId) throw new BadUserInputError(userReasons.oneUnit(), 'input.agencyId');
    if (input.role !== Role.ADMIN || !input.subdistrictId)
      throw new BadUserInputError(userReasons.unitStaffAdminOnly(), field);
    const services = this.deps;
    const unit = input.officeId
      ? await services.offices.referenced(input.officeId, field)
      : await services.agencies.referenced(input.agencyId!, field);
    if (unit.subdistrictId !== input.subdistrictId)
      throw new BadUserInputError(userReasons.unitOutside({ unit: unit.name }), field);
  }

  /**
   * Changes a user: one's own display name or password, or (ADMIN) those of a user within scope and
   * their role or scope (not one's own). A new password, role or scope ends every session of the
   * user at once (endAllSessions); an ADMIN's reset of another user's password and a role or scope
   * change are audited (who, when, whose; never the password). All in one transaction.
   * One's own new password needs `input.currentPassword` (assertCurrentPassword: BAD_USER_INPUT
   * when missing, FORBIDDEN when wrong, counted by the sign-in limits); an ADMIN's reset does not.
   * NOT_FOUND; FORBIDDEN; CONFLICT on `input.password` for an ADMIN's reset of a representative
   * registered for an OPEN meeting (assertNotVoting); BAD_USER_INPUT on `input.role` (INTEGRATION) or `input.subdistrictId`
   * (outside the user's district, or leaving the user's official outside the new scope).
   */
  async update(id: string, input: UpdateUserInput): Promise<User> {
    const user = await this.get(id);
    const own = user.id === this.viewer.userId;
    if (!own) assertMay(this.viewer, [Role.ADMIN], user, 'change other users');
    const access = await this.accessChange(user, input);
    if (input.password !== undefined && !own) await this.assertNotVoting(user);
    if (input.password !== undefined && own)
      await assertCurrentPassword(this.ctx, user, input.currentPassword, 'input.currentPassword');
    const before = snapshot(user, ACCESS_FIELDS);
    if (input.displayName !== undefined) user.displayName = input.displayName.trim();
    if (input.password !== undefined) user.passwordHash = await hashPassword(input.password);
    Object.assign(user, access);
    const ended = input.password !== undefined || Object.keys(access).length > 0;
    return this.ctx.transaction(async ({ manager, record }) => {
      const saved = await manager.getRepository(User).save(user);
      if (!ended) return saved;
      await endAllSessions(manager, user.id);
      const entries: DomainEvent[] = [];
      if (input.password !== undefined && !own) {
        entries.push({
          actorId: this.viewer.userId,
          type: 'user.password_reset',
          entityType: 'User',
          entityId: user.id,
          after: { username: user.username },
        });
      }
      if (Object.keys(access).length > 0) {
        entries.push({
          actorId: this.viewer.userId,
          type: 'user.access_changed',
          entityType: 'User',
          entityId: user.id,
          before,
          after: snapshot(saved, ACCESS_FIELDS),
        });
      }
      await record(...entries);
      return saved;
    });
  }

  /**
   * An ADMIN may not reset the password of a representative registered for an OPEN meeting: with
   * the new password they could sign in as the voter and replace the ballot (docs/rules.md rule 7).
   * CONFLICT on `input.password` naming the meeting; the reset can be done once it has closed.
   */
  private async assertNotVoting(user: User): Promise<void> {
    const meeting = await this.deps.meetingLifecycle.openMeetingRegistering(user.id);
    if (!meeting) return;
    throw new ConflictError(
      userReasons.registeredForOpenMeeting({ username: user.username, meeting: meeting.title, meetingId: meeting.id }),
      'input.password',
    );
  }

  /**
   * The role and scope fields an update changes (only those that differ), after checking that an
   * ADMIN changes another user within the ADMIN's scope. FORBIDDEN for one's own or a non-ADMIN;
   * BAD_USER_INPUT on `input.role` for INTEGRATION, on `input.subdistrictId` for a subdistrict
   * outside the user's district or one that would leave the user's official outside the scope.
   * A new role or scope also ends the user's staff membership of an office or agency.
   */
  private async accessChange(
    user: User,
    input: UpdateUserInput,
  ): Promise<Partial<Pick<User, 'role' | 'subdistrictId' | 'officialId' | 'officeId' | 'agencyId'>>> {
    const change: Partial<Pick<User, 'role' | 'subdistrictId' | 'officialId' | 'officeId' | 'agencyId'>> = {};
    const roleChanges = input.role !== undefined && input.role !== null && input.role !== user.role;
    const scopeChanges = input.subdistrictId !== undefined && input.subdistrictId !== user.subdistrictId;
    if (!roleChanges && !scopeChanges) return change;
    if (user.id === this.viewer.userId) throw new ForbiddenError(userReasons.ownRole());
    assertMay(this.viewer, [Role.ADMIN], user, 'change the role or scope of users');
    if (roleChanges) {
      if (input.role === Role.INTEGRATION) throw new BadUserInputError(userReasons.integrationRole(), 'input.role');
      change.role = input.role!;
      if (input.role !== Role.OFFICIAL && user.officialId) change.officialId = null;
    }
    if (scopeChanges) {
      const subdistrictId = input.subdistrictId ?? null;
      if (subdistrictId) {
        const subdistrict = await this.deps.subdistricts.referenced(subdistrictId, 'input.subdistrictId');
        if (subdistrict.districtId !== user.districtId)
          throw new BadUserInputError(userReasons.subdistrictOtherDistrict(), 'input.subdistrictId');
        const officialId = change.officialId === null ? null : user.officialId;
        const official = officialId ? await this.ctx.loaders.official.load(officialId) : null;
        if (official && official.subdistrictId !== subdistrictId) {
          throw new BadUserInputError(userReasons.officialOutsideSubdistrict(), 'input.subdistrictId');
        }
      }
      assertMay(this.viewer, [Role.ADMIN], { districtId: user.districtId, subdistrictId }, 'give users this scope');
      change.subdistrictId = subdistrictId;
    }
    // Staff of an office or agency is only an ADMIN of that unit's 街道 (docs/rules.md rule 13):
    // another role or scope leaves the unit.
    if ((user.officeId || user.agencyId) && (change.role !== undefined || change.subdistrictId !== undefined)) {
      change.officeId = null;
      change.agencyId = null;
    }
    return change;
  }

  /** Deletes a user within an ADMIN's scope (not oneself). NOT_FOUND, FORBIDDEN. */
  async remove(id: string): Promise<string> {
    const user = await this.get(id);
    if (user.id === this.viewer.userId) throw new ForbiddenError(userReasons.ownAccount());
    assertMay(this.viewer, [Role.ADMIN], user, 'delete users');
    return super.remove(id);
  }
}
