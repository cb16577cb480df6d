import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PinyinRecord } from '../core/pinyin.entity';
import { registerUniqueField } from '../core/errors';
import { Department } from '../department/department.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { AgencyKind } from './agency-kind';
import { Node } from '../core/node';

registerUniqueField('dispatched_agency_name_key', 'input.name');

/** A district department's agency stationed in a subdistrict (派出机构, "七所八所"). */
@ObjectType({
  implements: Node,
  description:
    'A district department\'s agency stationed in a subdistrict (派出机构, "七所八所"), e.g. 南京东路派出所; its head answers to the subdistrict.',
})
@Entity()
@Index('dispatched_agency_name_key', ['subdistrictId', 'name'], { unique: true })
@Index('dispatched_agency_pinyin_key_idx', ['pinyinKey'])
export class DispatchedAgency extends PinyinRecord {
  @Field({ description: 'Name, e.g. "南京东路司法所"; unique within the subdistrict.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => AgencyKind, { description: 'What the agency does.' })
  @Column({ type: 'varchar', length: 32 })
  kind: AgencyKind;

  @Field(() => [String], {
    description:
      "The matters this agency owns, one per line (by default those of its kind); a resident's matter is transferred to it by naming one (docs/rules.md rule 13).",
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  duties: string[];

  @Field(() => ID, { description: 'Id of the district department that stations it.' })
  @Index()
  @Column({ type: 'uuid' })
  departmentId: string;

  @Field(() => ID, { description: "Id of the subdistrict it is stationed in; in the department's district." })
  @Column({ type: 'uuid' })
  subdistrictId: string;

  /** Foreign key only; read the department through `DispatchedAgency.department`. */
  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  private readonly departmentFk?: Department;

  /** Foreign key only; read the subdistrict through `DispatchedAgency.subdistrict`. */
  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;

  /** The keys are read from the name, as a place's (docs/rules.md rule 15). */
  protected pinyinSource() {
    return { text: this.name as string | undefined, of: 'place' as const };
  }
}
