import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../core/errors';
import type { ServiceContext } from '../core/record.service';
import type { MatterService } from './matter.service';
import { WebhookEvent } from '../webhook';
import type { Matter } from './matter.entity';
import { MatterEvent } from './matter-event.entity';
import { MatterEventKind, MatterStatus } from './matter-enums';
import { loadUnit, MatterActor, partyGovernmentOffice, sameUnit, Unit, UnitRef } from './matter-access';
import { appendEvents, notifyMatter, ownerOf } from './matter-store';
import { DecideMatterOwnerInput, TransferMatterInput } from './matter.inputs';
import { workingDaysBetween } from './working-days';
import { matterReasons } from './reasons';

/**
 * docs/rules.md rule 13's transfers: a matter goes only to the office or agency whose listed duty covers
 * it, with a reason; the working days the passing owner held it are charged to it for good; a
 * transfer back to a unit that already passed it on is run-around (推诿) and escalates the matter
 * to the 街道's PARTY_GOVERNMENT office, which decides the owner.
 */
/** The services transfers call. */
export interface MatterTransferDeps {
  matters: MatterService;
}

export class MatterTransferService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: MatterTransferDeps,
  ) {}

  /**
   * Transfers a matter. BAD_USER_INPUT naming the field: no target or two, an unknown target, the
   * current owner, a target in another 街道 where the matter's neighborhood does not lie
   * (`input.targetOfficeId` / `input.targetAgencyId`), a duty the target does not list
   * (`input.duty`), a blank reason (`input.reason`). FORBIDDEN (NOT_OWNER) unless the caller acts
   * for the owner; CONFLICT unless RECEIVED or IN_PROGRESS. Queues `matter.transferred`.
   */
  transfer(id: string, input: TransferMatterInput): Promise<Matter> {
    const matters = this.deps.matters;
    return matters.change(
      id,
      'transferred',
      [MatterStatus.RECEIVED, MatterStatus.IN_PROGRESS],
      async (matter, actor, manager, now) => {
        const field = input.targetAgencyId ? 'input.targetAgencyId' : 'input.targetOfficeId';
        actor.assertActsFor(ownerOf(matter), matter.subdistrictId, 'the owning office', 'transfer this matter');
        const target = await this.target(
          manager,
          matter,
          { officeId: input.targetOfficeId, agencyId: input.targetAgencyId },
          input.duty,
          field,
          'input.duty',
        );
        if (sameUnit(target, ownerOf(matter)))
          throw new BadUserInputError(matterReasons.alreadyOwner({ target: target.name }), field);
        const passing = ownerOf(matter);
        const charged = workingDaysBetween(matter.ownerSince, now);
        const events: Parameters<typeof appendEvents>[3] = [
          {
            kind: MatterEventKind.TRANSFERRED,
            at: now,
            unit: passing,
            target,
            duty: input.duty.trim(),
            note: input.reason.trim(),
            chargedWorkingDays: charged,
          },
        ];
        let newOwner: Unit = target;
        if (await this.passedOnBefore(manager, matter.id, target)) {
          // Run-around: the target had passed the matter on already. The 街道's PARTY_GOVERNMENT office holds it and decides.
          newOwner = await partyGovernmentOffice(manager, target.subdistrictId);
          matter.runAround = true;
          matter.status = MatterStatus.ESCALATED;
          events.push({
            kind: MatterEventKind.ESCALATED,
            at: now,
            unit: target,
            target: newOwner,
            note: `${target.name} had already passed this matter on (run-around); ${newOwner.name} must decide the owner`,
          });
        }
        this.moveTo(matter, newOwner, now);
        matter.transferCount += 1;
        await appendEvents(manager, matter.id, actor.viewer.userId, events);
        await notifyMatter(
          manager,
          matter,
          WebhookEvent.MATTER_TRANSFERRED,
          transferExtra(passing, target, input.duty.trim(), charged, now),
        );
      },
    );
  }

  /**
   * The PARTY_GOVERNMENT office decides the owner of an escalated matter (any office or agency whose
   * listed duty covers it, those that passed it on included; itself too). Its own holding time is
   * charged to it when it hands the matter on. FORBIDDEN unless the caller acts for that office;
   * CONFLICT unless ESCALATED; BAD_USER_INPUT naming the field as for a transfer.
   */
  decideOwner(id: string, input: DecideMatterOwnerInput): Promise<Matter> {
    const matters = this.deps.matters;
    return matters.change(id, 'decided', [MatterStatus.ESCALATED], async (matter, actor: MatterActor, manager, now) => {
      const decider = await partyGovernmentOffice(manager, matter.subdistrictId);
      actor.assertActsFor(decider, matter.subdistrictId, decider.name, 'decide the owner of an escalated matter');
      const field = input.ownerAgencyId ? 'input.ownerAgencyId' : 'input.ownerOfficeId';
      const owner = await this.target(
        manager,
        matter,
        { officeId: input.ownerOfficeId, agencyId: input.ownerAgencyId },
        input.duty,
        field,
        'input.duty',
      );
      const keeps = sameUnit(owner, ownerOf(matter));
      const charged = keeps ? 0 : workingDaysBetween(matter.ownerSince, now);
      await appendEvents(manager, matter.id, actor.viewer.userId, [
        {
          kind: MatterEventKind.OWNER_DECIDED,
          at: now,
          unit: decider,
          target: owner,
          duty: input.duty.trim(),
          note: input.reason.trim(),
          chargedWorkingDays: charged,
        },
      ]);
      const previous = ownerOf(matter);
      if (!keeps) this.moveTo(matter, owner, now);
      matter.status = matter.respondedAt ? MatterStatus.IN_PROGRESS : MatterStatus.RECEIVED;
      await notifyMatter(
        manager,
        matter,
        WebhookEvent.MATTER_TRANSFERRED,
        transferExtra(previous, owner, input.duty.trim(), charged, now),
      );
    });
  }

  /**
   * The office or agency a transfer or decision names, checked: exactly one id (BAD_USER_INPUT on
   * `field`), an existing unit of the matter's 街道 or of the 街道 where its neighborhood lies, and
   * `duty` among its listed duties (BAD_USER_INPUT on `dutyField`, listing them).
   */
  private async target(
    manager: EntityManager,
    matter: Matter,
    ref: { officeId?: string; agencyId?: string },
    duty: string,
    field: string,
    dutyField: string,
  ): Promise<Unit> {
    if (!ref.officeId === !ref.agencyId) throw new BadUserInputError(matterReasons.oneTarget(), field);
    const target = await loadUnit(manager, ref);
    if (!target) throw new BadUserInputError(matterReasons.unknownUnit(), field);
    if (target.subdistrictId !== matter.subdistrictId) {
      const [place] = (await manager.query('SELECT subdistrict_id FROM neighborhood WHERE id = $1', [
        matter.neighborhoodId,
      ])) as { subdistrict_id: string }[];
      if (!place || place.subdistrict_id !== target.subdistrictId) {
        throw new BadUserInputError(matterReasons.otherSubdistrict({ target: target.name }), field);
      }
    }
    const wanted = duty.trim();
    if (!target.duties.includes(wanted)) {
      const listed =
        target.duties.length > 0 ? `its listed duties are: ${target.duties.join('; ')}` : 'it lists no duties';
      throw new BadUserInputError(matterReasons.notADuty({ wanted, target: target.name, listed }), dutyField);
    }
    return target;
  }

  /** Whether `unit` passed this matter on before (a TRANSFERRED event from it). */
  private async passedOnBefore(manager: EntityManager, matterId: string, unit: UnitRef): Promise<boolean> {
    const qb = manager
      .getRepository(MatterEvent)
      .createQueryBuilder('e')
      .where('e.matterId = :matterId', { matterId })
      .andWhere('e.kind = :kind', { kind: MatterEventKind.TRANSFERRED });
    if (unit.officeId) qb.andWhere('e.officeId = :officeId', { officeId: unit.officeId });
    else qb.andWhere('e.agencyId = :agencyId', { agencyId: unit.agencyId });
    return (await qb.getCount()) > 0;
  }

  /** Makes `unit` the owner from `now`, in its 街道. */
  private moveTo(matter: Matter, unit: Unit, now: Date): void {
    matter.ownerOfficeId = unit.officeId;
    matter.ownerAgencyId = unit.agencyId;
    matter.ownerSince = now;
    matter.subdistrictId = unit.subdistrictId;
  }
}

/** The transfer part of a `matter.transferred` payload. */
function transferExtra(from: UnitRef, to: UnitRef, duty: string, charged: number, at: Date): Record<string, unknown> {
  return {
    from: { officeId: from.officeId, agencyId: from.agencyId },
    to: { officeId: to.officeId, agencyId: to.agencyId },
    duty,
    chargedWorkingDays: charged,
    transferredAt: at.toISOString(),
  };
}
