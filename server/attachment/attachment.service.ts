import { attachmentReasons } from './reasons';
import { fromBuffer } from 'file-type';
import { snapshot } from '../core/domain-events';
import { BadUserInputError, NotFoundError } from '../core/errors';
import { isId } from '../core/ids';
import { RecordService } from '../core/record.service';
import type { ServiceContext } from '../core/request-context';
import { Role } from '../core/role';
import { assertMay } from '../core/viewer';
import { stripHiddenCharacters } from '../core/inputs';
import type { ConventionService } from '../convention/convention.service';
import type { HearingService } from '../hearing/hearing.service';
import { IntegrationScope } from '../integration/integration-scope';
import { logger } from '../core/logger';
import type { MediationService } from '../mediation/mediation.service';
import type { PetitionService } from '../petition/petition.service';
import { Attachment, AttachmentOwner } from './attachment.entity';
import type { AttachmentLoaders } from './attachment.loaders';
import { currentStore, storeOf } from './attachment-store';

/** Largest attachment, in bytes: 10 MB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The types an attachment may be, as read from its content (magic bytes), never from its name. */
export const ATTACHMENT_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

/** What the audit log keeps of an attachment (never its bytes). */
const FIELDS: (keyof Attachment)[] = ['id', 'ownerType', 'ownerId', 'name', 'contentType', 'size', 'storage'];

/** The services this service calls: the owners' services, which say who reads each record. */
export interface AttachmentDeps {
  hearings: HearingService;
  mediations: MediationService;
  conventions: ConventionService;
  petitions: PetitionService;
}

/** A file as uploaded. */
export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

/**
 * Photos and documents of hearings, mediations, conventions and petitions (docs/rules.md rule 14).
 * Whoever may read the record (its own service decides) lists and downloads its attachments; an
 * ADMIN over its 街道 adds and deletes them. Each is at most 10 MB and a JPEG, PNG, WebP or PDF
 * by its content; its bytes go to the configured store (PostgreSQL by default, an S3-compatible
 * bucket when PINGYI_S3_BUCKET is set) together with its row, or not at all. Every change is audited.
 */
export class AttachmentService extends RecordService<Attachment, AttachmentLoaders> {
  protected readonly typeName = 'Attachment';
  protected override readonly integrationReadScope = IntegrationScope.SELF_GOVERNANCE_READ;

  constructor(
    ctx: ServiceContext<AttachmentLoaders>,
    private readonly deps: AttachmentDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.attachment;
  }

  protected placeOf(attachment: Attachment) {
    return this.placeInSubdistrict(attachment.subdistrictId);
  }

  /** The record an attachment belongs to, if the caller reads it (its own service's rules), else null. */
  private async owner(ownerType: AttachmentOwner, ownerId: string): Promise<{ subdistrictId: string } | null> {
    if (!isId(ownerId)) return null;
    switch (ownerType) {
      case AttachmentOwner.HEARING:
        return this.deps.hearings.find(ownerId);
      case AttachmentOwner.MEDIATION:
        return this.deps.mediations.find(ownerId);
      case AttachmentOwner.BUILDING_CONVENTION:
        return this.deps.conventions.find(ownerId);
      case AttachmentOwner.PETITION:
        return this.deps.petitions.find(ownerId);
    }
  }

  /** A record's attachments, oldest first; the caller already reads the record. */
  async of(ownerType: AttachmentOwner, ownerId: string): Promise<Attachment[]> {
    void this.viewer;
    const all = await this.ctx.loaders.attachmentsByOwner.load(ownerId);
    return all.filter((a) => a.ownerType === ownerType);
  }

  /**
   * The record a file would be attached to, when the caller may attach one (ADMIN over its 街道):
   * checked before the upload's body is read, so a caller who is not signed in or may not write
   * learns it (401, 403, 404) without sending 10 MB first. NOT_FOUND when the caller does not read
   * the record; UNAUTHENTICATED, FORBIDDEN.
   */
  async assertMayAttach(ownerType: AttachmentOwner, ownerId: string): Promise<{ subdistrictId: string }> {
    const owner = await this.owner(ownerType, ownerId);
    if (!owner) throw new NotFoundError(ownerType, ownerId);
    assertMay(
      this.viewer,
      [Role.ADMIN],
      await this.placeInSubdistrict(owner.subdistrictId),
      'attach files to this record',
    );
    return owner;
  }

  /**
   * Attaches a file to a record (ADMIN over its 街道). NOT_FOUND when the caller does not read the
   * record; FORBIDDEN; BAD_USER_INPUT on `file` when it is empty, over 10 MB, or not a JPEG, PNG,
   * WebP or PDF by its content (whatever its name says). The row and the bytes are written
   * together or not at all.
   */
  async add(ownerType: AttachmentOwner, ownerId: string, file: UploadedFile): Promise<Attachment> {
    const owner = await this.assertMayAttach(ownerType, ownerId);
    if (file.bytes.length === 0) throw new BadUserInputError(attachmentReasons.fileEmpty(), 'file');
    if (file.bytes.length > MAX_ATTACHMENT_BYTES)
      throw new BadUserInputError(attachmentReasons.fileTooLarge({ max: MAX_ATTACHMENT_BYTES }), 'file');
    // A file cut short inside its header (a bare PNG signature) makes file-type throw: no known type.
    const detected = await fromBuffer(file.bytes).catch(() => undefined);
    if (!detected || !ATTACHMENT_TYPES.includes(detected.mime))
      throw new BadUserInputError(
        attachmentReasons.fileType({ detected: detected ? detected.mime : 'of no known type' }),
        'file',
      );
    // The name a device gave the file, without its folders and without characters that show nothing.
    const name =
      Array.from(stripHiddenCharacters(file.name.split(/[\\/]/).pop()!).trim())
        .slice(0, 200)
        .join('') || `attachment.${detected.ext}`;
    const store = currentStore();
    let stored: Attachment | null = null;
    try {
      const saved = await this.ctx.transaction(async ({ manager, record }) => {
        const repo = manager.getRepository(Attachment);
        const row = await repo.save(
          repo.create({
            ownerType,
            ownerId,
            subdistrictId: owner.subdistrictId,
            name,
            contentType: detected.mime,
            size: file.bytes.length,
            storage: store.kind,
            storageKey: null,
            createdById: this.viewer.userId,
          }),
        );
        stored = row;
        row.storageKey = await store.put(manager, row, file.bytes);
        if (row.storageKey) await repo.update(row.id, { storageKey: row.storageKey });
        await record({
          actorId: this.viewer.userId,
          type: 'attachment.added',
          entityType: 'Attachment',
          entityId: row.id,
          after: snapshot(row, FIELDS),
        });
        return row;
      });
      this.ctx.loaders.attachmentsByOwner.clear(ownerId);
      return saved;
    } catch (error) {
      // The row rolled back: an object already written to the bucket goes too.
      const written = stored as Attachment | null;
      if (written?.storageKey)
        await store.discard(written).catch((e) => logger.error({ err: e }, 'discarding an attachment failed'));
      throw error;
    }
  }

  /** An attachment and its bytes, for those who read its record; NOT_FOUND otherwise. */
  async download(id: string): Promise<{ attachment: Attachment; bytes: Buffer }> {
    const attachment = await this.get(id);
    if (!(await this.owner(attachment.ownerType, attachment.ownerId))) throw new NotFoundError(this.typeName, id);
    const bytes = await storeOf(attachment).get(this.ctx.db.manager, attachment);
    return { attachment, bytes };
  }

  /** Deletes an attachment (ADMIN over its record's 街道) and returns its id. NOT_FOUND; FORBIDDEN. */
  async delete(id: string): Promise<string> {
    const attachment = await this.get(id);
    if (!(await this.owner(attachment.ownerType, attachment.ownerId))) throw new NotFoundError(this.typeName, id);
    await this.assertAdminOver(attachment, 'delete this attachment');
    await this.ctx.transaction(async ({ manager, record }) => {
      await manager.getRepository(Attachment).delete({ id });
      await record({
        actorId: this.viewer.userId,
        type: 'attachment.deleted',
        entityType: 'Attachment',
        entityId: id,
        before: snapshot(attachment, FIELDS),
      });
    });
    this.loader.clear(id);
    this.ctx.loaders.attachmentsByOwner.clear(attachment.ownerId);
    await storeOf(attachment)
      .discard(attachment)
      .catch((error) =>
        logger.error({ err: error, attachmentId: id }, 'removing a deleted attachment’s object failed'),
      );
    return id;
  }
}
