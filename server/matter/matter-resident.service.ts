import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { BadUserInputError, ConflictError, reasonError } from '../core/errors';
import { coreReasons } from '../core/core-reasons';
import type { LimiterFactory } from '../core/rate-limit';
import type { ServiceContext } from '../core/record.service';
import type { MatterLoaders } from './matter.loaders';
import type { MatterService } from './matter.service';
import { assertMay } from '../core/viewer';
import { NEEDS_COMMENT } from '../rating/satisfaction';
import { saysSomething } from '../core/inputs';
import { Role } from '../user/role';
import type { Matter } from './matter.entity';
import { Matter as MatterEntity } from './matter.entity';
import { MatterEvent } from './matter-event.entity';
import { AppealStatus, MatterEventKind, MatterStatus } from './matter-enums';
import { matterClock } from './matter-clock';
import { appendEvents, ownerOf } from './matter-store';
import { MatterDecisionInput, MatterTextInput, RateMatterInput } from './matter.inputs';
import type { TrackedMatter } from './matter.types';
import { hashTrackingCode, normaliseTrackingCode } from './tracking-code';
import { dueAfterWorkingDays } from './working-days';
import { matterReasons } from './reasons';

/** Working days a rectification has, from the day of the dissatisfied rating. */
export const RECTIFICATION_WORKING_DAYS = 5;
/** Look-ups and ratings by tracking code allowed per address in a window (guessing a code is hopeless at this pace). */
export const CODE_ATTEMPTS_PER_ADDRESS = 30;
/** The window of that limit, in seconds (15 minutes). */
export const CODE_WINDOW_SECONDS = 15 * 60;

/** One limiter per process's factory (a memory limiter keeps its counts in itself, so it is made once). */
const limiters = new WeakMap<LimiterFactory, RateLimiterAbstract>();

/** Timeline entries whose note is the answer to the resident, shown on the public page. */
const PUBLIC_NOTES: readonly MatterEventKind[] = [
  MatterEventKind.RESPONDED,
  MatterEventKind.RESOLVED,
  MatterEventKind.APPEAL_DECIDED,
];

/**
 * The resident's side of docs/rules.md rule 13: following a matter by tracking code without an account,
 * rating it once resolved, the rectification a dissatisfied rating opens and the owner's one appeal
 * against it. Code look-ups and ratings are limited per address (CODE_ATTEMPTS_PER_ADDRESS per
 * CODE_WINDOW_SECONDS) through the process's limiter factory.
 */
/** The services the resident's side calls. */
export interface MatterResidentDeps {
  matters: MatterService;
}

export class MatterResidentService {
  constructor(
    private readonly ctx: UnitNameContext,
    private readonly deps: MatterResidentDeps,
  ) {}

  /** Takes one code attempt for the caller's address; UNAUTHENTICATED with `retryAfterSeconds` past the limit. */
  private async throttle(): Promise<void> {
    let limiter = limiters.get(this.ctx.limiters);
    if (!limiter) {
      limiter = this.ctx.limiters({
        keyPrefix: 'matter-code:address',
        points: CODE_ATTEMPTS_PER_ADDRESS,
        duration: CODE_WINDOW_SECONDS,
      });
      limiters.set(this.ctx.limiters, limiter);
    }
    try {
      await limiter.consume(this.ctx.address);
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      const wait = Math.ceil(result.msBeforeNext / 1000);
      throw reasonError(
        'UNAUTHENTICATED',
        coreReasons.TOO_MANY_ATTEMPTS({ attempts: 'tracking-code attempts from this address', seconds: wait }),
        null,
        { retryAfterSeconds: wait },
      );
    }
  }

  /** The matter of a tracking code (any spelling of it), or null. */
  private async byCode(code: string): Promise<Matter | null> {
    const normalised = normaliseTrackingCode(code);
    if (!normalised) return null;
    const qb = this.ctx.db
      .getRepository(MatterEntity)
      .createQueryBuilder('m')
      .where('m.trackingCodeHash = :hash', { hash: hashTrackingCode(normalised) });
    return qb.getOne();
  }

  /**
   * The public view of the matter with this tracking code (no sign-in): status, deadlines, the
   * owning unit's name and the timeline without staff names; null for an unknown code. Counts
   * against the address's limit.
   */
  async tracked(code: string): Promise<TrackedMatter | null> {
    await this.throttle();
    const matter = await this.byCode(code);
    if (!matter) return null;
    const events = await this.ctx.db
      .getRepository(MatterEvent)
      .find({ where: { matterId: matter.id }, order: { at: 'ASC', seq: 'ASC' } });
    const names = await unitNames(this.ctx, [
      ownerOf(matter),
      ...events.flatMap((e) => [
        { officeId: e.officeId, agencyId: e.agencyId },
        { officeId: e.targetOfficeId, agencyId: e.targetAgencyId },
      ]),
    ]);
    const name = (officeId: string | null, agencyId: string | null) => names.get(officeId ?? agencyId ?? '') ?? null;
    return {
      type: matter.type,
      status: matter.status,
      title: matter.title,
      ownerName: name(matter.ownerOfficeId, matter.ownerAgencyId),
      receivedAt: matter.receivedAt,
      dueAt: matter.dueAt,
      resolvedAt: matter.resolvedAt,
      satisfaction: matter.satisfaction,
      canRate: matter.status === MatterStatus.RESOLVED && !matter.ratedAt,
      rectificationDueAt: matter.rectificationDueAt,
      appealStatus: matter.appealStatus,
      ratingCounts: matter.ratingCounts,
      timeline: events.map((e) => ({
        kind: e.kind,
        at: e.at,
        unitName: name(e.officeId, e.agencyId),
        targetName: name(e.targetOfficeId, e.targetAgencyId),
        duty: e.duty,
        note: PUBLIC_NOTES.includes(e.kind) ? e.note : null,
      })),
    };
  }

  /**
   * The resident rates a resolved matter by its tracking code, once (docs/rules.md rule 13). A
   * DISSATISFIED or VERY_DISSATISFIED rating needs a comment and opens a rectification due at the
   * end of the 5th working day after the rating. BAD_USER_INPUT on `input.trackingCode` for an
   * unknown code or a matter not resolved yet, on `input.comment` for a missing comment; CONFLICT on
   * `input.trackingCode` for a second rating. Counts against the address's limit.
   */
  async rate(input: RateMatterInput): Promise<TrackedMatter> {
    await this.throttle();
    const found = await this.byCode(input.trackingCode);
    if (!found) throw new BadUserInputError(matterReasons.noTrackingCode(), 'input.trackingCode');
    const dissatisfied = NEEDS_COMMENT.includes(input.satisfaction);
    if (dissatisfied && !saysSomething(input.comment))
      throw new BadUserInputError(matterReasons.commentRequired({ satisfaction: input.satisfaction }), 'input.comment');
    await this.ctx.db.transaction(async (manager) => {
      const matter = await manager
        .getRepository(MatterEntity)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :id', { id: found.id })
        .getOneOrFail();
      if (matter.ratedAt) throw new ConflictError(matterReasons.alreadyRated(), 'input.trackingCode');
      if (matter.status !== MatterStatus.RESOLVED)
        throw new BadUserInputError(matterReasons.notResolved({ status: matter.status }), 'input.trackingCode');
      const now = matterClock.now();
      matter.satisfaction = input.satisfaction;
      matter.ratingComment = saysSomething(input.comment) ? input.comment.trim() : null;
      matter.ratedAt = now;
      const events: Parameters<typeof appendEvents>[3] = [
        { kind: MatterEventKind.RATED, at: now, satisfaction: input.satisfaction, note: matter.ratingComment },
      ];
      if (dissatisfied) {
        matter.status = MatterStatus.RECTIFYING;
        matter.rectificationDueAt = dueAfterWorkingDays(now, RECTIFICATION_WORKING_DAYS);
        events.push({ kind: MatterEventKind.RECTIFICATION_OPENED, at: now, unit: ownerOf(matter) });
      }
      await manager.getRepository(MatterEntity).save(matter);
      await appendEvents(manager, matter.id, null, events);
    });
    return (await this.tracked(input.trackingCode))!;
  }

  /**
   * The owner appeals the rectification a dissatisfied rating opened, once, with a reason.
   * FORBIDDEN (NOT_OWNER) unless the caller acts for the owner; BAD_USER_INPUT on `id` when the
   * matter has no rectification; CONFLICT on `id` for a second appeal.
   */
  appeal(id: string, input: MatterTextInput): Promise<Matter> {
    return this.deps.matters.change(
      id,
      'appealed',
      [MatterStatus.RECTIFYING, MatterStatus.RESOLVED],
      async (matter, actor, manager, now) => {
        actor.assertActsFor(ownerOf(matter), matter.subdistrictId, 'the owning office', 'appeal this rectification');
        if (!matter.rectificationDueAt) throw new BadUserInputError(matterReasons.nothingToAppeal(), 'id');
        if (matter.appealStatus) throw new ConflictError(matterReasons.alreadyAppealed(), 'id');
        matter.appealStatus = AppealStatus.PENDING;
        await appendEvents(manager, matter.id, actor.viewer.userId, [
          { kind: MatterEventKind.APPEALED, at: now, unit: ownerOf(matter), note: input.text.trim() },
        ]);
      },
    );
  }

  /**
   * An ADMIN or ASSESSOR whose scope covers the matter, and who is not the owner's staff, upholds
   * or rejects the pending appeal. Upheld: the rating no longer counts in the satisfaction rate
   * (`ratingCounts` false, and the timeline says so) and an open rectification ends. FORBIDDEN for
   * other roles or the owner's staff; CONFLICT on `id` when no appeal is pending.
   */
  decideAppeal(id: string, input: MatterDecisionInput): Promise<Matter> {
    const matters = this.deps.matters;
    return matters.change(
      id,
      'decided',
      [MatterStatus.RECTIFYING, MatterStatus.RESOLVED],
      async (matter, actor, manager, now) => {
        assertMay(
          actor.viewer,
          [Role.ADMIN, Role.ASSESSOR],
          await matters.placeOfMatter(matter),
          'decide rectification appeals',
        );
        matters.assertNotStaffOf(actor, ownerOf(matter), 'decide their own appeal');
        if (matter.appealStatus !== AppealStatus.PENDING)
          throw new ConflictError(matterReasons.noAppealWaiting(), 'id');
        matter.appealStatus = input.approve ? AppealStatus.UPHELD : AppealStatus.REJECTED;
        let note = `Appeal ${matter.appealStatus.toLowerCase()}: ${input.reason.trim()}`;
        if (input.approve) {
          matter.ratingCounts = false;
          note += ' — the rating no longer counts in the satisfaction rate';
          if (matter.status === MatterStatus.RECTIFYING) matter.status = MatterStatus.RESOLVED;
        }
        await appendEvents(manager, matter.id, actor.viewer.userId, [
          { kind: MatterEventKind.APPEAL_DECIDED, at: now, decision: matter.appealStatus, note },
        ]);
      },
    );
  }
}

/** What a matter service reads through the request's loaders. */
export type UnitNameContext = ServiceContext<Pick<MatterLoaders, 'matterUnitName'>>;

/**
 * Names of offices and agencies by id, through the request's `matterUnitName` loader (one statement
 * for all of them; no scope: a unit's name is public).
 */
export async function unitNames(
  ctx: Pick<UnitNameContext, 'loaders'>,
  refs: { officeId: string | null; agencyId: string | null }[],
): Promise<Map<string, string>> {
  const keys = [
    ...new Set(refs.flatMap((r) => [r.officeId ? `o:${r.officeId}` : null, r.agencyId ? `a:${r.agencyId}` : null])),
  ].filter((key): key is string => key !== null);
  const names = await ctx.loaders.matterUnitName.loadMany(keys);
  const found = new Map<string, string>();
  keys.forEach((key, i) => {
    const name = names[i];
    if (typeof name === 'string') found.set(key.slice(2), name);
  });
  return found;
}
