import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PinyinRecord } from '../core/pinyin.entity';
import { registerUniqueField } from '../core/errors';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Office } from '../office/office.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { OfficialCategory } from './official-category';
import { Node } from '../core/node';

registerUniqueField('official_external_id_key', 'input.externalId');

/**
 * A person who is evaluated (docs/rules.md rule 3): an agency head (in an agency), a civil servant or a
 * community worker (in an office). `subdistrictId` is the subdistrict of that office or agency.
 */
@ObjectType({
  implements: Node,
  description:
    'A person who is evaluated (docs/rules.md rule 3): an agency head belongs to a stationed agency; a civil servant or community worker to an office.',
})
@Entity()
@Check('official_unit_check', `num_nonnulls("office_id", "agency_id") = 1`)
@Index('official_pinyin_key_idx', ['pinyinKey'])
export class Official extends PinyinRecord {
  @Field({ description: 'Full name, e.g. "王建国".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => OfficialCategory, { description: 'AGENCY_HEAD, CIVIL_SERVANT or COMMUNITY_WORKER.' })
  @Column({ type: 'varchar', length: 32 })
  category: OfficialCategory;

  @Field({ description: 'Post or title, e.g. "所长" or "社区工作者"; may be empty.' })
  @Column({ type: 'varchar', length: 100, default: '' })
  title: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the office a civil servant or community worker belongs to; null for an agency head.',
  })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  officeId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the stationed agency an agency head belongs to; null otherwise.',
  })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the neighborhood a community worker serves, in the same subdistrict; null when none.',
  })
  @Column({ type: 'uuid', nullable: true })
  neighborhoodId: string | null;

  @Field(() => ID, {
    description: "Id of the subdistrict of the official's office or agency (set by Pingyi, not by input).",
  })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  /**
   * Unique within the official's district (each district's HR system has its own ids), enforced by
   * the trigger `official_external_id_unique` (migration ExternalIdPerDistrict), which reports a
   * duplicate as a unique violation of `official_external_id_key`; this index serves the look-ups.
   */
  @Field(() => String, {
    nullable: true,
    description: "Id of this person in their district's HR system; unique within the district when set.",
  })
  @Index('official_external_id_idx', { where: '"external_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  /** The keys are read from the name, as a person's (docs/rules.md rule 15). */
  protected pinyinSource() {
    return { text: this.name as string | undefined, of: 'person' as const };
  }

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  private readonly officeFk?: Office;

  @ManyToOne(() => DispatchedAgency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  private readonly agencyFk?: DispatchedAgency;

  @ManyToOne(() => Neighborhood, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'neighborhood_id' })
  private readonly neighborhoodFk?: Neighborhood;

  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;
}
