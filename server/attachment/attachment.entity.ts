import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';

/** The kinds of record a photo or document may be attached to (docs/rules.md rule 14). */
export enum AttachmentOwner {
  HEARING = 'HEARING',
  MEDIATION = 'MEDIATION',
  BUILDING_CONVENTION = 'BUILDING_CONVENTION',
  PETITION = 'PETITION',
}
registerEnumType(AttachmentOwner, {
  name: 'AttachmentOwner',
  description: 'The kind of self-governance record an attachment belongs to (docs/rules.md rule 14).',
  valuesConfig: {
    HEARING: { description: 'A decision hearing (Hearing); path segment `hearing`.' },
    MEDIATION: { description: 'A mediation meeting (Mediation); path segment `mediation`.' },
    BUILDING_CONVENTION: { description: "A building's convention (BuildingConvention); path segment `convention`." },
    PETITION: { description: 'A petition taken up by an agent (Petition); path segment `petition`.' },
  },
});

/** Where an attachment's bytes are kept. */
export enum AttachmentStorage {
  POSTGRES = 'POSTGRES',
  S3 = 'S3',
}

/**
 * A photo or document attached to a self-governance record (docs/rules.md rule 14): at most 10 MB,
 * a JPEG, PNG, WebP or PDF by its content. Its bytes are in `attachment_content` (PostgreSQL, the
 * default) or in the configured S3-compatible bucket under `storageKey`.
 */
@ObjectType({
  description:
    'A photo or document of a hearing, mediation, convention or petition (docs/rules.md rule 14): at most 10 MB, JPEG, PNG, WebP or PDF by its content; downloaded at url by those who may read the record.',
})
@Entity()
@Index(['ownerId', 'createdAt'])
export class Attachment extends BaseRecord {
  @Field(() => AttachmentOwner, { description: 'The kind of record it belongs to.' })
  @Column({ type: 'varchar', length: 24 })
  ownerType: AttachmentOwner;

  @Field(() => ID, { description: 'Id of the record it belongs to.' })
  @Column({ type: 'uuid' })
  ownerId: string;

  @Field(() => ID, { description: "Id of the record's subdistrict (街道)." })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field({ description: 'The file name as uploaded, e.g. "现场照片.jpg".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({
    description: 'Its type as read from its content: image/jpeg, image/png, image/webp or application/pdf.',
  })
  @Column({ type: 'varchar', length: 64 })
  contentType: string;

  @Field(() => Int, { description: 'Its size in bytes (at most 10 MB = 10,485,760).' })
  @Column({ type: 'integer' })
  size: number;

  /** Where its bytes are. */
  @Column({ type: 'varchar', length: 16 })
  storage: AttachmentStorage;

  /** The object's key in the S3 bucket; null in PostgreSQL. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  storageKey: string | null;

  /** Who uploaded it (a user or a service token). */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;
}

/** The bytes of an attachment kept in PostgreSQL (the default store). */
@Entity()
export class AttachmentContent {
  @PrimaryColumn({ type: 'uuid' })
  attachmentId: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @OneToOne(() => Attachment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id' })
  private readonly attachmentFk?: Attachment;
}
