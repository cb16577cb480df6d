import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PinyinRecord } from '../core/pinyin.entity';
import { registerUniqueField } from '../core/errors';
import { District } from '../district/district.entity';
import { SubdistrictKind } from './subdistrict-kind';
import { Node } from '../core/node';

registerUniqueField('subdistrict_code_key', 'input.code');

/** A township-level unit (街道 / 镇 / 乡), identified by its 9-digit code. */
@ObjectType({
  implements: Node,
  description:
    'A township-level unit: a subdistrict (街道), town (镇) or township (乡), identified by its 9-digit code.',
})
@Entity()
@Index('subdistrict_pinyin_key_idx', ['pinyinKey'])
export class Subdistrict extends PinyinRecord {
  @Field({ description: '9-digit division code; starts with its district\'s code, e.g. "310101002".' })
  @Index('subdistrict_code_key', { unique: true })
  @Column({ type: 'varchar', length: 9 })
  code: string;

  @Field({ description: 'Official name, e.g. "南京东路街道".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => SubdistrictKind, { description: 'SUBDISTRICT, TOWN, TOWNSHIP or OTHER, derived from the name.' })
  @Column({ type: 'varchar', length: 16 })
  kind: SubdistrictKind;

  @Field(() => ID, { description: 'Id of the district it belongs to.' })
  @Index()
  @Column({ type: 'uuid' })
  districtId: string;

  /** Foreign key only; read the district through `Subdistrict.district` (a loader). */
  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  private readonly districtFk?: District;

  /** The keys are read from the name, as a place's (docs/rules.md rule 15). */
  protected pinyinSource() {
    return { text: this.name as string | undefined, of: 'place' as const };
  }
}
