import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { Node } from '../core/node';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { registerUniqueField } from '../core/errors';

registerUniqueField('building_neighborhood_name_key', 'input.name');

/**
 * A residential building of a neighborhood with its number of households (docs/rules.md rule 14):
 * the body whose households approve its convention. It lies in its neighborhood's subdistrict.
 */
@ObjectType({
  implements: Node,
  description:
    "A residential building of a neighborhood (楼栋) with its number of households, whose households approve the building's convention (docs/rules.md rule 14).",
})
@Entity()
@Check('building_households_check', `"households" BETWEEN 1 AND 10000`)
@Index('building_neighborhood_name_key', ['neighborhoodId', 'name'], { unique: true })
export class Building extends BaseRecord {
  @Field(() => ID, { description: 'Id of the neighborhood (居民区) the building belongs to.' })
  @Column({ type: 'uuid' })
  neighborhoodId: string;

  @Field(() => ID, { description: "Id of the neighborhood's subdistrict (街道)." })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field({ description: 'Name or number of the building within its neighborhood, e.g. "宁波路12号楼".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Int, {
    description:
      'Number of households living in the building now (1–10000): the base of the two-thirds threshold of its convention versions still OPEN (docs/rules.md rule 14).',
  })
  @Column({ type: 'integer' })
  households: number;

  @ManyToOne(() => Neighborhood, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'neighborhood_id' })
  private readonly neighborhoodFk?: Neighborhood;

  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;
}
