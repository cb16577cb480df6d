import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { Official } from '../official/official.entity';
import { ResponsibilityKind } from './responsibility-kind';
import { Node } from '../core/node';

/**
 * One line of an official's yearly responsibility list (责任清单, docs/rules.md rule 8): a DUTY or a
 * RED_LINE. It lies where its official serves, so it is read and changed within that scope.
 */
@ObjectType({
  implements: Node,
  description:
    "One line of an official's yearly responsibility list (责任清单): a DUTY (该做的) or a RED_LINE (不该做的, 刚性底线). The self-report answers every line (docs/rules.md rule 8).",
})
@Entity()
@Index('responsibility_item_list_idx', ['officialId', 'year', 'position'])
export class ResponsibilityItem extends BaseRecord {
  @Field(() => ID, { description: 'Id of the official whose list this line is on.' })
  @Column({ type: 'uuid' })
  officialId: string;

  @Field(() => Int, { description: 'The year of the list, e.g. 2026.' })
  @Column({ type: 'smallint' })
  year: number;

  @Field(() => ResponsibilityKind, { description: 'DUTY (该做的) or RED_LINE (不该做的, 刚性底线).' })
  @Column({ type: 'varchar', length: 16 })
  kind: ResponsibilityKind;

  @Field({ description: 'What the line says, e.g. "每月走访辖区困难家庭"; 1–500 characters.' })
  @Column({ type: 'varchar', length: 500 })
  content: string;

  @Field(() => Int, { description: 'Place of the line in its list; lists are shown by position, smallest first.' })
  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;
}
