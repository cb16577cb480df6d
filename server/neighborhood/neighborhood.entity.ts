import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PinyinRecord } from '../core/pinyin.entity';
import { registerUniqueField } from '../core/errors';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { NeighborhoodKind } from './neighborhood-kind';
import { Node } from '../core/node';

registerUniqueField('neighborhood_code_key', 'input.code');

/** A residential area and its residents' committee (居民区 / 居委会), or a village committee, by 12-digit code. */
@ObjectType({
  implements: Node,
  description:
    "A residential area and its residents' committee (居民区 / 居委会) or a village committee (村委会), identified by its 12-digit code.",
})
@Entity()
@Index('neighborhood_pinyin_key_idx', ['pinyinKey'])
export class Neighborhood extends PinyinRecord {
  @Field({ description: '12-digit division code; starts with its subdistrict\'s code, e.g. "310101002001".' })
  @Index('neighborhood_code_key', { unique: true })
  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Field({ description: 'Official name, e.g. "云南中路居委会".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => NeighborhoodKind, {
    description: 'RESIDENTS_COMMITTEE, VILLAGE_COMMITTEE or OTHER, derived from the name.',
  })
  @Column({ type: 'varchar', length: 24 })
  kind: NeighborhoodKind;

  @Field(() => ID, { description: 'Id of the subdistrict it belongs to.' })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  /** Foreign key only; read the subdistrict through `Neighborhood.subdistrict` (a loader). */
  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;

  /** The keys are read from the name, as a place's (docs/rules.md rule 15). */
  protected pinyinSource() {
    return { text: this.name as string | undefined, of: 'place' as const };
  }
}
