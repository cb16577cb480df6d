import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PinyinRecord } from '../core/pinyin.entity';
import { registerUniqueField } from '../core/errors';
import { District } from '../district/district.entity';
import { Node } from '../core/node';

registerUniqueField('department_name_key', 'input.name');

/** A district functional department (区职能部门, 条), e.g. 区司法局, which stations agencies in subdistricts. */
@ObjectType({
  implements: Node,
  description:
    'A district functional department (区职能部门, "条"), e.g. 黄浦区司法局, which stations agencies in subdistricts.',
})
@Entity()
@Index('department_name_key', ['districtId', 'name'], { unique: true })
@Index('department_pinyin_key_idx', ['pinyinKey'])
export class Department extends PinyinRecord {
  @Field({ description: 'Name, e.g. "黄浦区司法局"; unique within the district.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => ID, { description: 'Id of the district the department belongs to.' })
  @Column({ type: 'uuid' })
  districtId: string;

  /** Foreign key only; read the district through `Department.district` (a loader). */
  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  private readonly districtFk?: District;

  /** The keys are read from the name, as a place's (docs/rules.md rule 15). */
  protected pinyinSource() {
    return { text: this.name as string | undefined, of: 'place' as const };
  }
}
