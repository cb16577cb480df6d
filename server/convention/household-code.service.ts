import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, UnauthenticatedError } from '../core/errors';
import type { ServiceContext } from '../core/request-context';
import { Role } from '../core/role';
import { assertMay, type Viewer } from '../core/viewer';
import { hashBallotCode, newBallotCode } from '../rating/ballot-secret';
import { ballotCodeThrottle, type OneTimeCodeKind } from '../rating/ballot-throttle';
import { ConventionVersionStatus } from './convention-enums';
import { ConventionEvent, conventionEvent, takeEffectIfReached, VERSION_FIELDS } from './convention-events';
import { requiredApprovals } from './convention-threshold';
import { BuildingConvention, ConventionVersion } from './convention.entity';
import { ApproveConventionInput, IssueHouseholdCodesInput, VoidHouseholdCodesInput } from './convention.inputs';
import type { ConventionLoaders } from './convention.loaders';
import type { ConventionService } from './convention.service';
import { ConventionTally, IssuedHouseholdCodes, VoidedHouseholdCodes } from './convention.types';
import { HouseholdCode } from './household-code.entity';
import { snapshot } from '../core/domain-events';
import { coreReasons } from '../core/core-reasons';
import { conventionReasons } from './reasons';

/** Household codes' failed uses are limited per address like ballot codes, counted apart from them. */
export const HOUSEHOLD_CODES: OneTimeCodeKind = { keyPrefix: 'household-code', plural: 'household codes' };

/** The message of every household code that opens nothing: unknown or voided (a version no longer OPEN has its own reason). */
export const INVALID_HOUSEHOLD_CODE = 'This household code is not valid: check it, or ask the residents’ committee';

/** The services this service calls (the composition root passes them). */
export interface HouseholdCodeDeps {
  conventions: ConventionService;
}

/** What a household reads with its code before answering. */
export interface HouseholdConventionView {
  title: string;
  version: ConventionVersion;
  tally: ConventionTally;
}

/**
 * One-time household codes and the households' answers (docs/rules.md rule 14). The residents'
 * committee (an ADMIN over the 街道) issues codes for an OPEN version, never more live codes than
 * the building has households, and voids unused ones; codes are made, hashed and guarded against
 * guessing by the ballot-code helpers (docs/rules.md rule 7: per-address limits on failed uses).
 * A household answers once, without signing in; the version keeps only the counts, and takes
 * effect when approvals reach two thirds of the building's households.
 */
export class HouseholdCodeService {
  constructor(
    private readonly ctx: ServiceContext<ConventionLoaders>,
    private readonly deps: HouseholdCodeDeps,
  ) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw new UnauthenticatedError(coreReasons['auth.signInFirst']());
    return this.ctx.viewer;
  }

  /** The ADMIN-only check of code handling, on the version's 街道; FORBIDDEN otherwise. */
  private async assertCommittee(version: ConventionVersion, what: string): Promise<void> {
    assertMay(this.viewer, [Role.ADMIN], await this.ctx.places.placeInSubdistrict(version.subdistrictId), what);
  }

  /**
   * Issues `input.count` codes for an OPEN version (ADMIN over its 街道), shown this once, in
   * alphabetical order. NOT_FOUND; FORBIDDEN; CONFLICT on `input.versionId` unless OPEN;
   * BAD_USER_INPUT on `input.count` when the version's live codes would outnumber the building's
   * households. Audited with the count.
   */
  async issue(input: IssueHouseholdCodesInput): Promise<IssuedHouseholdCodes> {
    const found = await this.deps.conventions.getVersion(input.versionId);
    await this.assertCommittee(found, 'issue household codes');
    const codes = await this.ctx.transaction(async ({ manager, record }) => {
      const { version, households } = await this.lock(manager, found);
      if (version.status !== ConventionVersionStatus.OPEN)
        throw new ConflictError(conventionReasons.versionNotOpen({ status: version.status }), 'input.versionId');
      const [live] = (await manager.query(
        `SELECT count(*)::int AS n FROM household_code WHERE version_id = $1 AND NOT voided`,
        [version.id],
      )) as { n: number }[];
      if (live.n + input.count > households)
        throw new BadUserInputError(
          conventionReasons.tooManyCodes({ households, n: live.n, remaining: Math.max(0, households - live.n) }),
          'input.count',
        );
      const made = Array.from({ length: input.count }, newBallotCode).sort();
      await manager.getRepository(HouseholdCode).insert(
        made.map((code) => ({
          versionId: version.id,
          codeHash: hashBallotCode(code),
          issuedById: this.viewer.userId,
        })),
      );
      await record(
        conventionEvent(ConventionEvent.CODES_ISSUED, this.viewer.userId, 'ConventionVersion', version.id, {
          after: { count: input.count },
        }),
      );
      return made;
    });
    this.ctx.loaders.liveCodesByVersion.clear(found.id);
    return { versionId: found.id, codes };
  }

  /**
   * Voids unused codes of a version (ADMIN over its 街道): those listed, or with `allUnused` every
   * unused one. NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on `input.codes` for a code not of this
   * version or when neither codes nor allUnused is given; CONFLICT on `input.codes` for a used code.
   */
  async voidCodes(input: VoidHouseholdCodesInput): Promise<VoidedHouseholdCodes> {
    const found = await this.deps.conventions.getVersion(input.versionId);
    await this.assertCommittee(found, 'void household codes');
    const listed = input.codes ?? [];
    if (listed.length === 0 && !input.allUnused)
      throw new BadUserInputError(coreReasons['codes.listOrAllUnused'](), 'input.codes');
    const hashes = listed.map(hashBallotCode);
    const voided = await this.ctx.transaction(async ({ manager, record }) => {
      await this.lock(manager, found);
      const rows: { id: string; code_hash: string; used: boolean }[] = await manager.query(
        `SELECT id, code_hash, used FROM household_code WHERE version_id = $1 AND code_hash = ANY($2)`,
        [found.id, hashes],
      );
      const byHash = new Map(rows.map((row) => [row.code_hash, row]));
      listed.forEach((code, i) => {
        const row = byHash.get(hashes[i]);
        if (!row)
          throw new BadUserInputError(conventionReasons.notACode({ value: JSON.stringify(code) }), 'input.codes');
        if (row.used)
          throw new ConflictError(conventionReasons.codeAnswered({ value: JSON.stringify(code) }), 'input.codes');
      });
      const [, count] = (await manager.query(
        `UPDATE household_code SET voided = true WHERE version_id = $1 AND NOT voided AND NOT used AND (id = ANY($2::uuid[]) OR $3)`,
        [found.id, rows.map((row) => row.id), !!input.allUnused],
      )) as [unknown, number];
      if (count > 0)
        await record(
          conventionEvent(ConventionEvent.CODES_VOIDED, this.viewer.userId, 'ConventionVersion', found.id, {
            after: { count },
          }),
        );
      return count;
    });
    this.ctx.loaders.liveCodesByVersion.clear(found.id);
    return { versionId: found.id, voided };
  }

  /**
   * A household's answer with its code, without signing in (docs/rules.md rule 14): counts one
   * approval or rejection for the code's OPEN version and spends the code; the version takes effect
   * when approvals reach two thirds of the building's households. Nothing records which household
   * answered what: the code is only marked used, the audit entry has no actor and only the hour.
   * Errors: BAD_USER_INPUT on `input.code` for a code that opens nothing (unknown or voided:
   * `convention.invalidCode`) or whose version is no longer OPEN (`convention.versionClosed`, with
   * the version's status); CONFLICT on `input.code` for a code that has already answered, also when
   * the same code is sent several times at once (the code's row is locked and read again); UNAUTHENTICATED (TOO_MANY_ATTEMPTS, `retryAfterSeconds`) after too many
   * failed uses from one address, as for ballot codes. Nothing is written on error.
   */
  async answer(input: ApproveConventionInput): Promise<ConventionTally> {
    const throttle = ballotCodeThrottle(this.ctx.limiters, HOUSEHOLD_CODES);
    await throttle.check(this.ctx.address);
    const hash = hashBallotCode(input.code);
    try {
      const [row] = (await this.ctx.db.query(
        `SELECT v.id, v.building_id FROM household_code c JOIN convention_version v ON v.id = c.version_id WHERE c.code_hash = $1`,
        [hash],
      )) as { id: string; building_id: string }[];
      if (!row) throw new BadUserInputError(conventionReasons.invalidCode(), 'input.code');
      return await this.ctx.transaction(async (tx) => {
        const { version, households } = await this.lock(tx.manager, { id: row.id, buildingId: row.building_id });
        const [code] = (await tx.manager.query(
          `SELECT id, used, voided FROM household_code WHERE code_hash = $1 FOR UPDATE`,
          [hash],
        )) as { id: string; used: boolean; voided: boolean }[];
        // Read under the code's lock: a concurrent answer with the same code that committed first is
        // seen here as used, whatever it did to the version (it may have made it take effect).
        if (code.used) throw new ConflictError(conventionReasons.householdAnsweredOnce(), 'input.code');
        refuseUnanswerable(code.voided, version.status, 'input.code');
        await tx.manager.query(`UPDATE household_code SET used = true WHERE id = $1`, [code.id]);
        const before = snapshot(version, VERSION_FIELDS);
        if (input.approve) version.approvals += 1;
        else version.rejections += 1;
        await tx.manager.getRepository(ConventionVersion).save(version);
        const hour = new Date();
        hour.setUTCMinutes(0, 0, 0);
        await tx.record(
          conventionEvent(ConventionEvent.VERSION_ANSWERED, null, 'ConventionVersion', version.id, {
            before,
            after: snapshot(version, VERSION_FIELDS),
            at: hour,
          }),
        );
        await takeEffectIfReached(tx, version, households, null);
        return tallyOf(version, households);
      });
    } catch (error) {
      if (error instanceof BadUserInputError || error instanceof ConflictError) await throttle.failed(this.ctx.address);
      throw error;
    }
  }

  /**
   * The convention version a household code answers, with its public count, for the household to
   * read before answering; no sign-in. BAD_USER_INPUT on `code` for a code that opens nothing
   * (`convention.invalidCode`) or whose version is no longer OPEN (`convention.versionClosed`);
   * CONFLICT on `code` for a used one; failures count as for `answer`.
   */
  async byCode(codeText: string): Promise<HouseholdConventionView> {
    const throttle = ballotCodeThrottle(this.ctx.limiters, HOUSEHOLD_CODES);
    await throttle.check(this.ctx.address);
    const [row] = (await this.ctx.db.query(
      `SELECT c.used, c.voided, v.id FROM household_code c JOIN convention_version v ON v.id = c.version_id WHERE c.code_hash = $1`,
      [hashBallotCode(codeText)],
    )) as { used: boolean; voided: boolean; id: string }[];
    const version = row ? await this.ctx.db.getRepository(ConventionVersion).findOneByOrFail({ id: row.id }) : null;
    try {
      if (!row || !version) throw new BadUserInputError(conventionReasons.invalidCode(), 'code');
      if (row.used) throw new ConflictError(conventionReasons.householdAnswered(), 'code');
      refuseUnanswerable(row.voided, version.status, 'code');
    } catch (error) {
      await throttle.failed(this.ctx.address);
      throw error;
    }
    const convention = await this.ctx.db
      .getRepository(BuildingConvention)
      .findOneByOrFail({ id: version.conventionId });
    return { title: convention.title, version, tally: await this.tallyOfVersion(version) };
  }

  /** How many live (not voided) codes a version has, used ones included (for readers of the version). */
  liveCodes(versionId: string): Promise<number> {
    void this.viewer;
    return this.ctx.loaders.liveCodesByVersion.load(versionId);
  }

  /**
   * The count of a version, by id, read as the other self-governance records are (docs/rules.md
   * rule 14): signed-in users whose scope covers its 街道, service tokens with
   * `self-governance:read`. Null when there is no such version in the caller's scope;
   * UNAUTHENTICATED signed out (residents read the count with their household code, `byCode`);
   * FORBIDDEN for a service token without the scope.
   */
  async tally(versionId: string): Promise<ConventionTally | null> {
    const version = await this.deps.conventions.findVersion(versionId);
    return version ? this.tallyOfVersion(version) : null;
  }

  private async tallyOfVersion(version: ConventionVersion): Promise<ConventionTally> {
    const [building] = (await this.ctx.db.query(`SELECT households FROM building WHERE id = $1`, [
      version.buildingId,
    ])) as { households: number }[];
    return tallyOf(version, building.households);
  }

  /** Locks the building, then the version (the order every writer of the two follows), and reads both. */
  private async lock(
    manager: EntityManager,
    version: Pick<ConventionVersion, 'id' | 'buildingId'>,
  ): Promise<{ version: ConventionVersion; households: number }> {
    const [building] = (await manager.query(`SELECT households FROM building WHERE id = $1 FOR UPDATE`, [
      version.buildingId,
    ])) as { households: number }[];
    const locked = await manager
      .getRepository(ConventionVersion)
      .createQueryBuilder('v')
      .setLock('pessimistic_write')
      .where('v.id = :id', { id: version.id })
      .getOneOrFail();
    return { version: locked, households: building.households };
  }
}

/**
 * Refuses an unused code that cannot answer (docs/rules.md rule 14): BAD_USER_INPUT on `field`,
 * `convention.invalidCode` for a voided code, `convention.versionClosed` (with the version's
 * status) when its version is no longer OPEN — in effect, superseded or withdrawn.
 */
function refuseUnanswerable(voided: boolean, status: ConventionVersionStatus, field: string): void {
  if (voided) throw new BadUserInputError(conventionReasons.invalidCode(), field);
  if (status !== ConventionVersionStatus.OPEN)
    throw new BadUserInputError(conventionReasons.versionClosed({ status }), field);
}

/**
 * The public count of a version: while OPEN (or WITHDRAWN) against the building's households now,
 * once in effect against those it took effect on (docs/rules.md rule 14).
 */
export function tallyOf(version: ConventionVersion, householdsNow: number): ConventionTally {
  const households = version.householdsAtEffect ?? householdsNow;
  return {
    versionId: version.id,
    number: version.number,
    status: version.status,
    approvals: version.approvals,
    rejections: version.rejections,
    households,
    requiredApprovals: requiredApprovals(households),
  };
}
