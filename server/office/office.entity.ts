import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PinyinRecord } from '../core/pinyin.entity';
import { registerUniqueField } from '../core/errors';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { OfficeKind } from './office-kind';
import { Node } from '../core/node';

registerUniqueField('office_standard_kind_key', 'input.kind');
registerUniqueField('office_name_key', 'input.name');

/** One of a subdistrict's internal offices (内设机构), with the duties it owns (docs/rules.md rule 1). */
@ObjectType({
  implements: Node,
  description:
    "One of a subdistrict's internal offices (内设机构): a standard office or a self-designated work body, with the duties it owns (docs/rules.md rule 1).",
})
@Entity()
@Index('office_standard_kind_key', ['subdistrictId', 'kind'], { unique: true, where: `"kind" <> 'SELF_DESIGNATED'` })
@Index('office_name_key', ['subdistrictId', 'name'], { unique: true })
@Index('office_pinyin_key_idx', ['pinyinKey'])
export class Office extends PinyinRecord {
  @Field({ description: 'Name, e.g. "社区服务办公室"; unique within the subdistrict.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => OfficeKind, { description: 'Which of the six standard offices this is, or SELF_DESIGNATED.' })
  @Column({ type: 'varchar', length: 32 })
  kind: OfficeKind;

  @Field(() => [String], {
    description:
      'The matters this office owns, one per line; within a subdistrict each duty belongs to one office only.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  duties: string[];

  @Field(() => ID, { description: 'Id of the subdistrict the office belongs to.' })
  @Column({ type: 'uuid' })
  subdistrictId: string;

  /** Foreign key only; read the subdistrict through `Office.subdistrict` (a loader). */
  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;

  /** The keys are read from the name, as a place's (docs/rules.md rule 15). */
  protected pinyinSource() {
    return { text: this.name as string | undefined, of: 'place' as const };
  }
}
