import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
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
export class Department extends BaseRecord {
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
}
